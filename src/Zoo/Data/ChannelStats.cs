namespace Zoo.Data;

/// <summary>Per-channel mean and standard deviation of pixel values scaled to [0, 1].</summary>
public sealed record ChannelStats(float[] Mean, float[] Std)
{
    /// <summary>Measures the statistics over up to <paramref name="maxSamples"/> samples spread evenly over the data set.</summary>
    public static ChannelStats Measure(Dataset dataset, int maxSamples = 2000)
    {
        var shape = dataset.Shape;
        int n = Math.Min(maxSamples, dataset.Count);
        if (n == 0) throw new InvalidOperationException($"{dataset.Name} is empty: no statistics to measure.");
        var sum = new double[shape.Channels];
        var sumSquares = new double[shape.Channels];
        var image = new byte[shape.Elements];
        var mask = new byte[dataset.Task == TaskKind.Segmentation ? shape.Pixels : 0];
        for (int k = 0; k < n; k++)
        {
            dataset.Read((int)((long)k * dataset.Count / n), image, mask);
            for (int c = 0; c < shape.Channels; c++)
            {
                long s = 0, ss = 0;
                foreach (var v in image.AsSpan(c * shape.Pixels, shape.Pixels))
                {
                    s += v;
                    ss += v * v;
                }
                sum[c] += s;
                sumSquares[c] += ss;
            }
        }
        double count = (double)n * shape.Pixels;
        var mean = new float[shape.Channels];
        var std = new float[shape.Channels];
        for (int c = 0; c < shape.Channels; c++)
        {
            double m = sum[c] / count / 255.0;
            double variance = sumSquares[c] / count / (255.0 * 255.0) - m * m;
            mean[c] = (float)m;
            std[c] = (float)Math.Sqrt(Math.Max(variance, 1e-12));
        }
        return new ChannelStats(mean, std);
    }

    public override string ToString() =>
        $"mean [{string.Join(", ", Mean.Select(v => v.ToString("F4", System.Globalization.CultureInfo.InvariantCulture)))}], " +
        $"std [{string.Join(", ", Std.Select(v => v.ToString("F4", System.Globalization.CultureInfo.InvariantCulture)))}]";
}
