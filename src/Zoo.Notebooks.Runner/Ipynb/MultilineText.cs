using System.Text.Json.Nodes;

namespace Zoo.Notebooks.Runner.Ipynb;

/// <summary>
/// Jupyter's "multiline string": text stored either as one string or as a list of lines, each keeping its
/// <c>\n</c>. Notebooks are written with lists, which keeps diffs line by line.
/// </summary>
public static class MultilineText
{
    /// <summary>The text of a multiline string node (a string, a list of strings, or nothing).</summary>
    public static string Read(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>() ?? "")),
        JsonValue value => value.GetValue<string>(),
        _ => throw new FormatException($"Expected a string or a list of strings, got {node.ToJsonString()}."),
    };

    /// <summary>The text as a list of lines, each but the last ending with <c>\n</c>; empty text is an empty list.</summary>
    public static JsonArray ToLines(string text)
    {
        var lines = new JsonArray();
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            lines.Add(JsonValue.Create(text[start..end]));
            start = end;
        }
        return lines;
    }
}
