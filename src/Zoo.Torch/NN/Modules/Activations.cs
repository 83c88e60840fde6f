using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules
{
    /// <summary>An elementwise activation layer: no parameters, and PyTorch's printed form.</summary>
    public abstract class Activation : nn.Module<Tensor, Tensor>
    {
        protected Activation(string name, bool inplace = false) : base(name) => this.inplace = inplace;

        /// <summary>Whether the layer overwrites its input (and returns that same tensor).</summary>
        public bool inplace { get; }

        public override string extra_repr() => inplace ? "inplace=True" : "";

        /// <summary>", inplace=True" after other settings, or nothing.</summary>
        protected string InplaceSuffix => inplace ? ", inplace=True" : "";
    }

    public sealed class ReLU : Activation
    {
        public ReLU(bool inplace = false) : base(nameof(ReLU), inplace) { }
        public override Tensor forward(Tensor input) => nn.functional.relu(input, inplace);
    }

    public sealed class Sigmoid : Activation
    {
        public Sigmoid() : base(nameof(Sigmoid)) { }
        public override Tensor forward(Tensor input) => input.sigmoid();
    }

    public sealed class Tanh : Activation
    {
        public Tanh() : base(nameof(Tanh)) { }
        public override Tensor forward(Tensor input) => input.tanh();
    }

    public sealed class Softmax : Activation
    {
        public Softmax(long dim) : base(nameof(Softmax)) => this.dim = dim;
        public long dim { get; }
        public override Tensor forward(Tensor input) => input.softmax(dim);
        public override string extra_repr() => $"dim={dim}";
    }

    public sealed class LogSoftmax : Activation
    {
        public LogSoftmax(long dim) : base(nameof(LogSoftmax)) => this.dim = dim;
        public long dim { get; }
        public override Tensor forward(Tensor input) => input.log_softmax(dim);
        public override string extra_repr() => $"dim={dim}";
    }

    public sealed class GELU : Activation
    {
        public GELU(string approximate = "none") : base(nameof(GELU))
        {
            if (approximate is not ("none" or "tanh"))
                throw new ArgumentException($"GELU: approximate is \"none\" or \"tanh\", not \"{approximate}\".", nameof(approximate));
            this.approximate = approximate;
        }

        public string approximate { get; }
        public override Tensor forward(Tensor input) => nn.functional.gelu(input, approximate);
        public override string extra_repr() => $"approximate='{approximate}'";
    }

    public sealed class SiLU : Activation
    {
        public SiLU(bool inplace = false) : base(nameof(SiLU), inplace) { }
        public override Tensor forward(Tensor input) => nn.functional.silu(input, inplace);
    }

    public sealed class Mish : Activation
    {
        public Mish(bool inplace = false) : base(nameof(Mish), inplace) { }
        public override Tensor forward(Tensor input) => nn.functional.mish(input, inplace);
    }

    public sealed class LeakyReLU : Activation
    {
        public LeakyReLU(double negative_slope = 0.01, bool inplace = false) : base(nameof(LeakyReLU), inplace) => this.negative_slope = negative_slope;
        public double negative_slope { get; }
        public override Tensor forward(Tensor input) => nn.functional.leaky_relu(input, negative_slope, inplace);
        public override string extra_repr() => $"negative_slope={PythonRepr.Float(negative_slope)}{InplaceSuffix}";
    }

    public sealed class ReLU6 : Activation
    {
        public ReLU6(bool inplace = false) : base(nameof(ReLU6), inplace) { }
        public override Tensor forward(Tensor input) => nn.functional.relu6(input, inplace);
    }

    public sealed class Hardtanh : Activation
    {
        public Hardtanh(double min_val = -1.0, double max_val = 1.0, bool inplace = false) : base(nameof(Hardtanh), inplace)
        {
            if (max_val <= min_val) throw new ArgumentException($"Hardtanh: max_val ({max_val}) must be greater than min_val ({min_val}).", nameof(max_val));
            this.min_val = min_val;
            this.max_val = max_val;
        }

        public double min_val { get; }
        public double max_val { get; }
        public override Tensor forward(Tensor input) => nn.functional.hardtanh(input, min_val, max_val, inplace);
        public override string extra_repr() => $"min_val={PythonRepr.Float(min_val)}, max_val={PythonRepr.Float(max_val)}{InplaceSuffix}";
    }

    public sealed class ELU : Activation
    {
        public ELU(double alpha = 1.0, bool inplace = false) : base(nameof(ELU), inplace) => this.alpha = alpha;
        public double alpha { get; }
        public override Tensor forward(Tensor input) => nn.functional.elu(input, alpha, inplace);
        public override string extra_repr() => $"alpha={PythonRepr.Float(alpha)}{InplaceSuffix}";
    }

    public sealed class SELU : Activation
    {
        public SELU(bool inplace = false) : base(nameof(SELU), inplace) { }
        public override Tensor forward(Tensor input) => nn.functional.selu(input, inplace);
    }

    public sealed class Hardsigmoid : Activation
    {
        public Hardsigmoid(bool inplace = false) : base(nameof(Hardsigmoid), inplace) { }
        public override Tensor forward(Tensor input) => nn.functional.hardsigmoid(input, inplace);
        public override string extra_repr() => "";
    }

    public sealed class Hardswish : Activation
    {
        public Hardswish(bool inplace = false) : base(nameof(Hardswish), inplace) { }
        public override Tensor forward(Tensor input) => nn.functional.hardswish(input, inplace);
        public override string extra_repr() => "";
    }

    public sealed class Softplus : Activation
    {
        public Softplus(double beta = 1.0, double threshold = 20.0) : base(nameof(Softplus))
        {
            this.beta = beta;
            this.threshold = threshold;
        }

        public double beta { get; }
        public double threshold { get; }
        public override Tensor forward(Tensor input) => nn.functional.softplus(input, beta, threshold);

        // PyTorch's defaults are the ints 1 and 20, printed without a decimal point.
        public override string extra_repr() => $"beta={Number(beta)}, threshold={Number(threshold)}";
        private static string Number(double v) => v == Math.Floor(v) && Math.Abs(v) < 1e15 ? ((long)v).ToString() : PythonRepr.Float(v);
    }
}

