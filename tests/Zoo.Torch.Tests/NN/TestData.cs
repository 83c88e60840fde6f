namespace Zoo.Torch.Tests.NN;

/// <summary>
/// Deterministic test inputs drawn by a managed generator from a seed: independent of libtorch's global generator,
/// so tests running in parallel cannot change each other's data.
/// </summary>
internal static class TestData
{
    public static Tensor Normal(int seed, params long[] shape) => Normal(seed, ScalarType.Float32, shape);

    public static Tensor Normal(int seed, ScalarType dtype, params long[] shape)
    {
        var random = new Random(seed);
        var values = new double[Count(shape)];
        for (int i = 0; i < values.Length; i++)
        {
            // Box-Muller.
            double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
            values[i] = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        }
        return tensor(values, shape, dtype);
    }

    /// <summary>Values uniform in [low, high).</summary>
    public static Tensor Uniform(int seed, double low, double high, params long[] shape)
    {
        var random = new Random(seed);
        var values = new double[Count(shape)];
        for (int i = 0; i < values.Length; i++) values[i] = low + (high - low) * random.NextDouble();
        return tensor(values, shape, ScalarType.Float32);
    }

    /// <summary>Int64 values uniform in [0, high).</summary>
    public static Tensor Ints(int seed, long high, params long[] shape)
    {
        var random = new Random(seed);
        var values = new long[Count(shape)];
        for (int i = 0; i < values.Length; i++) values[i] = random.NextInt64(high);
        return tensor(values, shape);
    }

    private static long Count(long[] shape) => shape.Aggregate(1L, (a, b) => a * b);
}
