namespace Zoo.Cli.Models;

/// <summary>
/// A hyperparameter's type as the catalog writes it: <c>int</c>, <c>float?</c>, <c>int[]</c>, <c>bool</c>,
/// <c>enum {projection, zero_pad}</c>, <c>block</c>, <c>block?</c>.
/// </summary>
public sealed record HyperparameterType(string Element, bool IsList, bool IsNullable, IReadOnlyList<string> EnumValues)
{
    public bool IsEnum => Element == "enum";
    public bool IsBlock => Element == "block";

    public static HyperparameterType Parse(string text)
    {
        text = text.Trim();
        if (text.StartsWith("enum", StringComparison.Ordinal))
        {
            int open = text.IndexOf('{'), close = text.LastIndexOf('}');
            var values = open >= 0 && close > open
                ? text[(open + 1)..close].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : Array.Empty<string>();
            return new HyperparameterType("enum", false, text.EndsWith('?'), values);
        }
        bool nullable = text.EndsWith('?');
        if (nullable) text = text[..^1];
        bool list = text.EndsWith("[]", StringComparison.Ordinal);
        if (list) text = text[..^2];
        return new HyperparameterType(text, list, nullable, Array.Empty<string>());
    }

    public override string ToString() => IsEnum
        ? $"one of {string.Join(", ", EnumValues)}"
        : Element switch { "int" => "an int", "float" => "a float", "bool" => "a bool", "block" => "a block reference", var e => e } +
          (IsList ? " list" : "") + (IsNullable ? " or null" : "");
}
