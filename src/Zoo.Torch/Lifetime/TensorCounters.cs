namespace Zoo.Torch;

/// <summary>
/// How many native tensors are alive now, and the most that were alive at once: a leak shows up as a live count
/// that does not return to its baseline.
/// </summary>
public static class TensorCounters
{
    private static long live;
    private static long peak;
    private static long created;

    /// <summary>Tensor wrappers whose native tensor has not been freed yet.</summary>
    public static long Live => Interlocked.Read(ref live);

    /// <summary>The largest <see cref="Live"/> since start-up or the last <see cref="ResetPeak"/>.</summary>
    public static long Peak => Interlocked.Read(ref peak);

    /// <summary>Tensor wrappers created since start-up.</summary>
    public static long Created => Interlocked.Read(ref created);

    public static void ResetPeak() => Interlocked.Exchange(ref peak, Live);

    internal static void OnCreated()
    {
        Interlocked.Increment(ref created);
        long now = Interlocked.Increment(ref live);
        long seen = Interlocked.Read(ref peak);
        while (now > seen)
        {
            long previous = Interlocked.CompareExchange(ref peak, now, seen);
            if (previous == seen) break;
            seen = previous;
        }
    }

    internal static void OnFreed() => Interlocked.Decrement(ref live);
}
