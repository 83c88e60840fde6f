using System.Diagnostics;

namespace Zoo.Data;

/// <summary>
/// How long a loader's consumer waited for data and how long producing it took, accumulated over every epoch since
/// creation or <see cref="Reset"/>. With prefetch working, <see cref="Waiting"/> is a small part of <see cref="Producing"/>.
/// Thread-safe.
/// </summary>
public sealed class LoaderStats
{
    private long batches;
    private long waitTicks;
    private long produceTicks;

    /// <summary>Batches handed to the consumer.</summary>
    public long Batches => Interlocked.Read(ref batches);

    /// <summary>Time the consumer spent blocked waiting for the next batch.</summary>
    public TimeSpan Waiting => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref waitTicks));

    /// <summary>Time spent reading, augmenting and normalising batches (on whichever thread did it).</summary>
    public TimeSpan Producing => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref produceTicks));

    internal void AddWait(long ticks)
    {
        Interlocked.Increment(ref batches);
        Interlocked.Add(ref waitTicks, ticks);
    }

    internal void AddProduce(long ticks) => Interlocked.Add(ref produceTicks, ticks);

    public void Reset()
    {
        Interlocked.Exchange(ref batches, 0);
        Interlocked.Exchange(ref waitTicks, 0);
        Interlocked.Exchange(ref produceTicks, 0);
    }

    public override string ToString() =>
        $"{Batches} batches, waited {Waiting.TotalMilliseconds:F0} ms, produced in {Producing.TotalMilliseconds:F0} ms";
}
