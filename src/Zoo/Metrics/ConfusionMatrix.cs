namespace Zoo.Metrics;

/// <summary>
/// Counts of (true class, predicted class) pairs, and the metrics that follow from them: accuracy, per-class IoU,
/// mean IoU. Targets equal to the ignore index are not counted (CamVid's void pixels).
/// </summary>
public sealed class ConfusionMatrix
{
    private readonly long[] counts;

    public ConfusionMatrix(int classes, int ignoreIndex = -100)
    {
        if (classes < 1) throw new ArgumentOutOfRangeException(nameof(classes), classes, "at least one class");
        Classes = classes;
        IgnoreIndex = ignoreIndex;
        counts = new long[classes * classes];
    }

    public int Classes { get; }
    public int IgnoreIndex { get; }

    /// <summary>How many samples (pixels) of true class <paramref name="truth"/> were predicted as <paramref name="predicted"/>.</summary>
    public long this[int truth, int predicted] => counts[truth * Classes + predicted];

    /// <summary>Counted samples (ignored ones excluded).</summary>
    public long Total { get; private set; }

    /// <summary>Adds predictions and targets of the same length.</summary>
    public void Add(ReadOnlySpan<byte> predicted, ReadOnlySpan<long> truth)
    {
        if (predicted.Length != truth.Length) throw new ArgumentException($"{predicted.Length} predictions for {truth.Length} targets.");
        for (int i = 0; i < truth.Length; i++)
        {
            long t = truth[i];
            if (t == IgnoreIndex) continue;
            if ((ulong)t >= (ulong)Classes) throw new ArgumentOutOfRangeException(nameof(truth), t, $"a target outside 0..{Classes - 1} that is not the ignore index {IgnoreIndex}");
            int p = predicted[i];
            if (p >= Classes) throw new ArgumentOutOfRangeException(nameof(predicted), p, $"a prediction outside 0..{Classes - 1}");
            counts[t * Classes + p]++;
            Total++;
        }
    }

    /// <summary>Adds predictions and targets given as class indices.</summary>
    public void Add(ReadOnlySpan<long> predicted, ReadOnlySpan<long> truth)
    {
        var bytes = new byte[predicted.Length];
        for (int i = 0; i < bytes.Length; i++)
            bytes[i] = (ulong)predicted[i] < 256 ? (byte)predicted[i] : throw new ArgumentOutOfRangeException(nameof(predicted), predicted[i], "class indices above 255");
        Add(bytes, truth);
    }

    /// <summary>Adds the counts of another matrix over the same classes.</summary>
    public void Add(ConfusionMatrix other)
    {
        if (other.Classes != Classes) throw new ArgumentException($"Cannot add a {other.Classes}-class matrix to a {Classes}-class one.");
        for (int i = 0; i < counts.Length; i++) counts[i] += other.counts[i];
        Total += other.Total;
    }

    /// <summary>The fraction of counted samples predicted correctly (pixel accuracy for segmentation).</summary>
    public double Accuracy
    {
        get
        {
            if (Total == 0) return double.NaN;
            long correct = 0;
            for (int c = 0; c < Classes; c++) correct += this[c, c];
            return (double)correct / Total;
        }
    }

    /// <summary>
    /// Intersection over union of each class: TP / (TP + FP + FN); NaN for a class that neither occurs nor is
    /// predicted (it has no IoU, rather than a perfect or a zero one).
    /// </summary>
    public double[] IoU()
    {
        var iou = new double[Classes];
        for (int c = 0; c < Classes; c++)
        {
            long tp = this[c, c], fp = 0, fn = 0;
            for (int k = 0; k < Classes; k++)
            {
                if (k == c) continue;
                fp += this[k, c];
                fn += this[c, k];
            }
            long union = tp + fp + fn;
            iou[c] = union == 0 ? double.NaN : (double)tp / union;
        }
        return iou;
    }

    /// <summary>The mean IoU over the classes that have one (occur or are predicted).</summary>
    public double MeanIoU
    {
        get
        {
            var present = IoU().Where(v => !double.IsNaN(v)).ToArray();
            return present.Length == 0 ? double.NaN : present.Average();
        }
    }

    /// <summary>The counts as a matrix (rows: true class, columns: predicted class), e.g. for a heat map.</summary>
    public double[,] ToMatrix()
    {
        var m = new double[Classes, Classes];
        for (int t = 0; t < Classes; t++)
            for (int p = 0; p < Classes; p++) m[t, p] = this[t, p];
        return m;
    }
}
