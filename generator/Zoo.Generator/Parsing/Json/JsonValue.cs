using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Zoo.Generator.Parsing.Json;

internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}

/// <summary>
/// One JSON value of a spec file with the span it was read from. Lives only inside the parse step (it is turned into
/// the spec's syntax model there), so it is a plain class rather than a value-equatable record.
/// </summary>
internal sealed class JsonValue
{
    private JsonValue(JsonKind kind, TextSpan span)
    {
        Kind = kind;
        Span = span;
    }

    public JsonKind Kind { get; }

    /// <summary>From the first to the last character of the value (quotes and brackets included).</summary>
    public TextSpan Span { get; }

    public IReadOnlyList<JsonProperty> Properties { get; private set; } = System.Array.Empty<JsonProperty>();

    public IReadOnlyList<JsonValue> Items { get; private set; } = System.Array.Empty<JsonValue>();

    /// <summary>The decoded text of a string (escapes resolved).</summary>
    public string Text { get; private set; } = "";

    /// <summary>For a string with escapes: the source offset of each decoded character (plus one entry for the end).</summary>
    private int[]? offsets;

    public bool Boolean { get; private set; }

    /// <summary>The number as written, for messages and exact integer parsing.</summary>
    public string Raw { get; private set; } = "";

    public double Number { get; private set; }

    /// <summary>True when the number has no fraction or exponent and fits a 64-bit integer.</summary>
    public bool IsInteger { get; private set; }

    public long Integer { get; private set; }

    public string KindName => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => IsInteger ? "an integer" : "a number",
        JsonKind.Boolean => "a boolean",
        _ => "null",
    };

    public JsonProperty? this[string name]
    {
        get
        {
            foreach (var property in Properties)
                if (property.Name == name) return property;
            return null;
        }
    }

    /// <summary>
    /// The source span of decoded characters [start, start + length) of a string, so that a diagnostic inside an
    /// expression written in a string points at the right column even when the string holds escapes.
    /// </summary>
    public TextSpan SourceSpanOf(int start, int length)
    {
        if (start < 0) start = 0;
        if (start > Text.Length) start = Text.Length;
        if (length < 0) length = 0;
        if (start + length > Text.Length) length = Text.Length - start;
        var from = SourceOffsetOf(start);
        var to = length == 0 ? from : SourceOffsetOf(start + length - 1) + CharWidth(start + length - 1);
        return TextSpan.FromBounds(from, to);
    }

    private int SourceOffsetOf(int index) => offsets is null ? Span.Start + 1 + index : offsets[index];

    private int CharWidth(int index) => offsets is null ? 1 : offsets[index + 1] - offsets[index];

    public static JsonValue NewObject(TextSpan span, IReadOnlyList<JsonProperty> properties) =>
        new(JsonKind.Object, span) { Properties = properties };

    public static JsonValue NewArray(TextSpan span, IReadOnlyList<JsonValue> items) =>
        new(JsonKind.Array, span) { Items = items };

    public static JsonValue NewString(TextSpan span, string text, int[]? offsets) =>
        new(JsonKind.String, span) { Text = text, offsets = offsets };

    public static JsonValue NewNumber(TextSpan span, string raw, double number, bool isInteger, long integer) =>
        new(JsonKind.Number, span) { Raw = raw, Number = number, IsInteger = isInteger, Integer = integer };

    public static JsonValue NewBoolean(TextSpan span, bool value) =>
        new(JsonKind.Boolean, span) { Boolean = value, Raw = value ? "true" : "false" };

    public static JsonValue NewNull(TextSpan span) => new(JsonKind.Null, span) { Raw = "null" };
}

/// <summary>A member of a JSON object: its name (as a string value, for its span) and its value.</summary>
internal sealed class JsonProperty
{
    public JsonProperty(JsonValue key, JsonValue value)
    {
        Key = key;
        Value = value;
    }

    public JsonValue Key { get; }

    public string Name => Key.Text;

    public JsonValue Value { get; }
}
