using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules
{
    /// <summary>y = x·Wᵀ + b over the last dimension; weight [out_features, in_features], bias [out_features].</summary>
    public sealed class Linear : nn.Module<Tensor, Tensor>
    {
        public Linear(long in_features, long out_features, bool bias = true, Device? device = null, ScalarType? dtype = null)
            : base(nameof(Linear))
        {
            if (in_features < 0 || out_features < 0)
                throw new ArgumentOutOfRangeException(nameof(in_features), $"Linear: feature counts must not be negative (got {in_features}, {out_features}).");
            this.in_features = in_features;
            this.out_features = out_features;
            register_parameter(nameof(weight), Initialization.NewParameter(new[] { out_features, in_features }, dtype, device));
            register_parameter(nameof(this.bias), bias ? Initialization.NewParameter(new[] { out_features }, dtype, device) : null);
            reset_parameters();
        }

        public long in_features { get; }
        public long out_features { get; }

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

        public override Tensor forward(Tensor input)
        {
            var shape = input.shape;
            if (shape.Length == 0 || shape[^1] != in_features)
                throw new ArgumentException(
                    $"{GetName()}({extra_repr()}): expected input [..., {in_features}], got {Tensor.ShapeString(shape)}.", nameof(input));
            return nn.functional.linear(input, weight, bias);
        }

        public override string extra_repr() => $"in_features={in_features}, out_features={out_features}, bias={PythonRepr.Bool(bias is not null)}";
    }
}

namespace Zoo.Torch
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.Linear Linear(long in_features, long out_features, bool bias = true, Device? device = null, ScalarType? dtype = null) =>
                new(in_features, out_features, bias, device, dtype);
        }
    }
}
