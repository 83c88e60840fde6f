using static Zoo.Torch.torch;

namespace Zoo;

/// <summary>
/// A block reference: a spec with some hyperparameters fixed (<c>Se.Block(reduction: 16)</c>), completed where it is
/// used with the rest (<c>attention.Create(channels: 256)</c> in each residual unit). It also carries the spec's
/// constants (a ResNet reads <c>block.expansion</c>). Write your own with <see cref="BlockFactory(string, Func{BlockArguments, nn.Module{Tensor, Tensor}})"/>.
/// </summary>
public sealed class BlockFactory
{
    private readonly Func<BlockArguments, nn.Module<Tensor, Tensor>> create;

    /// <summary>A reference to <paramref name="spec"/> with <paramref name="bound"/> fixed; <paramref name="create"/> builds it from all its arguments.</summary>
    public BlockFactory(string spec, BlockArguments bound, IReadOnlyDictionary<string, object> constants, Func<BlockArguments, nn.Module<Tensor, Tensor>> create)
    {
        Spec = spec;
        Bound = bound;
        Constants = constants;
        this.create = create;
    }

    /// <summary>A block of your own: <paramref name="create"/> receives the use site's arguments.</summary>
    public BlockFactory(string name, Func<BlockArguments, nn.Module<Tensor, Tensor>> create)
        : this(name, BlockArguments.Empty, new Dictionary<string, object>(), create)
    {
    }

    /// <summary>The spec (or name) of the block.</summary>
    public string Spec { get; }

    /// <summary>The hyperparameters fixed by this reference.</summary>
    public BlockArguments Bound { get; }

    /// <summary>The block's constants (for example expansion = 4 for a bottleneck).</summary>
    public IReadOnlyDictionary<string, object> Constants { get; }

    /// <summary>Builds the block: the fixed hyperparameters plus the use site's.</summary>
    public nn.Module<Tensor, Tensor> Create(BlockArguments useSite) => create(Bound.Merge(useSite, Spec));

    /// <summary>An int constant of the block, or an exception naming the block when it has none.</summary>
    public long IntConstant(string name) => Constants.TryGetValue(name, out var value) && value is long l
        ? l
        : throw new InvalidOperationException($"The block {Spec} has no int constant '{name}' (its constants: {(Constants.Count == 0 ? "none" : string.Join(", ", Constants.Keys))}).");

    /// <summary>"Se(reduction: 16)".</summary>
    public override string ToString() => Bound.Count == 0 ? Spec : $"{Spec}({Bound})";
}
