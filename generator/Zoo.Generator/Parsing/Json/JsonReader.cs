using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Zoo.Generator.Parsing.Json;

/// <summary>The first syntax error of a JSON text: what is wrong and where.</summary>
internal sealed class JsonSyntaxError
{
    public JsonSyntaxError(TextSpan span, string message)
    {
        Span = span;
        Message = message;
    }

    public TextSpan Span { get; }

    public string Message { get; }
}

/// <summary>
/// A strict JSON (RFC 8259) reader that records the span of every value and, for strings, where each decoded
/// character came from. Written here rather than taken from System.Text.Json because a generator runs on
/// netstandard2.0 inside the compiler, where shipping extra dependencies is fragile, and because diagnostics must
/// point at columns inside strings. Never throws: the first error is returned as a value.
/// </summary>
internal sealed class JsonReader
{
    // Deep nesting is the one input that could overflow the stack (which no catch can stop); specs nest a few levels.
    private const int MaxDepth = 128;

    private readonly string text;
    private int pos;
    private int depth;
    private JsonSyntaxError? error;

    private JsonReader(string text) => this.text = text;

    public static JsonValue? Read(string text, out JsonSyntaxError? error)
    {
        var reader = new JsonReader(text);
        var value = reader.ReadDocument();
        error = reader.error;
        return error is null ? value : null;
    }

    private JsonValue? ReadDocument()
    {
        SkipWhitespace();
        if (pos < text.Length && text[pos] == '\uFEFF') pos++; // a byte-order mark the decoder left in
        SkipWhitespace();
        var value = ReadValue();
        if (value is null) return null;
        SkipWhitespace();
        if (pos < text.Length) return Fail(pos, 1, $"unexpected '{Describe(text[pos])}' after the end of the JSON value");
        return value;
    }

    private JsonValue? ReadValue()
    {
        SkipWhitespace();
        if (pos >= text.Length) return Fail(pos, 0, "unexpected end of file: a value is missing");
        var c = text[pos];
        switch (c)
        {
            case '{': return ReadObject();
            case '[': return ReadArray();
            case '"': return ReadString();
            case 't': return ReadLiteral("true", start => JsonValue.NewBoolean(new TextSpan(start, 4), true));
            case 'f': return ReadLiteral("false", start => JsonValue.NewBoolean(new TextSpan(start, 5), false));
            case 'n': return ReadLiteral("null", start => JsonValue.NewNull(new TextSpan(start, 4)));
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return ReadNumber();
                if (c == '\'') return Fail(pos, 1, "strings must be in double quotes (\"...\")");
                return Fail(pos, 1, $"unexpected '{Describe(c)}': expected a value (object, array, string, number, true, false or null)");
        }
    }

    private JsonValue? ReadObject()
    {
        var start = pos;
        if (++depth > MaxDepth) return Fail(pos, 1, $"nesting deeper than {MaxDepth} levels");
        pos++; // {
        var properties = new List<JsonProperty>();
        SkipWhitespace();
        if (Peek() == '}')
        {
            pos++;
            depth--;
            return JsonValue.NewObject(TextSpan.FromBounds(start, pos), properties);
        }
        while (true)
        {
            SkipWhitespace();
            if (pos >= text.Length) return Fail(pos, 0, "unexpected end of file inside an object: '}' is missing");
            if (text[pos] != '"')
                return text[pos] == '}'
                    ? Fail(pos, 1, "trailing comma before '}': remove the last ','")
                    : Fail(pos, 1, $"expected a property name in double quotes, found '{Describe(text[pos])}'");
            var key = ReadString();
            if (key is null) return null;
            SkipWhitespace();
            if (Peek() != ':') return Fail(pos, pos < text.Length ? 1 : 0, $"expected ':' after the property name \"{key.Text}\"");
            pos++;
            var value = ReadValue();
            if (value is null) return null;
            properties.Add(new JsonProperty(key, value));
            SkipWhitespace();
            var next = Peek();
            if (next == ',') { pos++; continue; }
            if (next == '}') { pos++; break; }
            if (pos >= text.Length) return Fail(pos, 0, "unexpected end of file inside an object: '}' is missing");
            return Fail(pos, 1, $"expected ',' or '}}' after a property value, found '{Describe(text[pos])}'");
        }
        depth--;
        return JsonValue.NewObject(TextSpan.FromBounds(start, pos), properties);
    }

