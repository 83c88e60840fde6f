using System.Diagnostics;

namespace Zoo.Data;

/// <summary>One side of a prefetch measurement: how long a consumer waited for data over some batches.</summary>
public sealed record LoaderTiming(int Prefetch, int Batches, TimeSpan Total, TimeSpan Waiting, TimeSpan Producing)
{
    /// <summary>The share of the loop's time spent waiting for data.</summary>
    public double WaitingShare => Total > TimeSpan.Zero ? Waiting / Total : 0;

    public override string ToString() => FormattableString.Invariant(
        $"prefetch {Prefetch}: {Batches} batches in {Total.TotalSeconds:F2} s, waiting for data {Waiting.TotalSeconds:F2} s ({100 * WaitingShare:F1}%), producing {Producing.TotalSeconds:F2} s");
}

/// <summary>
/// Measures what background prefetch saves: the same loop (take a batch, do the consumer's work on it) run without
/// prefetch and with it, timing how long the consumer waited for data each time.
/// </summary>
public static class PrefetchBenchmark
{
    /// <summary>
    /// Runs <paramref name="batches"/> batches of epoch 0 through <paramref name="consume"/> (a training step, say)
    /// once per prefetch depth in <paramref name="prefetchDepths"/>, with loaders made by <paramref name="loader"/>.
    /// </summary>
    public static IReadOnlyList<LoaderTiming> Run(Func<int, DataLoader> loader, Action<HostBatch> consume, int batches, params int[] prefetchDepths)
    {
        if (prefetchDepths.Length == 0) prefetchDepths = new[] { 0, 2 };
        var timings = new List<LoaderTiming>();
        foreach (var depth in prefetchDepths)
        {
            var l = loader(depth);
            if (l.Prefetch != depth) throw new ArgumentException($"The loader factory made a loader with prefetch {l.Prefetch} when asked for {depth}.");
            int n = 0;
            var clock = Stopwatch.StartNew();
            foreach (var batch in l.Epoch(0))
            {
                consume(batch);
                if (++n == batches) break;
            }
            timings.Add(new LoaderTiming(depth, n, clock.Elapsed, l.Stats.Waiting, l.Stats.Producing));
        }
        return timings;
    }
}
