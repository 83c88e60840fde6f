using System.Globalization;
using System.Reflection;

namespace Zoo.Cli.Models;

/// <summary>Hyperparameter values read back from a built module and written in the spec language's syntax.</summary>
public static class SpecValues
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>
    /// The values a preset fixes (the spec's hyperparameters the preset does not leave open), read from a module the
    /// preset built: "blocks_per_stage: 3, attention: Se(reduction: 16)".
    /// </summary>
    public static IReadOnlyList<NamedValue> Fixed(ModelEntry preset, ModelEntry spec, object module)
    {
        var open = preset.Hyperparameters.Select(h => h.Name).ToHashSet(StringComparer.Ordinal);
        var values = new List<NamedValue>();
        foreach (var h in spec.Hyperparameters.Where(h => !open.Contains(h.Name)))
        {
            var property = module.GetType().GetProperty(h.Name, BindingFlags.Public | BindingFlags.Instance);
            if (property is null) continue;
            values.Add(new NamedValue(h.Name, new NameSyntax(Format(property.GetValue(module), HyperparameterType.Parse(h.Type)), null)));
        }
        return values;
    }

    /// <summary>A value as a spec writes it; enums by their spec spelling ("zero_pad").</summary>
    public static string Format(object? value, HyperparameterType type) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        long l => l.ToString(C),
        double d => d.ToString("R", C),
        long[] ls => "[" + string.Join(", ", ls.Select(l => l.ToString(C))) + "]",
        double[] ds => "[" + string.Join(", ", ds.Select(d => d.ToString("R", C))) + "]",
        Enum e => "'" + (type.EnumValues.FirstOrDefault(v => Key(v) == Key(e.ToString())) ?? e.ToString()) + "'",
        _ => value.ToString() ?? "",
    };

    private static string Key(string s) => s.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
}
