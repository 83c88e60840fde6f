using Zoo.Torch.Interop;

namespace Zoo.Torch;

public static partial class torch
{
    public static partial class nn
    {
        /// <summary>
        /// PyTorch's <c>torch.nn.init</c>: fill a parameter in place, without recording gradients, and return it.
        /// The random ones draw from libtorch's generator in PyTorch's order, so the same seed gives PyTorch's values.
        /// </summary>
        public static class init
        {
            /// <summary>Which fan a variance-preserving initialisation preserves.</summary>
            public enum FanInOut
            {
                /// <summary>Preserves the variance of activations in the forward pass.</summary>
                FanIn,
                /// <summary>Preserves the variance of gradients in the backward pass.</summary>
                FanOut,
            }

            /// <summary>The nonlinearity that follows a layer, for <see cref="calculate_gain"/>.</summary>
            public enum NonlinearityType
            {
                Linear, Conv1D, Conv2D, Conv3D, ConvTranspose1D, ConvTranspose2D, ConvTranspose3D, Sigmoid, Tanh, ReLU, LeakyReLU, SELU,
            }

            /// <summary>
            /// The gain that keeps activations' variance stable through <paramref name="nonlinearity"/>:
            /// 1 for linear layers and sigmoid, 5/3 for tanh, √2 for ReLU, √(2 / (1 + slope²)) for leaky ReLU
            /// (<paramref name="param"/> is the slope, default 0.01), 3/4 for SELU.
            /// </summary>
            public static double calculate_gain(NonlinearityType nonlinearity, double? param = null) => nonlinearity switch
            {
                NonlinearityType.Tanh => 5.0 / 3,
                NonlinearityType.ReLU => Math.Sqrt(2.0),
                NonlinearityType.LeakyReLU => Math.Sqrt(2.0 / (1 + Math.Pow(param ?? 0.01, 2))),
                NonlinearityType.SELU => 3.0 / 4,
                _ => 1.0,
            };

            /// <summary>
            /// A weight's fans: fan_in = size(1)·receptive field, fan_out = size(0)·receptive field, the receptive
            /// field being the product of the sizes after the first two (1 for a matrix).
            /// </summary>
            public static (long fan_in, long fan_out) _calculate_fan_in_and_fan_out(Tensor tensor)
            {
                var shape = tensor.shape;
                if (shape.Length < 2)
                    throw new ArgumentException($"Fan in and fan out can not be computed for a tensor with fewer than 2 dimensions (shape {Tensor.ShapeString(shape)}).", nameof(tensor));
                long receptive = 1;
                for (int i = 2; i < shape.Length; i++) receptive *= shape[i];
                return (shape[1] * receptive, shape[0] * receptive);
            }

            private static long CorrectFan(Tensor tensor, FanInOut mode)
            {
                var (fanIn, fanOut) = _calculate_fan_in_and_fan_out(tensor);
                return mode == FanInOut.FanIn ? fanIn : fanOut;
            }

            /// <summary>Values drawn from U(<paramref name="a"/>, <paramref name="b"/>).</summary>
            public static Tensor uniform_(Tensor tensor, double a = 0, double b = 1) => Done(tensor, Native.zoo_init_uniform_(tensor.Handle, a, b));

            /// <summary>Values drawn from N(<paramref name="mean"/>, <paramref name="std"/>²).</summary>
            public static Tensor normal_(Tensor tensor, double mean = 0, double std = 1) => Done(tensor, Native.zoo_init_normal_(tensor.Handle, mean, std));

            /// <summary>Values from N(<paramref name="mean"/>, <paramref name="std"/>²) truncated to [<paramref name="a"/>, <paramref name="b"/>].</summary>
            public static Tensor trunc_normal_(Tensor tensor, double mean = 0, double std = 1, double a = -2, double b = 2) =>
                Done(tensor, Native.zoo_init_trunc_normal_(tensor.Handle, mean, std, a, b));

            public static Tensor constant_(Tensor tensor, double val) => Done(tensor, Native.zoo_init_constant_(tensor.Handle, val));
            public static Tensor ones_(Tensor tensor) => constant_(tensor, 1);
            public static Tensor zeros_(Tensor tensor) => constant_(tensor, 0);

            /// <summary>The identity matrix (2-D tensors): a linear layer that passes its input through.</summary>
            public static Tensor eye_(Tensor tensor) => Done(tensor, Native.zoo_init_eye_(tensor.Handle));

            /// <summary>The Dirac delta (3-5-D convolution weights): a convolution that passes its input channels through.</summary>
            public static Tensor dirac_(Tensor tensor, long groups = 1) => Done(tensor, Native.zoo_init_dirac_(tensor.Handle, groups));

            /// <summary>Glorot: U(-a, a) with a = gain·√(6 / (fan_in + fan_out)).</summary>
            public static Tensor xavier_uniform_(Tensor tensor, double gain = 1.0)
            {
                var (fanIn, fanOut) = _calculate_fan_in_and_fan_out(tensor);
                double a = Math.Sqrt(3.0) * gain * Math.Sqrt(2.0 / (fanIn + fanOut));
                return uniform_(tensor, -a, a);
            }

            /// <summary>Glorot: N(0, std²) with std = gain·√(2 / (fan_in + fan_out)).</summary>
            public static Tensor xavier_normal_(Tensor tensor, double gain = 1.0)
            {
                var (fanIn, fanOut) = _calculate_fan_in_and_fan_out(tensor);
                return normal_(tensor, 0, gain * Math.Sqrt(2.0 / (fanIn + fanOut)));
            }

            /// <summary>
            /// He: U(-bound, bound) with bound = gain·√(3 / fan), gain from <paramref name="nonlinearity"/> and
            /// <paramref name="a"/> (the negative slope of a leaky ReLU). PyTorch's layers use a = √5.
            /// </summary>
            public static Tensor kaiming_uniform_(Tensor tensor, double a = 0, FanInOut mode = FanInOut.FanIn,
                NonlinearityType nonlinearity = NonlinearityType.LeakyReLU)
            {
                if (tensor.numel() == 0) return tensor;
                double std = calculate_gain(nonlinearity, a) / Math.Sqrt(CorrectFan(tensor, mode));
                double bound = Math.Sqrt(3.0) * std;
                return uniform_(tensor, -bound, bound);
            }

            /// <summary>He: N(0, std²) with std = gain / √fan.</summary>
            public static Tensor kaiming_normal_(Tensor tensor, double a = 0, FanInOut mode = FanInOut.FanIn,
                NonlinearityType nonlinearity = NonlinearityType.LeakyReLU)
            {
                if (tensor.numel() == 0) return tensor;
                double std = calculate_gain(nonlinearity, a) / Math.Sqrt(CorrectFan(tensor, mode));
                return normal_(tensor, 0, std);
            }

            /// <summary>A (semi-)orthogonal matrix scaled by <paramref name="gain"/> (dimensions after the first are flattened).</summary>
            public static Tensor orthogonal_(Tensor tensor, double gain = 1.0) => Done(tensor, Native.zoo_init_orthogonal_(tensor.Handle, gain));

            private static Tensor Done(Tensor tensor, int status)
            {
                Native.Check(status);
                return tensor;
            }
        }
    }
}
