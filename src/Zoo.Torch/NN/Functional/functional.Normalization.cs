using Zoo.Torch.Interop;

namespace Zoo.Torch;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary>
            /// Batch normalization over dimension 1. With <paramref name="training"/>, normalizes with the batch's
            /// statistics and updates <paramref name="running_mean"/> / <paramref name="running_var"/> in place
            /// (when given) with <paramref name="momentum"/>; otherwise normalizes with the running statistics.
            /// </summary>
            public static Tensor batch_norm(Tensor input, Tensor? running_mean, Tensor? running_var, Tensor? weight = null,
                Tensor? bias = null, bool training = false, double momentum = 0.1, double eps = 1e-5)
            {
                if (training) VerifyBatchSize(input.shape);
                return new(Native.zoo_batch_norm(input.Handle, running_mean?.Handle ?? IntPtr.Zero, running_var?.Handle ?? IntPtr.Zero,
                    weight?.Handle ?? IntPtr.Zero, bias?.Handle ?? IntPtr.Zero, training ? 1 : 0, momentum, eps));
            }

            /// <summary>Normalizes each channel of each sample over its spatial dimensions.</summary>
            public static Tensor instance_norm(Tensor input, Tensor? running_mean = null, Tensor? running_var = null,
                Tensor? weight = null, Tensor? bias = null, bool use_input_stats = true, double momentum = 0.1, double eps = 1e-5)
            {
                if (use_input_stats)
                {
                    var size = input.shape;
                    if (size.Skip(2).Aggregate(1L, (a, b) => a * b) == 1)
                        throw new ArgumentException($"instance_norm: expected more than 1 spatial element when training, got input size {Tensor.ShapeString(size)}.", nameof(input));
                }
                return new(Native.zoo_instance_norm(input.Handle, running_mean?.Handle ?? IntPtr.Zero, running_var?.Handle ?? IntPtr.Zero,
                    weight?.Handle ?? IntPtr.Zero, bias?.Handle ?? IntPtr.Zero, use_input_stats ? 1 : 0, momentum, eps));
            }

            /// <summary>Normalizes groups of channels of each sample (channels must divide into <paramref name="num_groups"/>).</summary>
            public static Tensor group_norm(Tensor input, long num_groups, Tensor? weight = null, Tensor? bias = null, double eps = 1e-5) =>
                new(Native.zoo_group_norm(input.Handle, num_groups, weight?.Handle ?? IntPtr.Zero, bias?.Handle ?? IntPtr.Zero, eps));

            /// <summary>Normalizes over the trailing dimensions given by <paramref name="normalized_shape"/>.</summary>
            public static Tensor layer_norm(Tensor input, long[] normalized_shape, Tensor? weight = null, Tensor? bias = null, double eps = 1e-5)
            {
                ArgumentNullException.ThrowIfNull(normalized_shape);
                return new(Native.zoo_layer_norm(input.Handle, normalized_shape, normalized_shape.Length, weight?.Handle ?? IntPtr.Zero,
                    bias?.Handle ?? IntPtr.Zero, eps));
            }

            /// <summary>x / max(‖x‖ₚ, eps) along <paramref name="dim"/>.</summary>
            public static Tensor normalize(Tensor input, double p = 2.0, long dim = 1, double eps = 1e-12) =>
                new(Native.zoo_normalize(input.Handle, p, dim, eps));

            /// <summary>The cosine of the angle between <paramref name="x1"/> and <paramref name="x2"/> along <paramref name="dim"/> (broadcasting).</summary>
            public static Tensor cosine_similarity(Tensor x1, Tensor x2, long dim = 1, double eps = 1e-8) =>
                new(Native.zoo_cosine_similarity(x1.Handle, x2.Handle, dim, eps));

            // Batch statistics of a single value per channel are meaningless (variance 0): PyTorch refuses them.
            private static void VerifyBatchSize(long[] size)
            {
                long values = size.Length > 0 ? size[0] : 1;
                for (int i = 2; i < size.Length; i++) values *= size[i];
                if (values == 1)
                    throw new ArgumentException($"batch_norm: expected more than 1 value per channel when training, got input size {Tensor.ShapeString(size)}.", "input");
            }
        }
    }
}