    private JsonValue? ReadArray()
    {
        var start = pos;
        if (++depth > MaxDepth) return Fail(pos, 1, $"nesting deeper than {MaxDepth} levels");
        pos++; // [
        var items = new List<JsonValue>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            pos++;
            depth--;
            return JsonValue.NewArray(TextSpan.FromBounds(start, pos), items);
        }
        while (true)
        {
            SkipWhitespace();
            if (Peek() == ']') return Fail(pos, 1, "trailing comma before ']': remove the last ','");
            var item = ReadValue();
            if (item is null) return null;
            items.Add(item);
            SkipWhitespace();
            var next = Peek();
            if (next == ',') { pos++; continue; }
            if (next == ']') { pos++; break; }
            if (pos >= text.Length) return Fail(pos, 0, "unexpected end of file inside an array: ']' is missing");
            return Fail(pos, 1, $"expected ',' or ']' after an array item, found '{Describe(text[pos])}'");
        }
        depth--;
        return JsonValue.NewArray(TextSpan.FromBounds(start, pos), items);
    }

    private JsonValue? ReadString()
    {
        var start = pos;
        pos++; // opening quote
        var builder = new StringBuilder();
        List<int>? offsets = null; // created at the first escape; until then offset = start + 1 + index
        while (true)
        {
            if (pos >= text.Length) return Fail(start, pos - start, "unterminated string: the closing '\"' is missing");
            var c = text[pos];
            if (c == '"') break;
            if (c == '\n' || c == '\r') return Fail(start, pos - start, "unterminated string: a line break inside a string must be written \\n");
            if (c < ' ') return Fail(pos, 1, $"control character U+{(int)c:X4} inside a string: escape it");
            if (c != '\\')
            {
                offsets?.Add(pos);
                builder.Append(c);
                pos++;
                continue;
            }
            if (offsets is null)
            {
                offsets = new List<int>(builder.Length + 16);
                for (var i = 0; i < builder.Length; i++) offsets.Add(start + 1 + i);
            }
            var escapeStart = pos;
            if (pos + 1 >= text.Length) return Fail(pos, 1, "unterminated escape sequence at the end of the file");
            var e = text[pos + 1];
            char decoded;
            var width = 2;
            switch (e)
            {
                case '"': decoded = '"'; break;
                case '\\': decoded = '\\'; break;
                case '/': decoded = '/'; break;
                case 'b': decoded = '\b'; break;
                case 'f': decoded = '\f'; break;
                case 'n': decoded = '\n'; break;
                case 'r': decoded = '\r'; break;
                case 't': decoded = '\t'; break;
                case 'u':
                    if (pos + 6 > text.Length || !int.TryParse(text.Substring(pos + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        return Fail(pos, System.Math.Min(6, text.Length - pos), "invalid \\u escape: expected four hexadecimal digits");
                    decoded = (char)code;
                    width = 6;
                    break;
                default:
                    return Fail(pos, 2, $"invalid escape '\\{Describe(e)}' (valid: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
            }
            offsets.Add(escapeStart);
            builder.Append(decoded);
            pos += width;
        }
        pos++; // closing quote
        offsets?.Add(pos - 1);
        return JsonValue.NewString(TextSpan.FromBounds(start, pos), builder.ToString(), offsets?.ToArray());
    }

    private JsonValue? ReadNumber()
    {
        var start = pos;
        if (Peek() == '-') pos++;
        if (Peek() == '0')
        {
            pos++;
            if (IsDigit(Peek())) return Fail(start, pos - start + 1, "numbers cannot have leading zeros");
        }
        else if (IsDigit(Peek()))
        {
            while (IsDigit(Peek())) pos++;
        }
        else
        {
            return Fail(start, 1, "a '-' must be followed by digits");
        }
        var isInteger = true;
        if (Peek() == '.')
        {
            isInteger = false;
            pos++;
            if (!IsDigit(Peek())) return Fail(start, pos - start, "a '.' in a number must be followed by digits");
            while (IsDigit(Peek())) pos++;
        }
        if (Peek() == 'e' || Peek() == 'E')
        {
            isInteger = false;
            pos++;
            if (Peek() == '+' || Peek() == '-') pos++;
            if (!IsDigit(Peek())) return Fail(start, pos - start, "an exponent must have digits");
            while (IsDigit(Peek())) pos++;
        }
        var raw = text.Substring(start, pos - start);
        var span = TextSpan.FromBounds(start, pos);
        if (isInteger && long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            return JsonValue.NewNumber(span, raw, integer, true, integer);
        var number = double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
        return JsonValue.NewNumber(span, raw, number, false, 0);
    }

    private JsonValue? ReadLiteral(string word, System.Func<int, JsonValue> create)
    {
        var start = pos;
        if (string.CompareOrdinal(text, pos, word, 0, word.Length) != 0 || (pos + word.Length < text.Length && char.IsLetterOrDigit(text[pos + word.Length])))
        {
            var end = pos;
            while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
            return Fail(start, end - start, $"unexpected '{text.Substring(start, end - start)}': expected a value (strings need double quotes)");
        }
        pos += word.Length;
        return create(start);
    }

    private void SkipWhitespace()
    {
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') pos++;
            else if (c == '/' && pos + 1 < text.Length && (text[pos + 1] == '/' || text[pos + 1] == '*'))
            {
                Fail(pos, 2, "comments are not allowed in JSON: put notes in the spec's \"notes\" or \"doc\" properties");
                pos = text.Length;
            }
            else break;
        }
    }

    private char Peek() => pos < text.Length ? text[pos] : '\0';

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static string Describe(char c) => c < ' ' ? $"U+{(int)c:X4}" : c.ToString();

    private JsonValue? Fail(int start, int length, string message)
    {
        if (start > text.Length) start = text.Length;
        if (start + length > text.Length) length = text.Length - start;
        error ??= new JsonSyntaxError(new TextSpan(start, System.Math.Max(0, length)), message);
        return null;
    }
}
