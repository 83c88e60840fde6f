namespace Zoo.Data;

/// <summary>
/// A data set held in arrays: images as channel planes (CHW bytes, one array per sample or one array for all),
/// with labels (classification) or masks (segmentation). For small data made by a program, and for tests.
/// </summary>
public sealed class InMemoryDataset : Dataset
{
    private readonly byte[] images;
    private readonly int[]? labels;
    private readonly byte[]? masks;
    private readonly ChannelStats? normalization;

    /// <summary>A classification set: <paramref name="images"/> holds labels.Length images of <paramref name="shape"/>.</summary>
    public InMemoryDataset(string name, ImageShape shape, byte[] images, int[] labels, IReadOnlyList<string> classes, ChannelStats? normalization = null)
        : this(name, shape, images, labels.Length, classes, normalization, TaskKind.Classification)
    {
        foreach (var l in labels)
            if ((uint)l >= (uint)classes.Count) throw new ArgumentException($"Label {l} is outside 0..{classes.Count - 1}.", nameof(labels));
        this.labels = labels;
    }

    /// <summary>A segmentation set: one HW mask per image in <paramref name="masks"/>.</summary>
    public InMemoryDataset(string name, ImageShape shape, byte[] images, byte[] masks, IReadOnlyList<string> classes, int ignoreIndex, ChannelStats? normalization = null)
        : this(name, shape, images, masks.Length / Math.Max(1, shape.Pixels), classes, normalization, TaskKind.Segmentation)
    {
        if (masks.Length != (long)Count * shape.Pixels) throw new ArgumentException($"The masks hold {masks.Length} bytes, not {Count} masks of {shape.Height}x{shape.Width}.", nameof(masks));
        this.masks = masks;
        IgnoreIndex = ignoreIndex;
    }

    private InMemoryDataset(string name, ImageShape shape, byte[] images, int count, IReadOnlyList<string> classes, ChannelStats? normalization, TaskKind task)
    {
        if (images.Length != (long)count * shape.Elements)
            throw new ArgumentException($"The images hold {images.Length} bytes, not {count} images of {shape}.", nameof(images));
        Name = name;
        Shape = shape;
        this.images = images;
        Count = count;
        ClassNames = classes;
        Task = task;
        this.normalization = normalization;
    }

    public override string Name { get; }
    public override int Count { get; }
    public override ImageShape Shape { get; }
    public override TaskKind Task { get; }
    public override IReadOnlyList<string> ClassNames { get; }
    public override int IgnoreIndex { get; } = -100;
    public override ChannelStats Normalization => normalization ?? base.Normalization;

    public override int Read(int index, Span<byte> image, Span<byte> mask)
    {
        CheckIndex(index);
        images.AsSpan(index * Shape.Elements, Shape.Elements).CopyTo(image);
        if (masks is not null)
        {
            masks.AsSpan(index * Shape.Pixels, Shape.Pixels).CopyTo(mask);
            return -1;
        }
        return labels![index];
    }
}
