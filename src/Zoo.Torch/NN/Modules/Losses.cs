using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules
{
    /// <summary>A loss layer: (input, target) → loss, with a <see cref="Reduction"/>. Class weights are buffers, as in PyTorch.</summary>
    public abstract class Loss : nn.Module<Tensor, Tensor, Tensor>
    {
        protected Loss(string name, Reduction reduction) : base(name) => this.reduction = reduction;

        public Reduction reduction { get; }

        /// <summary>Registers an optional tensor argument as a buffer (a second handle: the caller keeps its own).</summary>
        protected void RegisterWeight(string name, Tensor? tensor) => register_buffer(name, tensor?.alias());
    }

    public sealed class CrossEntropyLoss : Loss
    {
        public CrossEntropyLoss(Tensor? weight = null, long ignore_index = -100, Reduction reduction = Reduction.Mean, double label_smoothing = 0.0)
            : base(nameof(CrossEntropyLoss), reduction)
        {
            RegisterWeight(nameof(weight), weight);
            (this.ignore_index, this.label_smoothing) = (ignore_index, label_smoothing);
        }

        public long ignore_index { get; }
        public double label_smoothing { get; }
        public Tensor? weight => get_buffer(nameof(weight));
        public override Tensor forward(Tensor input, Tensor target) =>
            nn.functional.cross_entropy(input, target, weight, ignore_index, reduction, label_smoothing);
    }

    public sealed class NLLLoss : Loss
    {
        public NLLLoss(Tensor? weight = null, long ignore_index = -100, Reduction reduction = Reduction.Mean) : base(nameof(NLLLoss), reduction)
        {
            RegisterWeight(nameof(weight), weight);
            this.ignore_index = ignore_index;
        }

        public long ignore_index { get; }
        public Tensor? weight => get_buffer(nameof(weight));
        public override Tensor forward(Tensor input, Tensor target) => nn.functional.nll_loss(input, target, weight, ignore_index, reduction);
    }

    public sealed class MSELoss : Loss
    {
        public MSELoss(Reduction reduction = Reduction.Mean) : base(nameof(MSELoss), reduction) { }
        public override Tensor forward(Tensor input, Tensor target) => nn.functional.mse_loss(input, target, reduction);
    }

    public sealed class L1Loss : Loss
    {
        public L1Loss(Reduction reduction = Reduction.Mean) : base(nameof(L1Loss), reduction) { }
        public override Tensor forward(Tensor input, Tensor target) => nn.functional.l1_loss(input, target, reduction);
    }

    public sealed class SmoothL1Loss : Loss
    {
        public SmoothL1Loss(Reduction reduction = Reduction.Mean, double beta = 1.0) : base(nameof(SmoothL1Loss), reduction) => this.beta = beta;
        public double beta { get; }
        public override Tensor forward(Tensor input, Tensor target) => nn.functional.smooth_l1_loss(input, target, reduction, beta);
    }

    public sealed class HuberLoss : Loss
    {
        public HuberLoss(Reduction reduction = Reduction.Mean, double delta = 1.0) : base(nameof(HuberLoss), reduction) => this.delta = delta;
        public double delta { get; }
        public override Tensor forward(Tensor input, Tensor target) => nn.functional.huber_loss(input, target, reduction, delta);
    }

    public sealed class BCELoss : Loss
    {
        public BCELoss(Tensor? weight = null, Reduction reduction = Reduction.Mean) : base(nameof(BCELoss), reduction) => RegisterWeight(nameof(weight), weight);
        public Tensor? weight => get_buffer(nameof(weight));
        public override Tensor forward(Tensor input, Tensor target) => nn.functional.binary_cross_entropy(input, target, weight, reduction);
    }

    public sealed class BCEWithLogitsLoss : Loss
    {
        public BCEWithLogitsLoss(Tensor? weight = null, Reduction reduction = Reduction.Mean, Tensor? pos_weight = null)
            : base(nameof(BCEWithLogitsLoss), reduction)
        {
            RegisterWeight(nameof(weight), weight);
            RegisterWeight(nameof(pos_weight), pos_weight);
        }

        public Tensor? weight => get_buffer(nameof(weight));
        public Tensor? pos_weight => get_buffer(nameof(pos_weight));
        public override Tensor forward(Tensor input, Tensor target) =>
            nn.functional.binary_cross_entropy_with_logits(input, target, weight, reduction, pos_weight);
    }
}

namespace Zoo.Torch
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.CrossEntropyLoss CrossEntropyLoss(Tensor? weight = null, long ignore_index = -100, Reduction reduction = Reduction.Mean,
                double label_smoothing = 0.0) => new(weight, ignore_index, reduction, label_smoothing);
            public static Modules.NLLLoss NLLLoss(Tensor? weight = null, long ignore_index = -100, Reduction reduction = Reduction.Mean) =>
                new(weight, ignore_index, reduction);
            public static Modules.MSELoss MSELoss(Reduction reduction = Reduction.Mean) => new(reduction);
            public static Modules.L1Loss L1Loss(Reduction reduction = Reduction.Mean) => new(reduction);
            public static Modules.SmoothL1Loss SmoothL1Loss(Reduction reduction = Reduction.Mean, double beta = 1.0) => new(reduction, beta);
            public static Modules.HuberLoss HuberLoss(Reduction reduction = Reduction.Mean, double delta = 1.0) => new(reduction, delta);
            public static Modules.BCELoss BCELoss(Tensor? weight = null, Reduction reduction = Reduction.Mean) => new(weight, reduction);
            public static Modules.BCEWithLogitsLoss BCEWithLogitsLoss(Tensor? weight = null, Reduction reduction = Reduction.Mean, Tensor? pos_weight = null) =>
                new(weight, reduction, pos_weight);
        }
    }
}
