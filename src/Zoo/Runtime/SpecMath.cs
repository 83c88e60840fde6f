namespace Zoo;

/// <summary>
/// The arithmetic of the spec language where it differs from C#'s: Python semantics, because specs are transcribed
/// from PyTorch code (// and % round toward negative infinity; int() truncates; round() halves to even).
/// </summary>
public static class SpecMath
{
    public static long FloorDiv(long a, long b)
    {
        var q = a / b;
        return a % b != 0 && (a < 0) != (b < 0) ? q - 1 : q;
    }

    public static double FloorDiv(double a, double b) => Math.Floor(a / b);

    public static long Mod(long a, long b) => ((a % b) + b) % b;

    public static double Mod(double a, double b) => a - b * Math.Floor(a / b);

    /// <summary>An int raised to a non-negative int power (checked: overflow throws).</summary>
    public static long Pow(long value, long exponent)
    {
        if (exponent < 0) throw new ArgumentOutOfRangeException(nameof(exponent), exponent, "An int power needs a non-negative exponent.");
        long result = 1;
        for (long i = 0; i < exponent; i++) result = checked(result * value);
        return result;
    }

    public static long Max(params long[] values) => values.Max();

    public static double Max(params double[] values) => values.Max();

    public static long Min(params long[] values) => values.Min();

    public static double Min(params double[] values) => values.Min();

    public static long Int(double value) => (long)Math.Truncate(value);

    public static long Int(long value) => value;

    public static long Floor(double value) => (long)Math.Floor(value);

    public static long Floor(long value) => value;

    public static long Ceil(double value) => (long)Math.Ceiling(value);

    public static long Ceil(long value) => value;

    public static long Round(double value) => (long)Math.Round(value, MidpointRounding.ToEven);

    public static long Round(long value) => value;

    public static double Log2(double value) => Math.Log2(value);
}
