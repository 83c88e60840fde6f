using Zoo.Torch.Interop;
using Zoo.Torch.Profiling;

namespace Zoo.Torch;

public static partial class torch
{
    public static partial class nn
    {
        /// <summary>
        /// PyTorch's <c>torch.nn.functional</c>: the stateless computations behind the layers, with PyTorch's names,
        /// arguments and defaults. Layers (<see cref="Modules"/>) hold the parameters and call these.
        /// </summary>
        public static partial class functional
        {
            /// <summary>y = x·Wᵀ + b over the last dimension of <paramref name="input"/>.</summary>
            public static Tensor linear(Tensor input, Tensor weight, Tensor? bias = null)
            {
                var output = new Tensor(Native.zoo_linear(input.Handle, weight.Handle, bias?.Handle ?? IntPtr.Zero));
                if (MacCounter.IsActive) MacCounter.CountProduct(output, weight.size(-1));
                return output;
            }

            private static Tensor CountedConvolution(Tensor output, Tensor weight)
            {
                if (MacCounter.IsActive) MacCounter.CountConvolution(output, weight);
                return output;
            }

            private static Tensor CountedTransposed(Tensor output, Tensor input, Tensor weight)
            {
                if (MacCounter.IsActive) MacCounter.CountTransposedConvolution(input, weight);
                return output;
            }

            /// <summary>1-D convolution over [N, C, L] (or unbatched [C, L]) input.</summary>
            public static Tensor conv1d(Tensor input, Tensor weight, Tensor? bias = null, long stride = 1, long padding = 0,
                long dilation = 1, long groups = 1) =>
                CountedConvolution(new(Native.zoo_conv1d(input.Handle, weight.Handle, bias?.Handle ?? IntPtr.Zero, new[] { stride }, 1,
                    new[] { padding }, 1, new[] { dilation }, 1, groups)), weight);

            /// <summary>1-D convolution with "valid" or "same" padding.</summary>
            public static Tensor conv1d(Tensor input, Tensor weight, Tensor? bias, long stride, Padding padding,
                long dilation = 1, long groups = 1) =>
                CountedConvolution(new(Native.zoo_conv1d_padding_mode(input.Handle, weight.Handle, bias?.Handle ?? IntPtr.Zero, new[] { stride }, 1,
                    PaddingName(padding), new[] { dilation }, 1, groups)), weight);

            /// <summary>
            /// 2-D convolution over [N, C, H, W] (or unbatched [C, H, W]) input; stride, padding and dilation take one
            /// value for both dimensions or one per dimension.
            /// </summary>
            public static Tensor conv2d(Tensor input, Tensor weight, Tensor? bias = null, long[]? strides = null,
                long[]? padding = null, long[]? dilation = null, long groups = 1)
            {
                var s = Args.Expand(strides, 2, 1, nameof(strides), nameof(conv2d));
                var p = Args.Expand(padding, 2, 0, nameof(padding), nameof(conv2d));
                var d = Args.Expand(dilation, 2, 1, nameof(dilation), nameof(conv2d));
                return CountedConvolution(new(Native.zoo_conv2d(input.Handle, weight.Handle, bias?.Handle ?? IntPtr.Zero, s, 2, p, 2, d, 2, groups)), weight);
            }

            /// <summary>2-D convolution with "valid" or "same" padding (libtorch pads asymmetrically where needed).</summary>
            public static Tensor conv2d(Tensor input, Tensor weight, Tensor? bias, long[]? strides, Padding padding,
                long[]? dilation = null, long groups = 1)
            {
                var s = Args.Expand(strides, 2, 1, nameof(strides), nameof(conv2d));
                var d = Args.Expand(dilation, 2, 1, nameof(dilation), nameof(conv2d));
                return CountedConvolution(new(Native.zoo_conv2d_padding_mode(input.Handle, weight.Handle, bias?.Handle ?? IntPtr.Zero, s, 2,
                    PaddingName(padding), d, 2, groups)), weight);
            }

