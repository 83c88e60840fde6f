namespace Zoo;

/// <summary>
/// The arithmetic of the spec language where it differs from C#'s: Python semantics, because specs are transcribed
/// from PyTorch code (// and % round toward negative infinity; int() truncates; round() halves to even).
/// </summary>
public static class SpecMath
{
    /// <summary>a // b on ints: rounds toward negative infinity.</summary>
    public static long FloorDiv(long a, long b)
    {
        var q = a / b;
        return a % b != 0 && (a < 0) != (b < 0) ? q - 1 : q;
    }

    /// <summary>a // b on floats: floor(a / b).</summary>
    public static double FloorDiv(double a, double b) => Math.Floor(a / b);

    /// <summary>a % b on ints: the sign of b.</summary>
    public static long Mod(long a, long b) => ((a % b) + b) % b;

    /// <summary>a % b on floats: the sign of b.</summary>
    public static double Mod(double a, double b) => a - b * Math.Floor(a / b);

    /// <summary>An int raised to a non-negative int power (checked: overflow throws).</summary>
    public static long Pow(long value, long exponent)
    {
        if (exponent < 0) throw new ArgumentOutOfRangeException(nameof(exponent), exponent, "An int power needs a non-negative exponent.");
        long result = 1;
        for (long i = 0; i < exponent; i++) result = checked(result * value);
        return result;
    }

    /// <summary>The largest int.</summary>
    public static long Max(params long[] values) => values.Max();

    /// <summary>The largest number.</summary>
    public static double Max(params double[] values) => values.Max();

    /// <summary>The smallest int.</summary>
    public static long Min(params long[] values) => values.Min();

    /// <summary>The smallest number.</summary>
    public static double Min(params double[] values) => values.Min();

    /// <summary>int(x): truncates toward zero.</summary>
    public static long Int(double value) => (long)Math.Truncate(value);

    /// <summary>int(x) of an int: itself.</summary>
    public static long Int(long value) => value;

    /// <summary>floor(x) as an int.</summary>
    public static long Floor(double value) => (long)Math.Floor(value);

    /// <summary>floor(x) of an int: itself.</summary>
    public static long Floor(long value) => value;

    /// <summary>ceil(x) as an int.</summary>
    public static long Ceil(double value) => (long)Math.Ceiling(value);

    /// <summary>ceil(x) of an int: itself.</summary>
    public static long Ceil(long value) => value;

    /// <summary>round(x) as an int, halves to even (Python's round).</summary>
    public static long Round(double value) => (long)Math.Round(value, MidpointRounding.ToEven);

    /// <summary>round(x) of an int: itself.</summary>
    public static long Round(long value) => value;

    /// <summary>The base-2 logarithm.</summary>
    public static double Log2(double value) => Math.Log2(value);
}
