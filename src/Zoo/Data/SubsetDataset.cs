namespace Zoo.Data;

/// <summary>A view of some samples of another data set, in a given order.</summary>
public sealed class SubsetDataset : Dataset
{
    private readonly Dataset source;
    private readonly int[] indices;

    public SubsetDataset(Dataset source, int[] indices)
    {
        ArgumentNullException.ThrowIfNull(source);
        foreach (var i in indices)
            if ((uint)i >= (uint)source.Count)
                throw new ArgumentOutOfRangeException(nameof(indices), i, $"{source.Name} has {source.Count} samples");
        this.source = source;
        this.indices = indices;
    }

    public override string Name => $"{source.Name}[{indices.Length}]";
    public override int Count => indices.Length;
    public override ImageShape Shape => source.Shape;
    public override TaskKind Task => source.Task;
    public override IReadOnlyList<string> ClassNames => source.ClassNames;
    public override int IgnoreIndex => source.IgnoreIndex;

    // A subset is normalised like the data set it comes from, so a model sees the same inputs either way.
    public override ChannelStats Normalization => source.Normalization;

    public override int Read(int index, Span<byte> image, Span<byte> mask)
    {
        CheckIndex(index);
        return source.Read(indices[index], image, mask);
    }
}