            /// <summary>The transposed 1-D convolution (the gradient of conv1d with respect to its input).</summary>
            public static Tensor conv_transpose1d(Tensor input, Tensor weight, Tensor? bias = null, long stride = 1,
                long padding = 0, long output_padding = 0, long groups = 1, long dilation = 1) =>
                CountedTransposed(new(Native.zoo_conv_transpose1d(input.Handle, weight.Handle, bias?.Handle ?? IntPtr.Zero, new[] { stride }, 1,
                    new[] { padding }, 1, new[] { output_padding }, 1, groups, new[] { dilation }, 1)), input, weight);

            /// <summary>The transposed 2-D convolution ("deconvolution"); weight is [C_in, C_out / groups, kH, kW].</summary>
            public static Tensor conv_transpose2d(Tensor input, Tensor weight, Tensor? bias = null, long[]? stride = null,
                long[]? padding = null, long[]? output_padding = null, long groups = 1, long[]? dilation = null)
            {
                const string f = nameof(conv_transpose2d);
                return CountedTransposed(new(Native.zoo_conv_transpose2d(input.Handle, weight.Handle, bias?.Handle ?? IntPtr.Zero,
                    Args.Expand(stride, 2, 1, nameof(stride), f), 2, Args.Expand(padding, 2, 0, nameof(padding), f), 2,
                    Args.Expand(output_padding, 2, 0, nameof(output_padding), f), 2, groups,
                    Args.Expand(dilation, 2, 1, nameof(dilation), f), 2)), input, weight);
            }

            /// <summary>
            /// Extracts sliding blocks of a [N, C, H, W] input as columns: [N, C·kH·kW, L], L the number of blocks.
            /// </summary>
            public static Tensor unfold(Tensor input, long[] kernel_size, long[]? dilation = null, long[]? padding = null,
                long[]? stride = null)
            {
                const string f = nameof(unfold);
                return new(Native.zoo_unfold(input.Handle, Args.Expand(kernel_size, 2, 1, nameof(kernel_size), f), 2,
                    Args.Expand(dilation, 2, 1, nameof(dilation), f), 2, Args.Expand(padding, 2, 0, nameof(padding), f), 2,
                    Args.Expand(stride, 2, 1, nameof(stride), f), 2));
            }

            public static Tensor unfold(Tensor input, long kernel_size, long dilation = 1, long padding = 0, long stride = 1) =>
                unfold(input, new[] { kernel_size }, new[] { dilation }, new[] { padding }, new[] { stride });

            /// <summary>
            /// The inverse of <see cref="unfold(Tensor, long[], long[], long[], long[])"/>: sums columns [N, C·kH·kW, L]
            /// back into a [N, C, H, W] tensor of <paramref name="output_size"/> (overlapping values add up).
            /// </summary>
            public static Tensor fold(Tensor input, long[] output_size, long[] kernel_size, long[]? dilation = null,
                long[]? padding = null, long[]? stride = null)
            {
                const string f = nameof(fold);
                return new(Native.zoo_fold(input.Handle, Args.Expand(output_size, 2, 1, nameof(output_size), f), 2,
                    Args.Expand(kernel_size, 2, 1, nameof(kernel_size), f), 2, Args.Expand(dilation, 2, 1, nameof(dilation), f), 2,
                    Args.Expand(padding, 2, 0, nameof(padding), f), 2, Args.Expand(stride, 2, 1, nameof(stride), f), 2));
            }

            public static Tensor fold(Tensor input, long output_size, long kernel_size, long dilation = 1, long padding = 0,
                long stride = 1) =>
                fold(input, new[] { output_size }, new[] { kernel_size }, new[] { dilation }, new[] { padding }, new[] { stride });

            private static string PaddingName(Padding padding) => padding switch
            {
                Padding.Valid => "valid",
                Padding.Same => "same",
                _ => throw new ArgumentOutOfRangeException(nameof(padding), padding, "padding is Valid or Same"),
            };
        }
    }
}
