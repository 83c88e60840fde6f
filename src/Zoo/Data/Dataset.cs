using Zoo.Torch;
using static Zoo.Torch.torch;

namespace Zoo.Data;

/// <summary>What a data set's targets are: one class per image, or one class per pixel.</summary>
public enum TaskKind
{
    Classification,
    Segmentation,
}

/// <summary>Which part of a data set to read.</summary>
public enum Split
{
    Train,
    Validation,
    Test,
}

/// <summary>The size of every image of a data set: channels, height, width.</summary>
public readonly record struct ImageShape(int Channels, int Height, int Width)
{
    public int Pixels => Height * Width;
    public int Elements => Channels * Height * Width;
    public override string ToString() => $"{Channels}x{Height}x{Width}";
}

/// <summary>
/// A data set of 8-bit images with class labels (classification) or per-pixel class masks (segmentation).
/// </summary>
/// <remarks>
/// Samples are read into plain managed buffers (<see cref="Read"/>), never into tensors, so a loader can prepare
/// them on a background thread; tensors are made by whoever consumes a batch (<see cref="GetBatch"/>,
/// <see cref="HostBatch.ToTensors"/>). Implementations must allow concurrent calls to <see cref="Read"/>.
/// </remarks>
public abstract class Dataset
{
    /// <summary>A short name for reports ("fashion-mnist/train").</summary>
    public abstract string Name { get; }

    /// <summary>The number of samples.</summary>
    public abstract int Count { get; }

    /// <summary>The shape of every image (all samples of a data set share it).</summary>
    public abstract ImageShape Shape { get; }

    public abstract TaskKind Task { get; }

    /// <summary>The class names, indexed by label.</summary>
    public abstract IReadOnlyList<string> ClassNames { get; }

    public int NumClasses => ClassNames.Count;

    /// <summary>The mask value that marks pixels to leave out of loss and metrics (segmentation), or -100.</summary>
    public virtual int IgnoreIndex => -100;

    /// <summary>Per-channel mean and standard deviation of the pixels (scaled to [0, 1]) for normalisation.</summary>
    public virtual ChannelStats Normalization => measured ??= ChannelStats.Measure(this);

    private ChannelStats? measured;

    /// <summary>
    /// Copies sample <paramref name="index"/>'s pixels into <paramref name="image"/> (channel planes, CHW, exactly
    /// <see cref="ImageShape.Elements"/> bytes) and, for segmentation, its class mask into <paramref name="mask"/>
    /// (HW bytes). Returns the class label (classification) or -1 (segmentation).
    /// </summary>
    public abstract int Read(int index, Span<byte> image, Span<byte> mask);

    /// <summary>One sample as managed arrays (the mask is null for classification).</summary>
    public (byte[] image, int label, byte[]? mask) this[int index]
    {
        get
        {
            CheckIndex(index);
            var image = new byte[Shape.Elements];
            var mask = Task == TaskKind.Segmentation ? new byte[Shape.Pixels] : null;
            int label = Read(index, image, mask);
            return (image, label, mask);
        }
    }

    /// <summary>
    /// The samples at <paramref name="indices"/> as tensors on <paramref name="device"/> (CPU by default): float
    /// images [N, C, H, W] (normalised unless <paramref name="normalize"/> is false, then scaled to [0, 1]) and int64
    /// targets ([N] labels or [N, H, W] masks). No augmentation.
    /// </summary>
    public (Tensor input, Tensor target) GetBatch(IReadOnlyList<int> indices, Device? device = null, bool normalize = true)
    {
        var builder = new BatchBuilder(this, Augmentation.None, normalize);
        var order = indices.ToArray();
        return builder.Build(order, 0, order.Length, seed: 0, epoch: 0, batchIndex: 0).ToTensors(device);
    }

    /// <summary>One sample as tensors: image [C, H, W] and target (a scalar label or an [H, W] mask).</summary>
    public (Tensor image, Tensor target) GetItem(int index, Device? device = null, bool normalize = true)
    {
        CheckIndex(index);
        var batch = new BatchBuilder(this, Augmentation.None, normalize).Build(new[] { index }, 0, 1, seed: 0, epoch: 0, batchIndex: 0);
        var s = batch.Shape;
        var image = tensor(batch.Images, new long[] { s.Channels, s.Height, s.Width }, device: device);
        var target = Task == TaskKind.Segmentation
            ? tensor(batch.Targets, new long[] { s.Height, s.Width }, device: device)
            : tensor(batch.Targets, Array.Empty<long>(), device: device);
        return (image, target);
    }

    /// <summary>The first <paramref name="count"/> samples (or all when there are fewer).</summary>
    public Dataset Take(int count) => new SubsetDataset(this, Enumerable.Range(0, Math.Min(count, Count)).ToArray());

    /// <summary>The samples at <paramref name="indices"/>, in that order.</summary>
    public Dataset Subset(IEnumerable<int> indices) => new SubsetDataset(this, indices.ToArray());

    protected void CheckIndex(int index)
    {
        if ((uint)index >= (uint)Count)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"{Name} has {Count} samples");
    }

    public override string ToString() => $"{Name}: {Count} samples of {Shape}, {NumClasses} classes ({Task})";
}
