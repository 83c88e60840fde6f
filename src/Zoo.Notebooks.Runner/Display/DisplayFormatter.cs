using System.Collections;
using System.Globalization;
using System.Text;
using Zoo.Notebooks.Runner.Outputs;

namespace Zoo.Notebooks.Runner.Display;

/// <summary>
/// Turns a value into the renderings a notebook stores: the value's own formatters when it has some (see
/// <see cref="ConventionFormatters"/>), HTML for <see cref="HtmlContent"/>, and readable plain text otherwise
/// (strings as they are, sequences as <c>[a, b, c]</c>, everything else by <c>ToString()</c>).
/// </summary>
public static class DisplayFormatter
{
    /// <summary>How many items of a sequence are written before the rest is counted (dotnet-interactive's default).</summary>
    public const int ListExpansionLimit = 20;

    /// <summary>The text shown for null.</summary>
    public const string NullText = "<null>";

    /// <summary>The renderings of <paramref name="value"/>, limited to <paramref name="mimeTypes"/> when given.</summary>
    public static IReadOnlyList<FormattedValue> Format(object? value, IReadOnlyCollection<string>? mimeTypes = null)
    {
        switch (value)
        {
            case null:
                return new[] { new FormattedValue(FormattedValue.PlainText, NullText) };
            case HtmlContent html:
                return new[] { new FormattedValue(FormattedValue.Html, html.Html) };
            case ScriptContent script:
                return new[] { new FormattedValue(FormattedValue.Html, "<script type=\"text/javascript\">\n" + script.Code + "\n</script>") };
        }
        if (ConventionFormatters.Has(value.GetType()))
        {
            var own = ConventionFormatters.Format(value, mimeTypes);
            if (own.Count > 0) return own;
        }
        if (mimeTypes is { Count: > 0 } && !mimeTypes.Contains(FormattedValue.PlainText))
            return mimeTypes.Select(m => new FormattedValue(m, PlainText(value))).ToList();
        return new[] { new FormattedValue(FormattedValue.PlainText, PlainText(value)) };
    }

    /// <summary>The plain-text rendering used when a value has no formatter of its own.</summary>
    public static string PlainText(object? value) => value switch
    {
        null => NullText,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable sequence when !HasOwnToString(value.GetType()) => Sequence(sequence),
        _ => value.ToString() ?? "",
    };

    private static string Sequence(IEnumerable sequence)
    {
        var text = new StringBuilder("[");
        int shown = 0, more = 0;
        foreach (var item in sequence)
        {
            if (shown == ListExpansionLimit)
            {
                more++;
                continue;
            }
            if (shown > 0) text.Append(", ");
            text.Append(PlainText(item));
            shown++;
        }
        if (more > 0) text.Append(CultureInfo.InvariantCulture, $" ... ({more} more)");
        return text.Append(']').ToString();
    }

    /// <summary>True when a type overrides <c>ToString</c> itself, so its own text beats a list of its items.</summary>
    private static bool HasOwnToString(Type type)
    {
        var declaring = type.GetMethod(nameof(ToString), Type.EmptyTypes)?.DeclaringType;
        return declaring is not null && declaring != typeof(object);
    }
}
