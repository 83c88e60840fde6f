using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules
{
    /// <summary>
    /// What Conv1d, Conv2d and ConvTranspose2d share (PyTorch's <c>_ConvNd</c>): the configuration, the weight
    /// ([out, in / groups, *kernel], or [in, out / groups, *kernel] when transposed) and bias, their default
    /// initialisation, the padding modes, and the printed form.
    /// </summary>
    public abstract class Convolution : nn.Module<Tensor, Tensor>
    {
        private readonly Padding? paddingIntent;

        protected Convolution(string name, long in_channels, long out_channels, long[] kernel_size, long[] stride, long[] padding,
            Padding? paddingIntent, long[] dilation, bool transposed, long[] output_padding, long groups, bool bias,
            PaddingModes padding_mode, Device? device, ScalarType? dtype) : base(name)
        {
            if (groups <= 0) throw new ArgumentOutOfRangeException(nameof(groups), groups, $"{name}: groups must be a positive integer.");
            if (in_channels % groups != 0) throw new ArgumentException($"{name}: in_channels ({in_channels}) must be divisible by groups ({groups}).", nameof(in_channels));
            if (out_channels % groups != 0) throw new ArgumentException($"{name}: out_channels ({out_channels}) must be divisible by groups ({groups}).", nameof(out_channels));
            if (padding_mode == PaddingModes.Constant)
                throw new ArgumentException($"{name}: padding_mode is Zeros, Reflect, Replicate or Circular.", nameof(padding_mode));
            if (paddingIntent == Padding.Same && stride.Any(s => s != 1))
                throw new ArgumentException($"{name}: padding Same is not supported for strided convolutions.", nameof(stride));
            if (transposed && padding_mode != PaddingModes.Zeros)
                throw new ArgumentException($"{name}: only Zeros padding mode is supported.", nameof(padding_mode));

            this.in_channels = in_channels;
            this.out_channels = out_channels;
            this.kernel_size = kernel_size;
            this.stride = stride;
            this.paddingIntent = paddingIntent;
            // "same" pads each dimension by dilation·(kernel - 1) in total, the extra one (if odd) after.
            this.padding = paddingIntent == Padding.Same
                ? kernel_size.Select((k, i) => dilation[i] * (k - 1) / 2).ToArray()
                : padding;
            this.dilation = dilation;
            this.transposed = transposed;
            this.output_padding = output_padding;
            this.groups = groups;
            this.padding_mode = padding_mode;

            var weightShape = transposed
                ? new[] { in_channels, out_channels / groups }.Concat(kernel_size).ToArray()
                : new[] { out_channels, in_channels / groups }.Concat(kernel_size).ToArray();
            register_parameter(nameof(weight), Initialization.NewParameter(weightShape, dtype, device));
            register_parameter(nameof(this.bias), bias ? Initialization.NewParameter(new[] { out_channels }, dtype, device) : null);
            reset_parameters();
        }

        public long in_channels { get; }
        public long out_channels { get; }
        public long[] kernel_size { get; }
        public long[] stride { get; }
        /// <summary>The padding of each spatial dimension (for Same: the part before; libtorch adds any odd remainder after).</summary>
        public long[] padding { get; }
        public long[] dilation { get; }
        public bool transposed { get; }
        public long[] output_padding { get; }
        public long groups { get; }
        public PaddingModes padding_mode { get; }

        public Parameter weight
        {
            get => get_parameter(nameof(weight))!;
            set => register_parameter(nameof(weight), value);
        }

        public Parameter? bias
        {
            get => get_parameter(nameof(bias));
            set => register_parameter(nameof(bias), value);
        }

        /// <summary>PyTorch's default: kaiming_uniform_(a = √5) for the weight, U(±1/√fan_in) for the bias.</summary>
        public void reset_parameters() => Initialization.KaimingDefault(weight, bias);

        /// <summary>The convolution proper, on input already padded when the padding mode is not Zeros.</summary>
        protected abstract Tensor Convolve(Tensor input, long[] padding);

        public override Tensor forward(Tensor input)
        {
            CheckInput(input);
            if (padding_mode == PaddingModes.Zeros) return Convolve(input, padding);
            using var padded = nn.functional.pad(input, ModePadding(), padding_mode);
            return Convolve(padded, new long[kernel_size.Length]);
        }

        // F.pad lists (before, after) pairs from the last dimension backwards.
        private long[] ModePadding()
        {
            var pad = new long[2 * kernel_size.Length];
            for (int i = 0; i < kernel_size.Length; i++)
            {
                int dim = kernel_size.Length - 1 - i;
                long total = paddingIntent == Padding.Same ? dilation[dim] * (kernel_size[dim] - 1) : 2 * padding[dim];
                long before = paddingIntent == Padding.Same ? total / 2 : padding[dim];
                pad[2 * i] = before;
                pad[2 * i + 1] = total - before;
            }
            return pad;
        }

        /// <summary>Batched [N, C, *spatial] or unbatched [C, *spatial] input, C = in_channels.</summary>
        private void CheckInput(Tensor input)
        {
            var shape = input.shape;
            int spatial = kernel_size.Length;
            bool batched = shape.Length == spatial + 2;
            if ((batched || shape.Length == spatial + 1) && shape[batched ? 1 : 0] == in_channels) return;
            var dims = spatial == 1 ? "L" : spatial == 2 ? "H, W" : "D, H, W";
            throw new ArgumentException(
                $"{GetName()}({extra_repr()}): expected input [N, {in_channels}, {dims}] or [{in_channels}, {dims}], got {Tensor.ShapeString(shape)}.",
                nameof(input));
        }

        public override string extra_repr()
        {
            var s = $"{in_channels}, {out_channels}, kernel_size={PythonRepr.Tuple(kernel_size)}, stride={PythonRepr.Tuple(stride)}";
            if (paddingIntent is { } intent) s += $", padding={(intent == Padding.Same ? "same" : "valid")}";
            else if (padding.Any(p => p != 0)) s += $", padding={PythonRepr.Tuple(padding)}";
            if (dilation.Any(d => d != 1)) s += $", dilation={PythonRepr.Tuple(dilation)}";
            if (output_padding.Any(p => p != 0)) s += $", output_padding={PythonRepr.Tuple(output_padding)}";
            if (groups != 1) s += $", groups={groups}";
            if (bias is null) s += ", bias=False";
            if (padding_mode != PaddingModes.Zeros) s += $", padding_mode={padding_mode.ToString().ToLowerInvariant()}";
            return s;
        }

        /// <summary>The intent behind the padding, when it was given as Valid or Same rather than by size.</summary>
        protected Padding? PaddingIntent => paddingIntent;
    }

    /// <summary>1-D convolution over [N, C, L] input.</summary>
    public sealed class Conv1d : Convolution
    {
        public Conv1d(long in_channels, long out_channels, long kernel_size, long stride = 1, long padding = 0, long dilation = 1,
            long groups = 1, bool bias = true, PaddingModes padding_mode = PaddingModes.Zeros, Device? device = null, ScalarType? dtype = null)
            : base(nameof(Conv1d), in_channels, out_channels, new[] { kernel_size }, new[] { stride }, new[] { padding }, null,
                new[] { dilation }, false, new long[1], groups, bias, padding_mode, device, dtype) { }

        public Conv1d(long in_channels, long out_channels, long kernel_size, Padding padding, long stride = 1, long dilation = 1,
            long groups = 1, bool bias = true, PaddingModes padding_mode = PaddingModes.Zeros, Device? device = null, ScalarType? dtype = null)
            : base(nameof(Conv1d), in_channels, out_channels, new[] { kernel_size }, new[] { stride }, new long[1], padding,
                new[] { dilation }, false, new long[1], groups, bias, padding_mode, device, dtype) { }

        protected override Tensor Convolve(Tensor input, long[] padding) =>
            PaddingIntent is { } intent && padding_mode == PaddingModes.Zeros
                ? nn.functional.conv1d(input, weight, bias, stride[0], intent, dilation[0], groups)
                : nn.functional.conv1d(input, weight, bias, stride[0], padding[0], dilation[0], groups);
    }

    /// <summary>2-D convolution over [N, C, H, W] input.</summary>
    public sealed class Conv2d : Convolution
    {
        public Conv2d(long in_channels, long out_channels, long[] kernel_size, long[] stride, long[] padding, long[] dilation,
            long groups = 1, bool bias = true, PaddingModes padding_mode = PaddingModes.Zeros, Device? device = null, ScalarType? dtype = null)
            : base(nameof(Conv2d), in_channels, out_channels, Pair(kernel_size, nameof(kernel_size)), Pair(stride, nameof(stride)),
                Pair(padding, nameof(padding)), null, Pair(dilation, nameof(dilation)), false, new long[2], groups, bias, padding_mode, device, dtype) { }

        public Conv2d(long in_channels, long out_channels, long[] kernel_size, Padding padding, long[] stride, long[] dilation,
            long groups = 1, bool bias = true, PaddingModes padding_mode = PaddingModes.Zeros, Device? device = null, ScalarType? dtype = null)
            : base(nameof(Conv2d), in_channels, out_channels, Pair(kernel_size, nameof(kernel_size)), Pair(stride, nameof(stride)),
                new long[2], padding, Pair(dilation, nameof(dilation)), false, new long[2], groups, bias, padding_mode, device, dtype) { }

        protected override Tensor Convolve(Tensor input, long[] padding) =>
            PaddingIntent is { } intent && padding_mode == PaddingModes.Zeros
                ? nn.functional.conv2d(input, weight, bias, stride, intent, dilation, groups)
                : nn.functional.conv2d(input, weight, bias, stride, padding, dilation, groups);

        internal static long[] Pair(long[] values, string name) => values.Length switch
        {
            1 => new[] { values[0], values[0] },
            2 => values,
            _ => throw new ArgumentException($"Conv2d: {name} takes one value or two, got {values.Length}.", name),
        };
    }

    /// <summary>The transposed 2-D convolution ("deconvolution"): upsampling by a learned kernel.</summary>
    public sealed class ConvTranspose2d : Convolution
    {
        public ConvTranspose2d(long in_channels, long out_channels, long[] kernel_size, long[] stride, long[] padding, long[] output_padding,
            long groups = 1, bool bias = true, long[]? dilation = null, Device? device = null, ScalarType? dtype = null)
            : base(nameof(ConvTranspose2d), in_channels, out_channels, Conv2d.Pair(kernel_size, nameof(kernel_size)),
                Conv2d.Pair(stride, nameof(stride)), Conv2d.Pair(padding, nameof(padding)), null, Conv2d.Pair(dilation ?? new long[] { 1 }, nameof(dilation)),
                true, Conv2d.Pair(output_padding, nameof(output_padding)), groups, bias, PaddingModes.Zeros, device, dtype)
        {
            for (int i = 0; i < 2; i++)
                if (this.output_padding[i] >= this.stride[i] && this.output_padding[i] >= this.dilation[i])
                    throw new ArgumentException($"ConvTranspose2d: output_padding ({this.output_padding[i]}) must be smaller than either stride or dilation.", nameof(output_padding));
        }

        protected override Tensor Convolve(Tensor input, long[] padding) =>
            nn.functional.conv_transpose2d(input, weight, bias, stride, padding, output_padding, groups, dilation);
    }
}

