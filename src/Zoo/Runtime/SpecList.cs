namespace Zoo;

/// <summary>List operations for generated code: comprehensions, splicing lists of modules, Python-style indexing.</summary>
public static class SpecList
{
    /// <summary><c>[create(i) for i in range(start, stop)]</c>.</summary>
    public static T[] Build<T>(long start, long stop, Func<long, T> create)
    {
        var items = new T[Math.Max(0, stop - start)];
        for (var i = start; i < stop; i++) items[i - start] = create(i);
        return items;
    }

    /// <summary>The items of every part, in order (Sequential(stem, [units...], head)).</summary>
    public static T[] Concat<T>(params IEnumerable<T>[] parts) => parts.SelectMany(p => p).ToArray();

    /// <summary>An item by index, counting from the end when negative (Python's xs[-1]).</summary>
    public static T At<T>(IReadOnlyList<T> items, long index)
    {
        var at = index < 0 ? index + items.Count : index;
        if (at < 0 || at >= items.Count) throw new IndexOutOfRangeException($"Index {index} is out of range for a list of {items.Count} items.");
        return items[(int)at];
    }

    /// <summary>Python's xs[start:stop] (either may be null or negative).</summary>
    public static T[] Slice<T>(IReadOnlyList<T> items, long? start, long? stop)
    {
        long n = items.Count;
        long Clamp(long? i, long fallback) => i is null ? fallback : Math.Clamp(i.Value < 0 ? i.Value + n : i.Value, 0, n);
        var from = Clamp(start, 0);
        var to = Clamp(stop, n);
        return from >= to ? Array.Empty<T>() : items.Skip((int)from).Take((int)(to - from)).ToArray();
    }

    /// <summary>A [height, width] list as the (height, width) tuple the binding's 2-D layers take.</summary>
    public static (long, long) Pair(long[] size) =>
        size.Length == 2 ? (size[0], size[1]) : throw new ArgumentException($"A 2-D size has two items [height, width], not {size.Length}.", nameof(size));

    /// <summary>len(xs).</summary>
    public static long Count<T>(IReadOnlyCollection<T> items) => items.Count;

    /// <summary>a + b on int lists.</summary>
    public static long[] Concat(long[] a, long[] b) => a.Concat(b).ToArray();

    /// <summary>a + b on float lists.</summary>
    public static double[] Concat(double[] a, double[] b) => a.Concat(b).ToArray();
}
