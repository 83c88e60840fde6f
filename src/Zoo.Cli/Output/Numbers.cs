using System.Globalization;

namespace Zoo.Cli.Output;

/// <summary>How the command line writes numbers: counts with separators, large counts with a unit, percentages, times.</summary>
public static class Numbers
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>"272,095".</summary>
    public static string Count(long value) => value.ToString("N0", C);

    /// <summary>"40.8 M", "1.23 G", "8.6 k".</summary>
    public static string Short(double value) => value switch
    {
        >= 1e9 => (value / 1e9).ToString("0.##", C) + " G",
        >= 1e6 => (value / 1e6).ToString("0.#", C) + " M",
        >= 1e3 => (value / 1e3).ToString("0.#", C) + " k",
        _ => value.ToString("0", C),
    };

    /// <summary>"91.23%".</summary>
    public static string Percent(double fraction) => double.IsFinite(fraction) ? (100 * fraction).ToString("F2", C) + "%" : "-";

    /// <summary>"12.3" (one decimal).</summary>
    public static string Fixed1(double value) => double.IsFinite(value) ? value.ToString("F1", C) : "-";

    /// <summary>"0.8412".</summary>
    public static string Fixed4(double value) => double.IsFinite(value) ? value.ToString("F4", C) : "-";

    /// <summary>"3.52 ms".</summary>
    public static string Milliseconds(double seconds) => (seconds * 1000).ToString(seconds < 0.01 ? "F2" : "F1", C) + " ms";

    /// <summary>"1:05" or "1:02:03".</summary>
    public static string Duration(double seconds)
    {
        var t = TimeSpan.FromSeconds(Math.Round(seconds));
        return t.TotalHours >= 1 ? $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}" : $"{t.Minutes}:{t.Seconds:00}";
    }

    /// <summary>"[2, 64, 14, 14]".</summary>
    public static string Shape(IEnumerable<long> shape) => "[" + string.Join(", ", shape.Select(d => d.ToString(C))) + "]";
}
