using Zoo.Torch.Interop;

namespace Zoo.Torch;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            // With inplace: true an activation overwrites its input and returns that same tensor.
            // relu, sigmoid, tanh, softmax and log_softmax are Tensor methods; these are their functional spellings.

            public static Tensor relu(Tensor x, bool inplace = false) => inplace ? x.relu_() : x.relu();
            public static Tensor sigmoid(Tensor x) => x.sigmoid();
            public static Tensor tanh(Tensor x) => x.tanh();

            /// <summary>exp(x) / Σ exp(x) along <paramref name="dim"/>, computed in <paramref name="dtype"/> when given.</summary>
            public static Tensor softmax(Tensor x, long dim, ScalarType? dtype = null) => x.softmax(dim, dtype);

            public static Tensor log_softmax(Tensor x, long dim, ScalarType? dtype = null) => x.log_softmax(dim, dtype);

            /// <summary>softmax(-x).</summary>
            public static Tensor softmin(Tensor x, long dim, ScalarType? dtype = null)
            {
                using var negated = x.neg();
                return negated.softmax(dim, dtype);
            }


            /// <summary>x·Φ(x); <paramref name="approximate"/> "tanh" uses the tanh approximation.</summary>
            public static Tensor gelu(Tensor x, string approximate = "none")
            {
                if (approximate is not ("none" or "tanh"))
                    throw new ArgumentException($"gelu: approximate is \"none\" or \"tanh\", not \"{approximate}\".", nameof(approximate));
                return new(Native.zoo_gelu(x.Handle, approximate));
            }

            /// <summary>x·sigmoid(x) (also called swish).</summary>
            public static Tensor silu(Tensor x, bool inplace = false) =>
                inplace ? InPlace(x, Native.zoo_silu_(x.Handle)) : new(Native.zoo_silu(x.Handle));

            /// <summary>x·tanh(softplus(x)).</summary>
            public static Tensor mish(Tensor x, bool inplace = false) =>
                inplace ? InPlace(x, Native.zoo_mish_(x.Handle)) : new(Native.zoo_mish(x.Handle));

            public static Tensor leaky_relu(Tensor x, double negative_slope = 0.01, bool inplace = false) =>
                inplace ? InPlace(x, Native.zoo_leaky_relu_(x.Handle, negative_slope)) : new(Native.zoo_leaky_relu(x.Handle, negative_slope));

            /// <summary>min(max(x, 0), 6).</summary>
            public static Tensor relu6(Tensor x, bool inplace = false) =>
                inplace ? InPlace(x, Native.zoo_relu6_(x.Handle)) : new(Native.zoo_relu6(x.Handle));

            /// <summary>x clamped to [<paramref name="min_val"/>, <paramref name="max_val"/>].</summary>
            public static Tensor hardtanh(Tensor x, double min_val = -1.0, double max_val = 1.0, bool inplace = false) =>
                inplace ? InPlace(x, Native.zoo_hardtanh_(x.Handle, min_val, max_val)) : new(Native.zoo_hardtanh(x.Handle, min_val, max_val));

            /// <summary>x for x &gt; 0, alpha·(eˣ - 1) otherwise.</summary>
            public static Tensor elu(Tensor x, double alpha = 1.0, bool inplace = false) =>
                inplace ? InPlace(x, Native.zoo_elu_(x.Handle, alpha)) : new(Native.zoo_elu(x.Handle, alpha));

            public static Tensor selu(Tensor x, bool inplace = false) =>
                inplace ? InPlace(x, Native.zoo_selu_(x.Handle)) : new(Native.zoo_selu(x.Handle));

            /// <summary>relu6(x + 3) / 6, a piecewise-linear sigmoid.</summary>
            public static Tensor hardsigmoid(Tensor x, bool inplace = false) =>
                inplace ? InPlace(x, Native.zoo_hardsigmoid_(x.Handle)) : new(Native.zoo_hardsigmoid(x.Handle));

            /// <summary>x·relu6(x + 3) / 6 (MobileNetV3's swish).</summary>
            public static Tensor hardswish(Tensor x, bool inplace = false) =>
                inplace ? InPlace(x, Native.zoo_hardswish_(x.Handle)) : new(Native.zoo_hardswish(x.Handle));

            /// <summary>log(1 + e^(beta·x)) / beta, linear where beta·x exceeds <paramref name="threshold"/>.</summary>
            public static Tensor softplus(Tensor x, double beta = 1.0, double threshold = 20.0) =>
                new(Native.zoo_softplus(x.Handle, beta, threshold));

            public static Tensor logsigmoid(Tensor x) => new(Native.zoo_logsigmoid(x.Handle));

            private static Tensor InPlace(Tensor x, int status)
            {
                Native.Check(status);
                return x;
            }
        }
    }
}