namespace Zoo.Torch
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.ReLU ReLU(bool inplace = false) => new(inplace);
            public static Modules.Sigmoid Sigmoid() => new();
            public static Modules.Tanh Tanh() => new();
            public static Modules.Softmax Softmax(long dim) => new(dim);
            public static Modules.LogSoftmax LogSoftmax(long dim) => new(dim);
            public static Modules.GELU GELU(string approximate = "none") => new(approximate);
            public static Modules.SiLU SiLU(bool inplace = false) => new(inplace);
            public static Modules.Mish Mish(bool inplace = false) => new(inplace);
            public static Modules.LeakyReLU LeakyReLU(double negative_slope = 0.01, bool inplace = false) => new(negative_slope, inplace);
            public static Modules.ReLU6 ReLU6(bool inplace = false) => new(inplace);
            public static Modules.Hardtanh Hardtanh(double min_val = -1.0, double max_val = 1.0, bool inplace = false) => new(min_val, max_val, inplace);
            public static Modules.ELU ELU(double alpha = 1.0, bool inplace = false) => new(alpha, inplace);
            public static Modules.SELU SELU(bool inplace = false) => new(inplace);
            public static Modules.Hardsigmoid Hardsigmoid(bool inplace = false) => new(inplace);
            public static Modules.Hardswish Hardswish(bool inplace = false) => new(inplace);
            public static Modules.Softplus Softplus(double beta = 1.0, double threshold = 20.0) => new(beta, threshold);
        }
    }
}
