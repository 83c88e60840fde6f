using System.Collections;
using System.Globalization;

namespace Zoo;

/// <summary>
/// Named hyperparameter values, immutable: what a block reference fixes (<c>Se.Block(reduction: 16)</c>), what its use
/// site supplies (<c>channels</c>), and what <see cref="ModelEntry.Create"/> takes. Typed getters read them back and
/// say clearly which spec needs which value when one is missing or of the wrong type.
/// </summary>
public sealed class BlockArguments : IEnumerable<KeyValuePair<string, object>>
{
    private readonly KeyValuePair<string, object>[] items;

    private BlockArguments(KeyValuePair<string, object>[] items, string owner)
    {
        this.items = items;
        Owner = owner;
    }

    /// <summary>No arguments.</summary>
    public static BlockArguments Empty { get; } = new(Array.Empty<KeyValuePair<string, object>>(), "");

    /// <summary>The spec these arguments are for, in messages (empty until known).</summary>
    public string Owner { get; }

    /// <summary>How many arguments are given.</summary>
    public int Count => items.Length;

    /// <summary>Whether an argument with this name is given.</summary>
    public bool Contains(string name) => items.Any(i => i.Key == name);

    /// <summary>The same arguments, naming <paramref name="owner"/> in messages.</summary>
    public BlockArguments For(string owner) => new(items, owner);

    /// <summary>These arguments plus an int (null: unchanged).</summary>
    public BlockArguments With(string name, long? value) => value is null ? this : Add(name, value.Value);

    /// <summary>These arguments plus a float (null: unchanged).</summary>
    public BlockArguments With(string name, double? value) => value is null ? this : Add(name, value.Value);

    /// <summary>These arguments plus a bool (null: unchanged).</summary>
    public BlockArguments With(string name, bool? value) => value is null ? this : Add(name, value.Value);

    /// <summary>These arguments plus an int list (null: unchanged).</summary>
    public BlockArguments With(string name, long[]? value) => value is null ? this : Add(name, value);

    /// <summary>These arguments plus a float list (null: unchanged).</summary>
    public BlockArguments With(string name, double[]? value) => value is null ? this : Add(name, value);

    /// <summary>These arguments plus a block reference (null: unchanged).</summary>
    public BlockArguments With(string name, BlockFactory? value) => value is null ? this : Add(name, value);

    /// <summary>These arguments plus an enum value (null: unchanged).</summary>
    public BlockArguments WithEnum<TEnum>(string name, TEnum? value) where TEnum : struct, Enum => value is null ? this : Add(name, value.Value);

    /// <summary>These arguments plus an enum value.</summary>
    public BlockArguments WithEnum<TEnum>(string name, TEnum value) where TEnum : struct, Enum => Add(name, value);

    /// <summary>Both sets of arguments; a name given by both is an error (a block reference cannot be fixed twice).</summary>
    public BlockArguments Merge(BlockArguments other, string owner)
    {
        foreach (var item in other.items)
            if (Contains(item.Key))
                throw new ArgumentException($"{owner}: '{item.Key}' is given twice (fixed as {Format(Get(item.Key)!)} and given as {Format(item.Value)}).", item.Key);
        return new BlockArguments(items.Concat(other.items).ToArray(), owner);
    }

    /// <summary>A required int.</summary>
    public long Int(string name) => Required<long>(name, "an int");

    /// <summary>An int, or <paramref name="fallback"/> when not given.</summary>
    public long Int(string name, long fallback) => Optional<long>(name, "an int") ?? fallback;

    /// <summary>An optional int, or <paramref name="fallback"/> when not given.</summary>
    public long? OptionalInt(string name, long? fallback = null) => Optional<long>(name, "an int") ?? fallback;

    /// <summary>A required float (an int is widened).</summary>
    public double Float(string name) => Number(name) ?? throw Missing(name, "a float");

    /// <summary>A float (an int is widened), or <paramref name="fallback"/> when not given.</summary>
    public double Float(string name, double fallback) => Number(name) ?? fallback;

    /// <summary>An optional float, or <paramref name="fallback"/> when not given.</summary>
    public double? OptionalFloat(string name, double? fallback = null) => Number(name) ?? fallback;

