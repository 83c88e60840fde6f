using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zoo.Notebooks.Runner.Ipynb;

/// <summary>
/// Writes JSON the way Jupyter (and VS Code) write notebooks: keys sorted at every level, one space of indent,
/// <c>": "</c> between a key and its value, non-ASCII text as is, and Python's escapes for the rest. A notebook that
/// is read and written back without changes keeps its bytes, and a re-run that produces the same outputs produces the
/// same file, so diffs show only what really changed.
/// </summary>
public static class JupyterJson
{
    /// <summary>Parses a notebook or any JSON text, keeping numbers exactly as written.</summary>
    public static JsonNode Parse(string json) =>
        JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false })
        ?? throw new JsonException("The document is empty (null).");

    /// <summary>The node as Jupyter writes it, ending with a newline.</summary>
    public static string Write(JsonNode? node)
    {
        var text = new StringBuilder();
        WriteNode(text, node, 0);
        text.Append('\n');
        return text.ToString();
    }

    private static void WriteNode(StringBuilder text, JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject obj:
                WriteObject(text, obj, depth);
                break;
            case JsonArray array:
                WriteArray(text, array, depth);
                break;
            case JsonValue value:
                WriteValue(text, value);
                break;
        }
    }

    private static void WriteObject(StringBuilder text, JsonObject obj, int depth)
    {
        if (obj.Count == 0)
        {
            text.Append("{}");
            return;
        }
        text.Append('{');
        bool first = true;
        foreach (var (key, child) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(first ? "\n" : ",\n");
            first = false;
            Indent(text, depth + 1);
            WriteString(text, key);
            text.Append(": ");
            WriteNode(text, child, depth + 1);
        }
        text.Append('\n');
        Indent(text, depth);
        text.Append('}');
    }

    private static void WriteArray(StringBuilder text, JsonArray array, int depth)
    {
        if (array.Count == 0)
        {
            text.Append("[]");
            return;
        }
        text.Append('[');
        for (int i = 0; i < array.Count; i++)
        {
            text.Append(i == 0 ? "\n" : ",\n");
            Indent(text, depth + 1);
            WriteNode(text, array[i], depth + 1);
        }
        text.Append('\n');
        Indent(text, depth);
        text.Append(']');
    }

    private static void WriteValue(StringBuilder text, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                WriteString(text, value.GetValue<string>());
                break;
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            case JsonValueKind.Null:
                text.Append("null");
                break;
            case JsonValueKind.Number:
                // A parsed number keeps its original text; a number set from code is written by System.Text.Json.
                text.Append(value.ToJsonString());
                break;
            default:
                throw new JsonException($"Cannot write a JSON value of kind {value.GetValueKind()}.");
        }
    }

    /// <summary>A JSON string with Python's <c>json.dumps(ensure_ascii=False)</c> escapes.</summary>
    internal static void WriteString(StringBuilder text, string s)
    {
        text.Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                default:
                    if (c < 0x20) text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else text.Append(c);
                    break;
            }
        }
        text.Append('"');
    }

    private static void Indent(StringBuilder text, int depth) => text.Append(' ', depth);
}
