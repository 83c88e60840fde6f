using System.Globalization;
using System.Text;
using Zoo.Generator.Semantics;

namespace Zoo.Generator.Emit;

/// <summary>C# literals and names, culture-invariant: the same spec gives the same bytes on every machine.</summary>
internal static class CSharp
{
    public static string Name(string name) => NameRules.Escape(name);

    /// <summary>An int of the spec language (a C# long): always with the L suffix, so no constant arithmetic overflows as int.</summary>
    public static string Long(long value) => value == long.MinValue ? "long.MinValue" : value.ToString(CultureInfo.InvariantCulture) + "L";

    /// <summary>A float as a C# double literal that reads back to the same value.</summary>
    public static string Double(double value)
    {
        if (double.IsPositiveInfinity(value)) return "double.PositiveInfinity";
        if (double.IsNegativeInfinity(value)) return "double.NegativeInfinity";
        if (double.IsNaN(value)) return "double.NaN";
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.IndexOfAny(new[] { '.', 'E', 'e' }) >= 0 ? text : text + "d";
    }

    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>A regular C# string literal with escapes.</summary>
    public static string String(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (c < ' ' || c == '\u2028' || c == '\u2029' || c == '\u0085') builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    /// <summary>Text for an XML doc comment: &amp;, &lt;, &gt; escaped; line breaks kept.</summary>
    public static string Xml(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\r': break;
                default:
                    builder.Append(c < ' ' && c != '\n' ? ' ' : c);
                    break;
            }
        }
        return builder.ToString();
    }
}
