namespace Zoo.Bench;

/// <summary>
/// Writes a benchmark's table into its section of a markdown file (between <c>&lt;!-- name:begin --&gt;</c> and
/// <c>&lt;!-- name:end --&gt;</c>), leaving the rest of the file as it is, or appends the section; write, then rename.
/// </summary>
public static class MarkdownSection
{
    public static void Write(string path, string name, string content)
    {
        string begin = $"<!-- {name}:begin -->", end = $"<!-- {name}:end -->";
        var block = $"{begin}\n{content.TrimEnd()}\n{end}";
        var text = File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n";
        int b = text.IndexOf(begin, StringComparison.Ordinal), e = text.IndexOf(end, StringComparison.Ordinal);
        text = b >= 0 && e > b ? text[..b] + block + text[(e + end.Length)..] : text.TrimEnd() + "\n\n" + block + "\n";
        var temporary = $"{path}.tmp-{Environment.ProcessId}";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }
}