    /// <summary>A required bool.</summary>
    public bool Bool(string name) => Required<bool>(name, "a bool");

    /// <summary>A bool, or <paramref name="fallback"/> when not given.</summary>
    public bool Bool(string name, bool fallback) => Optional<bool>(name, "a bool") ?? fallback;

    /// <summary>A required int list.</summary>
    public long[] Ints(string name) => RequiredReference<long[]>(name, "an int[]");

    /// <summary>An int list, or null when not given.</summary>
    public long[]? OptionalInts(string name) => OptionalReference<long[]>(name, "an int[]");

    /// <summary>A required float list (an int list is widened).</summary>
    public double[] Floats(string name) => Get(name) is long[] ints ? ints.Select(i => (double)i).ToArray() : RequiredReference<double[]>(name, "a float[]");

    /// <summary>A float list, or null when not given.</summary>
    public double[]? OptionalFloats(string name) => Get(name) is long[] ints ? ints.Select(i => (double)i).ToArray() : OptionalReference<double[]>(name, "a float[]");

    /// <summary>A required block reference.</summary>
    public BlockFactory Block(string name) => RequiredReference<BlockFactory>(name, "a block reference");

    /// <summary>A block reference, or null when not given.</summary>
    public BlockFactory? OptionalBlock(string name) => OptionalReference<BlockFactory>(name, "a block reference");

    /// <summary>A required enum value.</summary>
    public TEnum Enum<TEnum>(string name) where TEnum : struct, Enum => Required<TEnum>(name, typeof(TEnum).Name);

    /// <summary>An enum value, or <paramref name="fallback"/> when not given.</summary>
    public TEnum Enum<TEnum>(string name, TEnum fallback) where TEnum : struct, Enum => Optional<TEnum>(name, typeof(TEnum).Name) ?? fallback;

    /// <summary>The arguments in the order they were given.</summary>
    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object>>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>"reduction: 16, attention: Se(reduction: 16)".</summary>
    public override string ToString() => string.Join(", ", items.Select(i => $"{i.Key}: {Format(i.Value)}"));

    private object? Get(string name)
    {
        foreach (var item in items)
            if (item.Key == name) return item.Value;
        return null;
    }

    private BlockArguments Add(string name, object value)
    {
        var kept = items.Where(i => i.Key != name).Append(new KeyValuePair<string, object>(name, value)).ToArray();
        return new BlockArguments(kept, Owner);
    }

    private double? Number(string name) => Get(name) switch
    {
        null => null,
        double d => d,
        long l => l,
        var other => throw WrongType(name, "a float", other),
    };

    private T Required<T>(string name, string what) where T : struct => Optional<T>(name, what) ?? throw Missing(name, what);

    private T? Optional<T>(string name, string what) where T : struct => Get(name) switch
    {
        null => null,
        T value => value,
        var other => throw WrongType(name, what, other),
    };

    private T RequiredReference<T>(string name, string what) where T : class => OptionalReference<T>(name, what) ?? throw Missing(name, what);

    private T? OptionalReference<T>(string name, string what) where T : class => Get(name) switch
    {
        null => null,
        T value => value,
        var other => throw WrongType(name, what, other),
    };

    private ArgumentException Missing(string name, string what) =>
        new($"{OwnerText}needs the hyperparameter '{name}' ({what}), and it was not given (given: {(Count == 0 ? "nothing" : ToString())}).", name);

    private ArgumentException WrongType(string name, string what, object value) =>
        new($"{OwnerText}takes '{name}' as {what}, not {Format(value)} ({value.GetType().Name}).", name);

    private string OwnerText => Owner.Length == 0 ? "" : Owner + " ";

    private static string Format(object value) => value switch
    {
        long[] ints => "[" + string.Join(", ", ints.Select(i => i.ToString(CultureInfo.InvariantCulture))) + "]",
        double[] floats => "[" + string.Join(", ", floats.Select(f => f.ToString("R", CultureInfo.InvariantCulture))) + "]",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => value.ToString() ?? "",
    };
}
