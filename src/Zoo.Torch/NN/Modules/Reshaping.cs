using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules
{
    /// <summary>Flattens dimensions start_dim..end_dim into one (by default everything after the batch dimension).</summary>
    public sealed class Flatten : nn.Module<Tensor, Tensor>
    {
        public Flatten(long start_dim = 1, long end_dim = -1) : base(nameof(Flatten)) => (this.start_dim, this.end_dim) = (start_dim, end_dim);
        public long start_dim { get; }
        public long end_dim { get; }
        public override Tensor forward(Tensor input) => input.flatten(start_dim, end_dim);
        public override string extra_repr() => $"start_dim={start_dim}, end_dim={end_dim}";
    }

    /// <summary>Splits dimension <see cref="dim"/> into <see cref="unflattened_size"/>.</summary>
    public sealed class Unflatten : nn.Module<Tensor, Tensor>
    {
        public Unflatten(long dim, long[] unflattened_size) : base(nameof(Unflatten))
        {
            ArgumentNullException.ThrowIfNull(unflattened_size);
            (this.dim, this.unflattened_size) = (dim, (long[])unflattened_size.Clone());
        }

        public long dim { get; }
        public long[] unflattened_size { get; }
        public override Tensor forward(Tensor input) => input.unflatten(dim, unflattened_size);
        public override string extra_repr() => $"dim={dim}, unflattened_size={PythonRepr.Tuple(unflattened_size)}";
    }
}

namespace Zoo.Torch
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.Flatten Flatten(long start_dim = 1, long end_dim = -1) => new(start_dim, end_dim);
            public static Modules.Unflatten Unflatten(long dim, long[] unflattened_size) => new(dim, unflattened_size);
        }
    }
}
