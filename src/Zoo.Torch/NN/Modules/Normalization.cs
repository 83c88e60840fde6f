using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules
{
    /// <summary>Group normalization: the channels of each sample split into groups, each normalized on its own.</summary>
    public sealed class GroupNorm : nn.Module<Tensor, Tensor>
    {
        public GroupNorm(long num_groups, long num_channels, double eps = 1e-5, bool affine = true, Device? device = null, ScalarType? dtype = null)
            : base(nameof(GroupNorm))
        {
            if (num_groups <= 0 || num_channels % num_groups != 0)
                throw new ArgumentException($"GroupNorm: num_channels ({num_channels}) must be divisible by num_groups ({num_groups}).", nameof(num_groups));
            this.num_groups = num_groups;
            this.num_channels = num_channels;
            this.eps = eps;
            this.affine = affine;
            register_parameter(nameof(weight), affine ? Initialization.NewParameter(new[] { num_channels }, dtype, device) : null);
            register_parameter(nameof(bias), affine ? Initialization.NewParameter(new[] { num_channels }, dtype, device) : null);
            reset_parameters();
        }

        public long num_groups { get; }
        public long num_channels { get; }
        public double eps { get; }
        public bool affine { get; }
        public Parameter? weight => get_parameter(nameof(weight));
        public Parameter? bias => get_parameter(nameof(bias));

        /// <summary>Weight 1 and bias 0 (PyTorch's default).</summary>
        public void reset_parameters()
        {
            if (!affine) return;
            nn.init.ones_(weight!);
            nn.init.zeros_(bias!);
        }

        public override Tensor forward(Tensor input)
        {
            var shape = input.shape;
            if (shape.Length < 2 || shape[1] != num_channels)
                throw new ArgumentException($"{GetName()}({extra_repr()}): expected input [N, {num_channels}, *], got {Tensor.ShapeString(shape)}.", nameof(input));
            return nn.functional.group_norm(input, num_groups, weight, bias, eps);
        }

        public override string extra_repr() => $"{num_groups}, {num_channels}, eps={PythonRepr.Float(eps)}, affine={PythonRepr.Bool(affine)}";
    }

    /// <summary>Layer normalization over the trailing <see cref="normalized_shape"/> dimensions of each sample.</summary>
    public sealed class LayerNorm : nn.Module<Tensor, Tensor>
    {
        public LayerNorm(long[] normalized_shape, double eps = 1e-5, bool elementwise_affine = true, Device? device = null, ScalarType? dtype = null)
            : base(nameof(LayerNorm))
        {
            ArgumentNullException.ThrowIfNull(normalized_shape);
            this.normalized_shape = (long[])normalized_shape.Clone();
            this.eps = eps;
            this.elementwise_affine = elementwise_affine;
            register_parameter(nameof(weight), elementwise_affine ? Initialization.NewParameter(this.normalized_shape, dtype, device) : null);
            register_parameter(nameof(bias), elementwise_affine ? Initialization.NewParameter(this.normalized_shape, dtype, device) : null);
            reset_parameters();
        }

        public long[] normalized_shape { get; }
        public double eps { get; }
        public bool elementwise_affine { get; }
        public Parameter? weight => get_parameter(nameof(weight));
        public Parameter? bias => get_parameter(nameof(bias));

        /// <summary>Weight 1 and bias 0 (PyTorch's default).</summary>
        public void reset_parameters()
        {
            if (!elementwise_affine) return;
            nn.init.ones_(weight!);
            nn.init.zeros_(bias!);
        }

        public override Tensor forward(Tensor input)
        {
            var shape = input.shape;
            if (shape.Length < normalized_shape.Length || !shape[^normalized_shape.Length..].SequenceEqual(normalized_shape))
                throw new ArgumentException(
                    $"{GetName()}({extra_repr()}): expected input [*, {string.Join(", ", normalized_shape)}], got {Tensor.ShapeString(shape)}.", nameof(input));
            return nn.functional.layer_norm(input, normalized_shape, weight, bias, eps);
        }

        public override string extra_repr() =>
            $"{PythonRepr.Tuple(normalized_shape)}, eps={PythonRepr.Float(eps)}, elementwise_affine={PythonRepr.Bool(elementwise_affine)}";
    }
}

namespace Zoo.Torch
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.GroupNorm GroupNorm(long num_groups, long num_channels, double eps = 1e-5, bool affine = true,
                Device? device = null, ScalarType? dtype = null) =>
                new(num_groups, num_channels, eps, affine, device, dtype);

            public static Modules.LayerNorm LayerNorm(long[] normalized_shape, double eps = 1e-5, bool elementwise_affine = true,
                Device? device = null, ScalarType? dtype = null) =>
                new(normalized_shape, eps, elementwise_affine, device, dtype);

            public static Modules.LayerNorm LayerNorm(long normalized_shape, double eps = 1e-5, bool elementwise_affine = true,
                Device? device = null, ScalarType? dtype = null) =>
                new(new[] { normalized_shape }, eps, elementwise_affine, device, dtype);
        }
    }
}
