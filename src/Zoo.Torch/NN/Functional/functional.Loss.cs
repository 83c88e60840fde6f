using Zoo.Torch.Interop;

namespace Zoo.Torch;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary>
            /// Cross entropy between logits <paramref name="input"/> ([N, C] or [N, C, d1, ...]) and
            /// <paramref name="target"/>: class indices (int64, [N] or [N, d1, ...]; <paramref name="ignore_index"/>
            /// is skipped) or class probabilities (same shape as the input). <paramref name="label_smoothing"/> mixes
            /// the target with the uniform distribution; <paramref name="weight"/> weighs each class.
            /// </summary>
            public static Tensor cross_entropy(Tensor input, Tensor target, Tensor? weight = null, long ignore_index = -100,
                Reduction reduction = Reduction.Mean, double label_smoothing = 0.0)
            {
                if (label_smoothing < 0 || label_smoothing > 1)
                    throw new ArgumentOutOfRangeException(nameof(label_smoothing), label_smoothing, "cross_entropy: label_smoothing must be between 0 and 1.");
                return new(Native.zoo_cross_entropy(input.Handle, target.Handle, weight?.Handle ?? IntPtr.Zero, (long)reduction, ignore_index, label_smoothing));
            }

            /// <summary>Negative log-likelihood of class indices under log-probabilities <paramref name="input"/>.</summary>
            public static Tensor nll_loss(Tensor input, Tensor target, Tensor? weight = null, long ignore_index = -100,
                Reduction reduction = Reduction.Mean) =>
                new(Native.zoo_nll_loss(input.Handle, target.Handle, weight?.Handle ?? IntPtr.Zero, (long)reduction, ignore_index));

            public static Tensor mse_loss(Tensor input, Tensor target, Reduction reduction = Reduction.Mean) =>
                new(Native.zoo_mse_loss(input.Handle, target.Handle, (long)reduction));

            public static Tensor l1_loss(Tensor input, Tensor target, Reduction reduction = Reduction.Mean) =>
                new(Native.zoo_l1_loss(input.Handle, target.Handle, (long)reduction));

            /// <summary>Squared error below <paramref name="beta"/> (halved and scaled by 1/beta), absolute error above.</summary>
            public static Tensor smooth_l1_loss(Tensor input, Tensor target, Reduction reduction = Reduction.Mean, double beta = 1.0)
            {
                if (beta < 0) throw new ArgumentOutOfRangeException(nameof(beta), beta, "smooth_l1_loss: beta must not be negative.");
                return new(Native.zoo_smooth_l1_loss(input.Handle, target.Handle, (long)reduction, beta));
            }

            /// <summary>Squared error below <paramref name="delta"/>, linear above (smooth_l1_loss scaled by delta).</summary>
            public static Tensor huber_loss(Tensor input, Tensor target, Reduction reduction = Reduction.Mean, double delta = 1.0) =>
                new(Native.zoo_huber_loss(input.Handle, target.Handle, (long)reduction, delta));

            /// <summary>Binary cross entropy of probabilities <paramref name="input"/> (in [0, 1]) against <paramref name="target"/>.</summary>
            public static Tensor binary_cross_entropy(Tensor input, Tensor target, Tensor? weight = null, Reduction reduction = Reduction.Mean)
            {
                var (inputShape, targetShape) = (input.shape, target.shape);
                if (!inputShape.SequenceEqual(targetShape))
                    throw new ArgumentException($"binary_cross_entropy: the target's size {Tensor.ShapeString(targetShape)} must equal the input's size {Tensor.ShapeString(inputShape)}.", nameof(target));
                return new(Native.zoo_binary_cross_entropy(input.Handle, target.Handle, weight?.Handle ?? IntPtr.Zero, (long)reduction));
            }

            /// <summary>
            /// Binary cross entropy of logits (a sigmoid fused in, numerically stable); <paramref name="pos_weight"/>
            /// weighs the positive examples of each class.
            /// </summary>
            public static Tensor binary_cross_entropy_with_logits(Tensor input, Tensor target, Tensor? weight = null,
                Reduction reduction = Reduction.Mean, Tensor? pos_weight = null)
            {
                var (inputShape, targetShape) = (input.shape, target.shape);
                if (!inputShape.SequenceEqual(targetShape))
                    throw new ArgumentException($"binary_cross_entropy_with_logits: the target's size {Tensor.ShapeString(targetShape)} must equal the input's size {Tensor.ShapeString(inputShape)}.", nameof(target));
                return new(Native.zoo_binary_cross_entropy_with_logits(input.Handle, target.Handle, weight?.Handle ?? IntPtr.Zero,
                    pos_weight?.Handle ?? IntPtr.Zero, (long)reduction));
            }

            /// <summary>
            /// Kullback-Leibler divergence of <paramref name="target"/> from the distribution whose log-probabilities
            /// are <paramref name="input"/> (target holds probabilities, or log-probabilities with
            /// <paramref name="log_target"/>). Mean averages over every element; divide a Sum by the batch size for
            /// the mathematical KL divergence (PyTorch's "batchmean").
            /// </summary>
            public static Tensor kl_div(Tensor input, Tensor target, Reduction reduction = Reduction.Mean, bool log_target = false) =>
                new(Native.zoo_kl_div(input.Handle, target.Handle, (long)reduction, log_target ? 1 : 0));

            /// <summary>
            /// One-hot encoding of int64 class indices: a new last dimension of <paramref name="num_classes"/>
            /// (by default the largest index + 1), int64.
            /// </summary>
            public static Tensor one_hot(Tensor x, long num_classes = -1) => new(Native.zoo_one_hot(x.Handle, num_classes));
        }
    }
}
