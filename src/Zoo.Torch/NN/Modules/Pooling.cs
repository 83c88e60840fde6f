using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules
{
    // Pooling layers print their sizes as they were given (3, or (3, 3)), as PyTorch does; a stride not given is the
    // kernel size.

    public sealed class MaxPool1d : nn.Module<Tensor, Tensor>
    {
        public MaxPool1d(long kernel_size, long? stride = null, long padding = 0, long dilation = 1, bool ceil_mode = false) : base(nameof(MaxPool1d))
        {
            (this.kernel_size, this.stride, this.padding, this.dilation, this.ceil_mode) = (kernel_size, stride ?? kernel_size, padding, dilation, ceil_mode);
        }

        public long kernel_size { get; }
        public long stride { get; }
        public long padding { get; }
        public long dilation { get; }
        public bool ceil_mode { get; }
        public override Tensor forward(Tensor input) => nn.functional.max_pool1d(input, kernel_size, stride, padding, dilation, ceil_mode);
        public override string extra_repr() =>
            $"kernel_size={kernel_size}, stride={stride}, padding={padding}, dilation={dilation}, ceil_mode={PythonRepr.Bool(ceil_mode)}";
    }

    public sealed class MaxPool2d : nn.Module<Tensor, Tensor>
    {
        private readonly string repr;

        public MaxPool2d(Size2 kernel_size, Size2? stride = null, Size2? padding = null, Size2? dilation = null, bool ceil_mode = false)
            : base(nameof(MaxPool2d))
        {
            var s = stride ?? kernel_size;
            var p = padding ?? new Size2(0);
            var d = dilation ?? new Size2(1);
            (this.kernel_size, this.stride, this.padding, this.dilation, this.ceil_mode) = (kernel_size.Values, s.Values, p.Values, d.Values, ceil_mode);
            repr = $"kernel_size={kernel_size}, stride={s}, padding={p}, dilation={d}, ceil_mode={PythonRepr.Bool(ceil_mode)}";
        }

        public long[] kernel_size { get; }
        public long[] stride { get; }
        public long[] padding { get; }
        public long[] dilation { get; }
        public bool ceil_mode { get; }
        public override Tensor forward(Tensor input) => nn.functional.max_pool2d(input, kernel_size, stride, padding, dilation, ceil_mode);
        public override string extra_repr() => repr;
    }

    public sealed class AvgPool1d : nn.Module<Tensor, Tensor>
    {
        public AvgPool1d(long kernel_size, long? stride = null, long padding = 0, bool ceil_mode = false, bool count_include_pad = true)
            : base(nameof(AvgPool1d))
        {
            (this.kernel_size, this.stride, this.padding, this.ceil_mode, this.count_include_pad) = (kernel_size, stride ?? kernel_size, padding, ceil_mode, count_include_pad);
        }

        public long kernel_size { get; }
        public long stride { get; }
        public long padding { get; }
        public bool ceil_mode { get; }
        public bool count_include_pad { get; }
        public override Tensor forward(Tensor input) => nn.functional.avg_pool1d(input, kernel_size, stride, padding, ceil_mode, count_include_pad);
        public override string extra_repr() => $"kernel_size=({kernel_size},), stride=({stride},), padding=({padding},)";
    }

    public sealed class AvgPool2d : nn.Module<Tensor, Tensor>
    {
        private readonly string repr;

        public AvgPool2d(Size2 kernel_size, Size2? stride = null, Size2? padding = null, bool ceil_mode = false, bool count_include_pad = true,
            long? divisor_override = null) : base(nameof(AvgPool2d))
        {
            var s = stride ?? kernel_size;
            var p = padding ?? new Size2(0);
            (this.kernel_size, this.stride, this.padding) = (kernel_size.Values, s.Values, p.Values);
            (this.ceil_mode, this.count_include_pad, this.divisor_override) = (ceil_mode, count_include_pad, divisor_override);
            repr = $"kernel_size={kernel_size}, stride={s}, padding={p}";
        }

        public long[] kernel_size { get; }
        public long[] stride { get; }
        public long[] padding { get; }
        public bool ceil_mode { get; }
        public bool count_include_pad { get; }
        public long? divisor_override { get; }
        public override Tensor forward(Tensor input) =>
            nn.functional.avg_pool2d(input, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override);
        public override string extra_repr() => repr;
    }

    public sealed class AdaptiveAvgPool1d : nn.Module<Tensor, Tensor>
    {
        public AdaptiveAvgPool1d(long output_size) : base(nameof(AdaptiveAvgPool1d)) => this.output_size = output_size;
        public long output_size { get; }
        public override Tensor forward(Tensor input) => nn.functional.adaptive_avg_pool1d(input, output_size);
        public override string extra_repr() => $"output_size={output_size}";
    }

    /// <summary>Average pooling to a fixed output size (global average pooling with output size 1).</summary>
    public sealed class AdaptiveAvgPool2d : nn.Module<Tensor, Tensor>
    {
        private readonly Size2 size;
        public AdaptiveAvgPool2d(Size2 output_size) : base(nameof(AdaptiveAvgPool2d)) => size = output_size;
        public long[] output_size => size.Values;
        public override Tensor forward(Tensor input) => nn.functional.adaptive_avg_pool2d(input, size.Values);
        public override string extra_repr() => $"output_size={size}";
    }

    /// <summary>Max pooling to a fixed output size.</summary>
    public sealed class AdaptiveMaxPool2d : nn.Module<Tensor, Tensor>
    {
        private readonly Size2 size;
        public AdaptiveMaxPool2d(Size2 output_size) : base(nameof(AdaptiveMaxPool2d)) => size = output_size;
        public long[] output_size => size.Values;
        public override Tensor forward(Tensor input) => nn.functional.adaptive_max_pool2d(input, size.Values);
        public override string extra_repr() => $"output_size={size}";
    }

    /// <summary>A 2-D size given as one value for both dimensions or as (height, width); prints as it was given.</summary>
    public readonly struct Size2
    {
        private readonly long first, second;
        private readonly bool pair;

        public Size2(long both) => (first, second, pair) = (both, both, false);
        public Size2(long height, long width) => (first, second, pair) = (height, width, true);

        public static implicit operator Size2(long both) => new(both);
        public static implicit operator Size2((long, long) size) => new(size.Item1, size.Item2);

        public long[] Values => new[] { first, second };
        public override string ToString() => pair ? $"({first}, {second})" : first.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

namespace Zoo.Torch
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.MaxPool1d MaxPool1d(long kernel_size, long? stride = null, long padding = 0, long dilation = 1, bool ceil_mode = false) =>
                new(kernel_size, stride, padding, dilation, ceil_mode);

            public static Modules.MaxPool2d MaxPool2d(long kernel_size, long? stride = null, long padding = 0, long dilation = 1, bool ceil_mode = false) =>
                new(kernel_size, stride is { } s ? s : null, padding, dilation, ceil_mode);

            public static Modules.MaxPool2d MaxPool2d((long, long) kernel_size, (long, long)? stride = null, (long, long)? padding = null,
                (long, long)? dilation = null, bool ceil_mode = false) =>
                new(kernel_size, stride is { } s ? s : null, padding is { } p ? p : null, dilation is { } d ? d : null, ceil_mode);

            public static Modules.AvgPool1d AvgPool1d(long kernel_size, long? stride = null, long padding = 0, bool ceil_mode = false,
                bool count_include_pad = true) =>
                new(kernel_size, stride, padding, ceil_mode, count_include_pad);

            public static Modules.AvgPool2d AvgPool2d(long kernel_size, long? stride = null, long padding = 0, bool ceil_mode = false,
                bool count_include_pad = true, long? divisor_override = null) =>
                new(kernel_size, stride is { } s ? s : null, padding, ceil_mode, count_include_pad, divisor_override);

            public static Modules.AvgPool2d AvgPool2d((long, long) kernel_size, (long, long)? stride = null, (long, long)? padding = null,
                bool ceil_mode = false, bool count_include_pad = true, long? divisor_override = null) =>
                new(kernel_size, stride is { } s ? s : null, padding is { } p ? p : null, ceil_mode, count_include_pad, divisor_override);

            public static Modules.AdaptiveAvgPool1d AdaptiveAvgPool1d(long output_size) => new(output_size);
            public static Modules.AdaptiveAvgPool2d AdaptiveAvgPool2d(long output_size) => new(output_size);
            public static Modules.AdaptiveAvgPool2d AdaptiveAvgPool2d((long, long) output_size) => new(output_size);
            public static Modules.AdaptiveMaxPool2d AdaptiveMaxPool2d(long output_size) => new(output_size);
            public static Modules.AdaptiveMaxPool2d AdaptiveMaxPool2d((long, long) output_size) => new(output_size);
        }
    }
}
