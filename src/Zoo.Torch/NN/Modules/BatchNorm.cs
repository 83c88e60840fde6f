using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules
{
    /// <summary>
    /// What batch and instance normalization share (PyTorch's <c>_NormBase</c>): per-channel weight and bias
    /// (when affine) and the running statistics buffers <c>running_mean</c>, <c>running_var</c> and
    /// <c>num_batches_tracked</c> (int64), when tracked.
    /// </summary>
    /// <remarks>Buffers are looked up on every use: moving the module replaces them.</remarks>
    public abstract class NormBase : nn.Module<Tensor, Tensor>
    {
        protected NormBase(string name, long num_features, double eps, double? momentum, bool affine, bool track_running_stats,
            Device? device, ScalarType? dtype) : base(name)
        {
            this.num_features = num_features;
            this.eps = eps;
            this.momentum = momentum;
            this.affine = affine;
            this.track_running_stats = track_running_stats;
            var shape = new[] { num_features };
            register_parameter(nameof(weight), affine ? Initialization.NewParameter(shape, dtype, device) : null);
            register_parameter(nameof(bias), affine ? Initialization.NewParameter(shape, dtype, device) : null);
            register_buffer(nameof(running_mean), track_running_stats ? Initialization.NewBuffer(shape, 0.0, dtype, device) : null);
            register_buffer(nameof(running_var), track_running_stats ? Initialization.NewBuffer(shape, 1.0, dtype, device) : null);
            register_buffer(nameof(num_batches_tracked),
                track_running_stats ? Initialization.NewBuffer(Array.Empty<long>(), 0L, ScalarType.Int64, device) : null);
            reset_parameters();
        }

        public long num_features { get; }
        public double eps { get; }
        /// <summary>The weight of the newest batch in the running statistics; null means a cumulative average.</summary>
        public double? momentum { get; }
        public bool affine { get; }
        public bool track_running_stats { get; }

        public Parameter? weight => get_parameter(nameof(weight));
        public Parameter? bias => get_parameter(nameof(bias));
        public Tensor? running_mean => get_buffer(nameof(running_mean));
        public Tensor? running_var => get_buffer(nameof(running_var));
        public Tensor? num_batches_tracked => get_buffer(nameof(num_batches_tracked));

        /// <summary>Running statistics back to mean 0, variance 1, no batches seen.</summary>
        public void reset_running_stats()
        {
            if (!track_running_stats) return;
            nn.init.zeros_(running_mean!);
            nn.init.ones_(running_var!);
            using (no_grad()) num_batches_tracked!.zero_();
        }

        /// <summary>Running statistics reset; weight 1 and bias 0 (PyTorch's default).</summary>
        public void reset_parameters()
        {
            reset_running_stats();
            if (!affine) return;
            nn.init.ones_(weight!);
            nn.init.zeros_(bias!);
        }

        public override string extra_repr() =>
            $"{num_features}, eps={PythonRepr.Float(eps)}, momentum={(momentum is { } m ? PythonRepr.Float(m) : "None")}, " +
            $"affine={PythonRepr.Bool(affine)}, track_running_stats={PythonRepr.Bool(track_running_stats)}";

        /// <summary>An error naming the module, what it expects and what it got.</summary>
        protected ArgumentException InputError(string expected, long[] shape) =>
            new($"{GetName()}({extra_repr()}): expected {expected}, got {Tensor.ShapeString(shape)}.", "input");
    }

    /// <summary>
    /// Batch normalization: in training, normalizes each channel with the batch's mean and (biased) variance and
    /// updates the running statistics; in evaluation (<see cref="nn.Module.eval"/>), normalizes with the running
    /// statistics (or the batch's when they are not tracked).
    /// </summary>
    public abstract class BatchNorm : NormBase
    {
        protected BatchNorm(string name, long num_features, double eps, double? momentum, bool affine, bool track_running_stats,
            Device? device, ScalarType? dtype) : base(name, num_features, eps, momentum, affine, track_running_stats, device, dtype) { }

        /// <summary>Throws when the input's rank or channel count is not what this layer normalizes.</summary>
        protected abstract void CheckInput(long[] shape);

        public override Tensor forward(Tensor input)
        {
            var shape = input.shape;
            CheckInput(shape);
            double averageFactor = momentum ?? 0.0;
            if (training && track_running_stats && num_batches_tracked is { } tracked)
            {
                using (no_grad()) tracked.add_(1);
                // No momentum: a cumulative moving average over every batch seen.
                if (momentum is null) averageFactor = 1.0 / tracked.ToInt64();
            }
            bool useBatchStats = training || (running_mean is null && running_var is null);
            // In training without tracking, no running statistics are passed (nothing to update).
            bool passStats = !training || track_running_stats;
            return nn.functional.batch_norm(input, passStats ? running_mean : null, passStats ? running_var : null, weight, bias,
                useBatchStats, averageFactor, eps);
        }
    }

    /// <summary>Batch normalization of [N, C] or [N, C, L] input.</summary>
    public sealed class BatchNorm1d : BatchNorm
    {
        public BatchNorm1d(long num_features, double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool track_running_stats = true,
            Device? device = null, ScalarType? dtype = null)
            : base(nameof(BatchNorm1d), num_features, eps, momentum, affine, track_running_stats, device, dtype) { }

        protected override void CheckInput(long[] shape)
        {
            if (shape.Length is not (2 or 3) || shape[1] != num_features) throw InputError($"[N, {num_features}] or [N, {num_features}, L]", shape);
        }
    }

    /// <summary>Batch normalization of [N, C, H, W] input.</summary>
    public sealed class BatchNorm2d : BatchNorm
    {
        public BatchNorm2d(long num_features, double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool track_running_stats = true,
            Device? device = null, ScalarType? dtype = null)
            : base(nameof(BatchNorm2d), num_features, eps, momentum, affine, track_running_stats, device, dtype) { }

        protected override void CheckInput(long[] shape)
        {
            if (shape.Length != 4 || shape[1] != num_features) throw InputError($"[N, {num_features}, H, W]", shape);
        }
    }

    /// <summary>Batch normalization of [N, C, D, H, W] input.</summary>
    public sealed class BatchNorm3d : BatchNorm
    {
        public BatchNorm3d(long num_features, double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool track_running_stats = true,
            Device? device = null, ScalarType? dtype = null)
            : base(nameof(BatchNorm3d), num_features, eps, momentum, affine, track_running_stats, device, dtype) { }

        protected override void CheckInput(long[] shape)
        {
            if (shape.Length != 5 || shape[1] != num_features) throw InputError($"[N, {num_features}, D, H, W]", shape);
        }
    }

    /// <summary>
    /// Instance normalization of [N, C, H, W] (or unbatched [C, H, W]) input: each channel of each sample normalized over its own pixels.
    /// Unlike batch norm, PyTorch's defaults are affine = false and track_running_stats = false.
    /// </summary>
    public sealed class InstanceNorm2d : NormBase
    {
        public InstanceNorm2d(long num_features, double eps = 1e-5, double? momentum = 0.1, bool affine = false, bool track_running_stats = false,
            Device? device = null, ScalarType? dtype = null)
            : base(nameof(InstanceNorm2d), num_features, eps, momentum, affine, track_running_stats, device, dtype) { }

        public override Tensor forward(Tensor input)
        {
            var shape = input.shape;
            bool batched = shape.Length == 4;
            if (!(batched || shape.Length == 3) || shape[batched ? 1 : 0] != num_features)
                throw InputError($"[N, {num_features}, H, W] or [{num_features}, H, W]", shape);
            if (batched) return Normalize(input);
            using var one = input.unsqueeze(0);
            using var normalized = Normalize(one);
            return normalized.squeeze(0);
        }

        private Tensor Normalize(Tensor input) =>
            nn.functional.instance_norm(input, running_mean, running_var, weight, bias, training || !track_running_stats, momentum ?? 0.1, eps);
    }
}

namespace Zoo.Torch
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.BatchNorm1d BatchNorm1d(long num_features, double eps = 1e-5, double? momentum = 0.1, bool affine = true,
                bool track_running_stats = true, Device? device = null, ScalarType? dtype = null) =>
                new(num_features, eps, momentum, affine, track_running_stats, device, dtype);

            public static Modules.BatchNorm2d BatchNorm2d(long num_features, double eps = 1e-5, double? momentum = 0.1, bool affine = true,
                bool track_running_stats = true, Device? device = null, ScalarType? dtype = null) =>
                new(num_features, eps, momentum, affine, track_running_stats, device, dtype);

            public static Modules.BatchNorm3d BatchNorm3d(long num_features, double eps = 1e-5, double? momentum = 0.1, bool affine = true,
                bool track_running_stats = true, Device? device = null, ScalarType? dtype = null) =>
                new(num_features, eps, momentum, affine, track_running_stats, device, dtype);

            public static Modules.InstanceNorm2d InstanceNorm2d(long num_features, double eps = 1e-5, double? momentum = 0.1, bool affine = false,
                bool track_running_stats = false, Device? device = null, ScalarType? dtype = null) =>
                new(num_features, eps, momentum, affine, track_running_stats, device, dtype);
        }
    }
}
