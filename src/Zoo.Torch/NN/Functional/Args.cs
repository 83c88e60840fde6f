namespace Zoo.Torch;

/// <summary>Argument checks and expansions shared by torch.nn.functional (messages name the argument and the function).</summary>
internal static class Args
{
    /// <summary>
    /// A per-dimension list of <paramref name="count"/> values: <paramref name="fill"/> repeated when null, a single
    /// value repeated, or the list itself when it has one value per dimension.
    /// </summary>
    public static long[] Expand(long[]? values, int count, long fill, string name, string function)
    {
        if (values is null) return Enumerable.Repeat(fill, count).ToArray();
        if (values.Length == count) return values;
        if (values.Length == 1) return Enumerable.Repeat(values[0], count).ToArray();
        throw new ArgumentException(
            $"{function}: {name} has {values.Length} values ({torch.Tensor.ShapeString(values)}); expected 1 or {count}.", name);
    }

    public static long[] Repeat(long value, int count) => Enumerable.Repeat(value, count).ToArray();

    public static long[] Pair((long, long) value) => new[] { value.Item1, value.Item2 };

    /// <summary>A pooling stride: empty (libtorch then uses the kernel size) when not given.</summary>
    public static long[] Stride(long[]? stride, int count, string function) =>
        stride is null || stride.Length == 0 ? Array.Empty<long>() : Expand(stride, count, 1, nameof(stride), function);

    public static void Probability(double p, string function)
    {
        if (p < 0 || p > 1 || double.IsNaN(p))
            throw new ArgumentOutOfRangeException(nameof(p), p, $"{function}: the dropout probability must be between 0 and 1.");
    }
}
