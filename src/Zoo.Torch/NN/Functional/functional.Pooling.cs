using Zoo.Torch.Interop;

namespace Zoo.Torch;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            // Sizes take one value for every spatial dimension or one per dimension; a null stride means the kernel size.

            public static Tensor max_pool1d(Tensor input, long kernel_size, long? stride = null, long padding = 0, long dilation = 1,
                bool ceil_mode = false) =>
                new(Native.zoo_max_pool1d(input.Handle, new[] { kernel_size }, 1, stride is { } s ? new[] { s } : Array.Empty<long>(),
                    stride is null ? 0 : 1, new[] { padding }, 1, new[] { dilation }, 1, ceil_mode ? 1 : 0));

            public static Tensor max_pool2d(Tensor input, long[] kernel_size, long[]? stride = null, long[]? padding = null,
                long[]? dilation = null, bool ceil_mode = false)
            {
                var (k, s, p, d) = Pool2dArgs(kernel_size, stride, padding, dilation, nameof(max_pool2d));
                return new(Native.zoo_max_pool2d(input.Handle, k, 2, s, s.Length, p, 2, d, 2, ceil_mode ? 1 : 0));
            }

            public static Tensor max_pool2d(Tensor input, long kernel_size, long? stride = null, long padding = 0, long dilation = 1,
                bool ceil_mode = false) =>
                max_pool2d(input, new[] { kernel_size }, stride is { } s ? new[] { s } : null, new[] { padding }, new[] { dilation }, ceil_mode);

            /// <summary>Max pooling that also returns where each maximum was (flat indices within each H·W plane, int64).</summary>
            public static (Tensor output, Tensor indices) max_pool2d_with_indices(Tensor input, long[] kernel_size, long[]? stride = null,
                long[]? padding = null, long[]? dilation = null, bool ceil_mode = false)
            {
                var (k, s, p, d) = Pool2dArgs(kernel_size, stride, padding, dilation, nameof(max_pool2d_with_indices));
                var output = new Tensor(Native.zoo_max_pool2d_with_indices(input.Handle, k, 2, s, s.Length, p, 2, d, 2, ceil_mode ? 1 : 0, out var indices));
                return (output, new Tensor(indices));
            }

            public static Tensor avg_pool1d(Tensor input, long kernel_size, long? stride = null, long padding = 0, bool ceil_mode = false,
                bool count_include_pad = true) =>
                new(Native.zoo_avg_pool1d(input.Handle, new[] { kernel_size }, 1, stride is { } s ? new[] { s } : Array.Empty<long>(),
                    stride is null ? 0 : 1, new[] { padding }, 1, ceil_mode ? 1 : 0, count_include_pad ? 1 : 0));

            /// <summary>
            /// Average pooling. <paramref name="count_include_pad"/> counts padded zeros in each window's size;
            /// <paramref name="divisor_override"/> replaces the window size as the divisor.
            /// </summary>
            public static Tensor avg_pool2d(Tensor input, long[] kernel_size, long[]? stride = null, long[]? padding = null,
                bool ceil_mode = false, bool count_include_pad = true, long? divisor_override = null)
            {
                var (k, s, p, _) = Pool2dArgs(kernel_size, stride, padding, null, nameof(avg_pool2d));
                if (divisor_override is <= 0)
                    throw new ArgumentOutOfRangeException(nameof(divisor_override), divisor_override, "avg_pool2d: the divisor must be positive.");
                return new(Native.zoo_avg_pool2d(input.Handle, k, 2, s, s.Length, p, 2, ceil_mode ? 1 : 0, count_include_pad ? 1 : 0,
                    divisor_override ?? 0));
            }

            public static Tensor avg_pool2d(Tensor input, long kernel_size, long? stride = null, long padding = 0, bool ceil_mode = false,
                bool count_include_pad = true, long? divisor_override = null) =>
                avg_pool2d(input, new[] { kernel_size }, stride is { } s ? new[] { s } : null, new[] { padding }, ceil_mode,
                    count_include_pad, divisor_override);

            public static Tensor adaptive_avg_pool1d(Tensor input, long output_size) =>
                new(Native.zoo_adaptive_avg_pool1d(input.Handle, new[] { output_size }, 1));

            /// <summary>Average pooling to a fixed output size, whatever the input's size.</summary>
            public static Tensor adaptive_avg_pool2d(Tensor input, long[] output_size) =>
                new(Native.zoo_adaptive_avg_pool2d(input.Handle, Args.Expand(output_size, 2, 1, nameof(output_size), nameof(adaptive_avg_pool2d)), 2));

            public static Tensor adaptive_avg_pool2d(Tensor input, long output_size) => adaptive_avg_pool2d(input, new[] { output_size });

            public static Tensor adaptive_max_pool1d(Tensor input, long output_size) =>
                new(Native.zoo_adaptive_max_pool1d(input.Handle, new[] { output_size }, 1));

            /// <summary>Max pooling to a fixed output size, whatever the input's size.</summary>
            /// <remarks>
            /// A global pool (output 1x1) that records no gradient is computed as a maximum over H and W: the same
            /// values, several times faster than the pooling kernel, which also finds the indices a backward needs.
            /// </remarks>
            public static Tensor adaptive_max_pool2d(Tensor input, long[] output_size) =>
                new(Native.zoo_adaptive_max_pool2d_values(input.Handle,
                    Args.Expand(output_size, 2, 1, nameof(output_size), nameof(adaptive_max_pool2d)), 2));

            public static Tensor adaptive_max_pool2d(Tensor input, long output_size) => adaptive_max_pool2d(input, new[] { output_size });

            public static (Tensor output, Tensor indices) adaptive_max_pool2d_with_indices(Tensor input, long[] output_size)
            {
                var output = new Tensor(Native.zoo_adaptive_max_pool2d(input.Handle,
                    Args.Expand(output_size, 2, 1, nameof(output_size), nameof(adaptive_max_pool2d_with_indices)), 2, out var indices));
                return (output, new Tensor(indices));
            }

            private static (long[] kernel, long[] stride, long[] padding, long[] dilation) Pool2dArgs(long[] kernel_size, long[]? stride,
                long[]? padding, long[]? dilation, string function)
            {
                ArgumentNullException.ThrowIfNull(kernel_size);
                return (Args.Expand(kernel_size, 2, 1, nameof(kernel_size), function), Args.Stride(stride, 2, function),
                    Args.Expand(padding, 2, 0, nameof(padding), function), Args.Expand(dilation, 2, 1, nameof(dilation), function));
            }
        }
    }
}