namespace Zoo.Torch
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.Conv1d Conv1d(long in_channels, long out_channels, long kernel_size, long stride = 1, long padding = 0,
                long dilation = 1, long groups = 1, bool bias = true, PaddingModes padding_mode = PaddingModes.Zeros, Device? device = null,
                ScalarType? dtype = null) =>
                new(in_channels, out_channels, kernel_size, stride, padding, dilation, groups, bias, padding_mode, device, dtype);

            public static Modules.Conv1d Conv1d(long in_channels, long out_channels, long kernel_size, Padding padding, long stride = 1,
                long dilation = 1, long groups = 1, bool bias = true, PaddingModes padding_mode = PaddingModes.Zeros, Device? device = null,
                ScalarType? dtype = null) =>
                new(in_channels, out_channels, kernel_size, padding, stride, dilation, groups, bias, padding_mode, device, dtype);

            public static Modules.Conv2d Conv2d(long in_channels, long out_channels, long kernel_size, long stride = 1, long padding = 0,
                long dilation = 1, long groups = 1, bool bias = true, PaddingModes padding_mode = PaddingModes.Zeros, Device? device = null,
                ScalarType? dtype = null) =>
                new(in_channels, out_channels, new[] { kernel_size }, new[] { stride }, new[] { padding }, new[] { dilation }, groups, bias,
                    padding_mode, device, dtype);

            /// <summary>A 2-D convolution with (height, width) sizes.</summary>
            public static Modules.Conv2d Conv2d(long in_channels, long out_channels, (long, long) kernel_size, (long, long)? stride = null,
                (long, long)? padding = null, (long, long)? dilation = null, long groups = 1, bool bias = true,
                PaddingModes padding_mode = PaddingModes.Zeros, Device? device = null, ScalarType? dtype = null) =>
                new(in_channels, out_channels, Args.Pair(kernel_size), Args.Pair(stride ?? (1, 1)), Args.Pair(padding ?? (0, 0)),
                    Args.Pair(dilation ?? (1, 1)), groups, bias, padding_mode, device, dtype);

            /// <summary>A 2-D convolution padded Valid (none) or Same (output size = input size).</summary>
            public static Modules.Conv2d Conv2d(long in_channels, long out_channels, long kernel_size, Padding padding, long stride = 1,
                long dilation = 1, long groups = 1, bool bias = true, PaddingModes padding_mode = PaddingModes.Zeros, Device? device = null,
                ScalarType? dtype = null) =>
                new(in_channels, out_channels, new[] { kernel_size }, padding, new[] { stride }, new[] { dilation }, groups, bias,
                    padding_mode, device, dtype);

            public static Modules.Conv2d Conv2d(long in_channels, long out_channels, (long, long) kernel_size, Padding padding,
                (long, long)? stride = null, (long, long)? dilation = null, long groups = 1, bool bias = true,
                PaddingModes padding_mode = PaddingModes.Zeros, Device? device = null, ScalarType? dtype = null) =>
                new(in_channels, out_channels, Args.Pair(kernel_size), padding, Args.Pair(stride ?? (1, 1)), Args.Pair(dilation ?? (1, 1)),
                    groups, bias, padding_mode, device, dtype);

            public static Modules.ConvTranspose2d ConvTranspose2d(long in_channels, long out_channels, long kernel_size, long stride = 1,
                long padding = 0, long output_padding = 0, long groups = 1, bool bias = true, long dilation = 1, Device? device = null,
                ScalarType? dtype = null) =>
                new(in_channels, out_channels, new[] { kernel_size }, new[] { stride }, new[] { padding }, new[] { output_padding }, groups,
                    bias, new[] { dilation }, device, dtype);

            public static Modules.ConvTranspose2d ConvTranspose2d(long in_channels, long out_channels, (long, long) kernel_size,
                (long, long)? stride = null, (long, long)? padding = null, (long, long)? output_padding = null, long groups = 1,
                bool bias = true, (long, long)? dilation = null, Device? device = null, ScalarType? dtype = null) =>
                new(in_channels, out_channels, Args.Pair(kernel_size), Args.Pair(stride ?? (1, 1)), Args.Pair(padding ?? (0, 0)),
                    Args.Pair(output_padding ?? (0, 0)), groups, bias, Args.Pair(dilation ?? (1, 1)), device, dtype);
        }
    }
}
