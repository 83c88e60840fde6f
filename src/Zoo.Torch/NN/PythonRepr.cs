using System.Globalization;

namespace Zoo.Torch.Modules;

/// <summary>
/// Values written as Python's <c>repr</c> writes them, so that a module prints as it does in PyTorch
/// (<c>eps=1e-05</c>, <c>kernel_size=(3, 3)</c>, <c>bias=False</c>).
/// </summary>
internal static class PythonRepr
{
    public static string Bool(bool value) => value ? "True" : "False";

    /// <summary>A tuple of ints: <c>(3, 3)</c>, or <c>(3,)</c> for one element.</summary>
    public static string Tuple(IReadOnlyList<long> values) =>
        values.Count == 1 ? $"({values[0]},)" : "(" + string.Join(", ", values) + ")";

    public static string Tuple(IReadOnlyList<double> values) =>
        values.Count == 1 ? $"({Float(values[0])},)" : "(" + string.Join(", ", values.Select(Float)) + ")";

    /// <summary>
    /// Python's shortest round-trip form: positional between 1e-4 and 1e16 (<c>0.1</c>, <c>1.0</c>), scientific
    /// outside with at least two exponent digits (<c>1e-05</c>, <c>1e+16</c>).
    /// </summary>
    public static string Float(double value)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsInfinity(value)) return value > 0 ? "inf" : "-inf";
        if (value == 0) return double.IsNegative(value) ? "-0.0" : "0.0";

        // Shortest round-trip digits and the position of the decimal point relative to them.
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        string mantissa = shortest, exponentText = "0";
        int e = shortest.IndexOfAny(new[] { 'E', 'e' });
        if (e >= 0)
        {
            mantissa = shortest[..e];
            exponentText = shortest[(e + 1)..];
        }
        int point = mantissa.IndexOf('.');
        string digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        int pointPosition = (point < 0 ? mantissa.Length : point) + int.Parse(exponentText, CultureInfo.InvariantCulture);
        int leading = digits.Length - digits.TrimStart('0').Length;
        digits = digits.TrimStart('0');
        pointPosition -= leading;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) digits = "0";

        int exponent = pointPosition - 1;
        string sign = value < 0 ? "-" : "";
        if (exponent >= -4 && exponent < 16)
        {
            if (pointPosition <= 0) return sign + "0." + new string('0', -pointPosition) + digits;
            if (pointPosition >= digits.Length) return sign + digits + new string('0', pointPosition - digits.Length) + ".0";
            return sign + digits[..pointPosition] + "." + digits[pointPosition..];
        }
        var body = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
        return sign + body + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
    }
}
