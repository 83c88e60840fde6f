using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules
{
    /// <summary>Zeroes elements with probability p while training (scaling the rest by 1/(1-p)); passes input through in eval.</summary>
    public sealed class Dropout : nn.Module<Tensor, Tensor>
    {
        public Dropout(double p = 0.5, bool inplace = false) : base(nameof(Dropout))
        {
            Args.Probability(p, nameof(Dropout));
            (this.p, this.inplace) = (p, inplace);
        }

        public double p { get; }
        public bool inplace { get; }
        public override Tensor forward(Tensor input) => nn.functional.dropout(input, p, training, inplace);
        public override string extra_repr() => $"p={PythonRepr.Float(p)}, inplace={PythonRepr.Bool(inplace)}";
    }

    /// <summary>Zeroes whole channels of [N, C, H, W] input with probability p while training.</summary>
    public sealed class Dropout2d : nn.Module<Tensor, Tensor>
    {
        public Dropout2d(double p = 0.5, bool inplace = false) : base(nameof(Dropout2d))
        {
            Args.Probability(p, nameof(Dropout2d));
            (this.p, this.inplace) = (p, inplace);
        }

        public double p { get; }
        public bool inplace { get; }
        public override Tensor forward(Tensor input) => nn.functional.dropout2d(input, p, training, inplace);
        public override string extra_repr() => $"p={PythonRepr.Float(p)}, inplace={PythonRepr.Bool(inplace)}";
    }
}

namespace Zoo.Torch
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.Dropout Dropout(double p = 0.5, bool inplace = false) => new(p, inplace);
            public static Modules.Dropout2d Dropout2d(double p = 0.5, bool inplace = false) => new(p, inplace);
        }
    }
}
