using Zoo.Torch.Interop;

namespace Zoo.Torch;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary>
            /// Zeroes each element with probability <paramref name="p"/> and scales the rest by 1/(1-p), when
            /// <paramref name="training"/>; returns the input's values unchanged otherwise.
            /// </summary>
            public static Tensor dropout(Tensor input, double p = 0.5, bool training = true, bool inplace = false)
            {
                Args.Probability(p, nameof(dropout));
                if (!inplace) return new(Native.zoo_dropout(input.Handle, p, training ? 1 : 0));
                Native.Check(Native.zoo_dropout_(input.Handle, p, training ? 1 : 0));
                return input;
            }

            /// <summary>Zeroes whole channels of [N, C, H, W] input (each with probability <paramref name="p"/>) when training.</summary>
            public static Tensor dropout2d(Tensor input, double p = 0.5, bool training = true, bool inplace = false)
            {
                Args.Probability(p, nameof(dropout2d));
                if (!inplace) return new(Native.zoo_feature_dropout(input.Handle, p, training ? 1 : 0));
                Native.Check(Native.zoo_feature_dropout_(input.Handle, p, training ? 1 : 0));
                return input;
            }

            /// <summary>Dropout that keeps a SELU network's mean and variance.</summary>
            public static Tensor alpha_dropout(Tensor input, double p = 0.5, bool training = false)
            {
                Args.Probability(p, nameof(alpha_dropout));
                return new(Native.zoo_alpha_dropout(input.Handle, p, training ? 1 : 0));
            }
        }
    }
}
