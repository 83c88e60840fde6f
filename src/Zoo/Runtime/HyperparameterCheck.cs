using System.Globalization;

namespace Zoo;

/// <summary>
/// The constraint checks of generated constructors (a spec's min, max, odd, even, divisible_by, one_of, length). Each
/// throws an <see cref="ArgumentException"/> naming the module, the hyperparameter, the rule and the value.
/// </summary>
public static class HyperparameterCheck
{
    /// <summary>value ≥ min (<paramref name="bound"/> is how the spec writes min).</summary>
    public static void Min(string module, string name, long value, long min, string bound)
    {
        if (value < min) throw Fail(module, name, $"at least {Bound(bound, min)}", Text(value));
    }

    /// <summary>value ≥ min (<paramref name="bound"/> is how the spec writes min).</summary>
    public static void Min(string module, string name, double value, double min, string bound)
    {
        if (!(value >= min)) throw Fail(module, name, $"at least {Bound(bound, min)}", Text(value));
    }

    /// <summary>value ≤ max (<paramref name="bound"/> is how the spec writes max).</summary>
    public static void Max(string module, string name, long value, long max, string bound)
    {
        if (value > max) throw Fail(module, name, $"at most {Bound(bound, max)}", Text(value));
    }

    /// <summary>value ≤ max (<paramref name="bound"/> is how the spec writes max).</summary>
    public static void Max(string module, string name, double value, double max, string bound)
    {
        if (!(value <= max)) throw Fail(module, name, $"at most {Bound(bound, max)}", Text(value));
    }

    /// <summary>value is odd.</summary>
    public static void Odd(string module, string name, long value)
    {
        if (value % 2 == 0) throw Fail(module, name, "odd", Text(value));
    }

    /// <summary>value is even.</summary>
    public static void Even(string module, string name, long value)
    {
        if (value % 2 != 0) throw Fail(module, name, "even", Text(value));
    }

    /// <summary>value is a multiple of divisor.</summary>
    public static void DivisibleBy(string module, string name, long value, long divisor, string bound)
    {
        if (divisor == 0 || value % divisor != 0) throw Fail(module, name, $"divisible by {Bound(bound, divisor)}", Text(value));
    }

    /// <summary>value is one of the allowed ints.</summary>
    public static void OneOf(string module, string name, long value, params long[] allowed)
    {
        if (Array.IndexOf(allowed, value) < 0) throw Fail(module, name, "one of " + string.Join(", ", allowed.Select(Text)), Text(value));
    }

    /// <summary>value is one of the allowed floats.</summary>
    public static void OneOf(string module, string name, double value, params double[] allowed)
    {
        if (Array.IndexOf(allowed, value) < 0) throw Fail(module, name, "one of " + string.Join(", ", allowed.Select(Text)), Text(value));
    }

    /// <summary>The list has the given number of items.</summary>
    public static void Length<T>(string module, string name, T[] value, long length, string bound)
    {
        if (value.LongLength != length) throw Fail(module, name, $"of length {Bound(bound, length)}", $"{value.Length} items");
    }

    /// <summary>Applies a per-item check to every item of a list hyperparameter.</summary>
    public static void Each<T>(T[] values, Action<T> check)
    {
        foreach (var value in values) check(value);
    }

    private static ArgumentException Fail(string module, string name, string rule, string value) =>
        new($"{module}: {name} must be {rule}, got {value}.", name);

    private static string Bound(string bound, long value) => bound == Text(value) ? bound : $"{bound} ({Text(value)})";

    private static string Bound(string bound, double value) => bound == Text(value) ? bound : $"{bound} ({Text(value)})";

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
