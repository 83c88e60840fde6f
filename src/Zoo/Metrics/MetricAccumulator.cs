using Zoo.Data;
using static Zoo.Torch.torch;

namespace Zoo.Metrics;

/// <summary>
/// Accumulates loss and accuracy over the batches of an epoch: top-1 accuracy for classification, pixel accuracy
/// (ignore index excluded) for segmentation and, when asked, a confusion matrix for per-class IoU and mean IoU.
/// Accuracy is counted on the model's device; only the confusion matrix needs the predictions on the host (one byte
/// per pixel), and its targets come from the host batch.
/// </summary>
public sealed class MetricAccumulator
{
    private double lossSum;
    private long lossCount;
    private long correct;
    private long counted;

    /// <param name="task">Classification or segmentation.</param>
    /// <param name="classes">The number of classes.</param>
    /// <param name="ignoreIndex">Targets with this value are not counted.</param>
    /// <param name="confusion">Keep a confusion matrix (for mIoU), as evaluation does.</param>
    public MetricAccumulator(TaskKind task, int classes, int ignoreIndex = -100, bool confusion = false)
    {
        Task = task;
        Classes = classes;
        IgnoreIndex = ignoreIndex;
        Confusion = confusion ? new ConfusionMatrix(classes, ignoreIndex) : null;
    }

    public TaskKind Task { get; }
    public int Classes { get; }
    public int IgnoreIndex { get; }

    /// <summary>Counts per (true, predicted) class, when asked for.</summary>
    public ConfusionMatrix? Confusion { get; }

    /// <summary>
    /// Adds a batch: its loss (the mean over its counted targets, as cross entropy computes it) and its predictions.
    /// The loss is weighted by the number of counted targets, so the epoch's loss is the mean over all of them.
    /// </summary>
    public void Add(double meanLoss, Tensor logits, Tensor target, HostBatch batch)
    {
        using var scope = NewDisposeScope();
        var predicted = logits.detach().argmax(1);
        var valid = target.ne(IgnoreIndex);
        long count = valid.sum().item<long>();
        correct += predicted.eq(target).logical_and(valid).sum().item<long>();
        counted += count;
        if (count > 0)
        {
            lossSum += meanLoss * count;
            lossCount += count;
        }
        if (Confusion is not null)
            Confusion.Add(predicted.to(Zoo.Torch.ScalarType.Byte).cpu().ToArray<byte>(), batch.Targets);
    }

    /// <summary>The mean loss so far.</summary>
    public double Loss => lossCount == 0 ? double.NaN : lossSum / lossCount;

    /// <summary>Top-1 accuracy (classification) or pixel accuracy (segmentation).</summary>
    public double Accuracy => counted == 0 ? double.NaN : (double)correct / counted;

    /// <summary>Mean IoU over the classes present, when a confusion matrix is kept.</summary>
    public double? MeanIoU => Confusion?.MeanIoU;

    /// <summary>The running sums, to save an epoch's progress in a checkpoint and restore it.</summary>
    public double[] Sums
    {
        get => new[] { lossSum, lossCount, correct, counted };
        set
        {
            if (value.Length != 4) throw new ArgumentException("Four sums are expected: loss sum, loss count, correct, counted.");
            (lossSum, lossCount, correct, counted) = (value[0], (long)value[1], (long)value[2], (long)value[3]);
        }
    }
}
