namespace Zoo.Data;

/// <summary>
/// A small, fast pseudo-random generator (xoshiro256**, seeded through SplitMix64) whose sequence is fixed by its
/// seed on every machine and .NET version, so shuffles and augmentations can be replayed exactly on resume.
/// </summary>
/// <remarks>
/// <see cref="Derive"/> builds independent streams from several numbers (seed, epoch, sample position): every sample
/// of every epoch gets its own stream, so the result does not depend on which thread prepares it or in what order.
/// </remarks>
public sealed class SeededRandom
{
    private ulong s0, s1, s2, s3;

    public SeededRandom(long seed)
    {
        ulong x = (ulong)seed;
        s0 = SplitMix(ref x);
        s1 = SplitMix(ref x);
        s2 = SplitMix(ref x);
        s3 = SplitMix(ref x);
    }

    /// <summary>A generator for the stream named by a seed and a path of numbers (epoch, index, ...).</summary>
    public static SeededRandom Derive(long seed, params long[] path)
    {
        ulong h = (ulong)seed;
        foreach (var part in path)
        {
            ulong x = h ^ ((ulong)part * 0xD1B54A32D192ED03UL);
            h = SplitMix(ref x);
        }
        return new SeededRandom((long)h);
    }

    private static ulong SplitMix(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = ulong.RotateLeft(s1 * 5, 7) * 9;
        ulong t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
        return result;
    }

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>), without modulo bias.</summary>
    public int Next(int maxExclusive)
    {
        if (maxExclusive <= 0) throw new ArgumentOutOfRangeException(nameof(maxExclusive), maxExclusive, "must be positive");
        ulong bound = (ulong)maxExclusive;
        ulong threshold = (0UL - bound) % bound;
        while (true)
        {
            ulong r = NextUInt64();
            if (r >= threshold) return (int)(r % bound);
        }
    }

    /// <summary>A uniform integer in [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    /// <summary>A uniform double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability one half.</summary>
    public bool NextBool() => (NextUInt64() >> 63) != 0;

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher–Yates).</summary>
    public void Shuffle<T>(Span<T> items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
