using System.CommandLine;
using System.Globalization;

namespace Zoo.Cli.Options;

/// <summary>Range checks for numeric options, reported by the parser as one line naming the option and the value.</summary>
public static class OptionChecks
{
    /// <summary>The option's value, when given, is at least <paramref name="min"/>.</summary>
    public static Option<int> AtLeast(this Option<int> option, int min)
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && Parsed(result.GetValueOrDefault<int>, out var value) && value < min) result.AddError($"{option.Name} must be at least {min}, got {value}");
        });
        return option;
    }

    /// <summary>The option's value, when given, is at least <paramref name="min"/>.</summary>
    public static Option<int?> AtLeast(this Option<int?> option, int min)
    {
        option.Validators.Add(result =>
        {
            if (Parsed(result.GetValueOrDefault<int?>, out var value) && value is { } v && v < min) result.AddError($"{option.Name} must be at least {min}, got {v}");
        });
        return option;
    }

    /// <summary>The option's value, when given, lies in [min, max) (or (min, max) when <paramref name="openBelow"/>).</summary>
    public static Option<double> Within(this Option<double> option, double min, double max, bool openBelow = false, bool closedAbove = false)
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 0 || !Parsed(result.GetValueOrDefault<double>, out var value)) return;
            bool above = openBelow ? value > min : value >= min;
            bool below = closedAbove ? value <= max : value < max;
            if (!(above && below))
            {
                var range = (openBelow ? "(" : "[") + Text(min) + ", " + (double.IsPositiveInfinity(max) ? "inf" : Text(max)) + (closedAbove ? "]" : ")");
                result.AddError($"{option.Name} must be in {range}, got {Text(value)}");
            }
        });
        return option;
    }

    /// <summary>
    /// A value from a validator, or false when it does not parse: the parser reports that itself ("Cannot parse
    /// argument 'abc' for option '--epochs'"), and a validator must not fail on it a second time.
    /// </summary>
    public static bool Parsed<T>(Func<T> read, out T value)
    {
        try
        {
            value = read();
            return true;
        }
        catch (InvalidOperationException)
        {
            value = default!;
            return false;
        }
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
