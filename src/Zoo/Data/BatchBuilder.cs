using System.Buffers;

namespace Zoo.Data;

/// <summary>
/// Reads samples, augments them and writes them normalised into a <see cref="HostBatch"/>. Pure managed code, safe on
/// any thread; each sample's random choices come from its own stream (seed, epoch, position in the epoch), so a batch
/// is the same whichever thread builds it and whenever.
/// </summary>
internal sealed class BatchBuilder
{
    private readonly Dataset dataset;
    private readonly Augmentation augmentation;
    private readonly ImageShape input;
    private readonly ImageShape output;
    private readonly float[][] lookup; // per channel: byte value -> normalised float

    public BatchBuilder(Dataset dataset, Augmentation augmentation, bool normalize)
    {
        this.dataset = dataset;
        this.augmentation = augmentation;
        input = dataset.Shape;
        output = augmentation.OutputShape(input);
        var stats = normalize ? dataset.Normalization : null;
        if (stats is not null && (stats.Mean.Length != input.Channels || stats.Std.Length != input.Channels))
            throw new InvalidOperationException($"{dataset.Name} has {input.Channels} channels but its normalisation has {stats.Mean.Length}.");
        lookup = new float[input.Channels][];
        for (int c = 0; c < input.Channels; c++)
        {
            lookup[c] = new float[256];
            for (int v = 0; v < 256; v++)
                lookup[c][v] = stats is null ? v / 255f : (v / 255f - stats.Mean[c]) / stats.Std[c];
        }
    }

    public ImageShape OutputShape => output;

    /// <summary>Builds the batch of <paramref name="order"/>[start .. start + count).</summary>
    public HostBatch Build(int[] order, int start, int count, long seed, int epoch, int batchIndex, int workers = 1)
    {
        var indices = order.AsSpan(start, count).ToArray();
        var images = new float[(long)count * output.Elements];
        bool segmentation = dataset.Task == TaskKind.Segmentation;
        var targets = new long[segmentation ? (long)count * output.Pixels : count];
        if (workers > 1 && count > 1)
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = workers },
                i => BuildSample(indices[i], i, start + i, seed, epoch, images, targets));
        else
            for (int i = 0; i < count; i++) BuildSample(indices[i], i, start + i, seed, epoch, images, targets);
        return new HostBatch(epoch, batchIndex, output, dataset.Task, indices, images, targets);
    }

    private void BuildSample(int sample, int slot, int position, long seed, int epoch, float[] images, long[] targets)
    {
        bool segmentation = dataset.Task == TaskKind.Segmentation;
        var raw = ArrayPool<byte>.Shared.Rent(input.Elements);
        var rawMask = segmentation ? ArrayPool<byte>.Shared.Rent(input.Pixels) : null;
        try
        {
            int label = dataset.Read(sample, raw.AsSpan(0, input.Elements), rawMask is null ? Span<byte>.Empty : rawMask.AsSpan(0, input.Pixels));
            if (!segmentation)
            {
                if ((uint)label >= (uint)dataset.NumClasses)
                    throw new InvalidDataException($"{dataset.Name}: sample {sample} has label {label}, outside 0..{dataset.NumClasses - 1}.");
                targets[slot] = label;
            }

            // Where the crop starts in the padded image, and whether it is mirrored.
            int pad = augmentation.Padding;
            int top = 0, left = 0;
            bool flip = false;
            if (!augmentation.IsIdentity)
            {
                var random = SeededRandom.Derive(seed, epoch, position);
                top = random.Next(input.Height + 2 * pad - output.Height + 1);
                left = random.Next(input.Width + 2 * pad - output.Width + 1);
                flip = augmentation.HorizontalFlip && random.NextBool();
            }

            var image = images.AsSpan(slot * output.Elements, output.Elements);
            for (int c = 0; c < output.Channels; c++)
            {
                var table = lookup[c];
                var plane = raw.AsSpan(c * input.Pixels, input.Pixels);
                var outPlane = image.Slice(c * output.Pixels, output.Pixels);
                float padValue = table[0];
                for (int y = 0; y < output.Height; y++)
                {
                    int sy = top + y - pad;
                    var outRow = outPlane.Slice(y * output.Width, output.Width);
                    if ((uint)sy >= (uint)input.Height)
                    {
                        outRow.Fill(padValue);
                        continue;
                    }
                    var row = plane.Slice(sy * input.Width, input.Width);
                    for (int x = 0; x < output.Width; x++)
                    {
                        int sx = left + (flip ? output.Width - 1 - x : x) - pad;
                        outRow[x] = (uint)sx < (uint)input.Width ? table[row[sx]] : padValue;
                    }
                }
            }

            if (rawMask is not null)
            {
                var mask = targets.AsSpan(slot * output.Pixels, output.Pixels);
                long ignore = dataset.IgnoreIndex;
                for (int y = 0; y < output.Height; y++)
                {
                    int sy = top + y - pad;
                    for (int x = 0; x < output.Width; x++)
                    {
                        int sx = left + (flip ? output.Width - 1 - x : x) - pad;
                        mask[y * output.Width + x] = (uint)sy < (uint)input.Height && (uint)sx < (uint)input.Width
                            ? rawMask[sy * input.Width + sx]
                            : ignore;
                    }
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(raw);
            if (rawMask is not null) ArrayPool<byte>.Shared.Return(rawMask);
        }
    }
}
