using Zoo.Torch;
using static Zoo.Torch.torch;

namespace Zoo.Data;

/// <summary>
/// A batch prepared in managed memory (any thread can make one): normalised float images and int64 targets.
/// The consumer turns it into tensors with <see cref="ToTensors"/>, inside its own dispose scope.
/// </summary>
public sealed class HostBatch
{
    internal HostBatch(int epoch, int index, ImageShape shape, TaskKind task, int[] sampleIndices, float[] images, long[] targets)
    {
        Epoch = epoch;
        Index = index;
        Shape = shape;
        Task = task;
        SampleIndices = sampleIndices;
        Images = images;
        Targets = targets;
    }

    /// <summary>The epoch this batch belongs to.</summary>
    public int Epoch { get; }

    /// <summary>The batch's position in its epoch (0, 1, ...).</summary>
    public int Index { get; }

    /// <summary>The shape of each image in the batch (after augmentation).</summary>
    public ImageShape Shape { get; }

    public TaskKind Task { get; }

    /// <summary>The data set indices of the samples, in batch order.</summary>
    public int[] SampleIndices { get; }

    public int Count => SampleIndices.Length;

    /// <summary>The images, [N, C, H, W] row-major.</summary>
    public float[] Images { get; }

    /// <summary>The labels [N] or masks [N, H, W].</summary>
    public long[] Targets { get; }

    /// <summary>The batch as tensors on <paramref name="device"/>: float input [N, C, H, W], int64 target [N] or [N, H, W].</summary>
    public (Tensor input, Tensor target) ToTensors(Device? device = null)
    {
        var input = tensor(Images, new long[] { Count, Shape.Channels, Shape.Height, Shape.Width }, device: device);
        var targetShape = Task == TaskKind.Segmentation ? new long[] { Count, Shape.Height, Shape.Width } : new long[] { Count };
        return (input, tensor(Targets, targetShape, device: device));
    }
}
