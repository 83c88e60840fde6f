using System.Globalization;
using System.Text;

namespace Zoo.Docs;

/// <summary>The few markdown pieces the generated pages are made of.</summary>
internal static class Markdown
{
    /// <summary>Text made safe for one table cell: pipes escaped, line breaks as spaces.</summary>
    public static string Cell(string text) => text.Replace("|", "\\|").Replace("\r", "").Replace("\n", " ");

    /// <summary>A table: the header row, the alignment row (numbers right-aligned), the rows.</summary>
    public static string Table(IReadOnlyList<(string Header, bool Numeric)> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        text.Append("| ").AppendJoin(" | ", columns.Select(c => c.Header)).Append(" |\n");
        text.Append('|').AppendJoin("|", columns.Select(c => c.Numeric ? "---:" : "---")).Append("|\n");
        foreach (var row in rows)
        {
            if (row.Count != columns.Count) throw new ArgumentException($"A row has {row.Count} cells for {columns.Count} columns.");
            text.Append("| ").AppendJoin(" | ", row).Append(" |\n");
        }
        return text.ToString();
    }

    /// <summary>An exact count with thousands separators: 1,234,567.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"[Title](https://arxiv.org/abs/...) (2018)", or the title alone when there is no link.</summary>
    public static string Paper(PaperInfo? paper)
    {
        if (paper is null) return "";
        var url = paper.Arxiv is { } arxiv ? "https://arxiv.org/abs/" + arxiv : paper.Url;
        var title = Cell(paper.Title);
        var linked = url is null ? title : $"[{title}]({url})";
        return paper.Year is { } year ? $"{linked} ({year})" : linked;
    }

    /// <summary>A shape as the specs write it: [2, 64, 14, 14].</summary>
    public static string Shape(IEnumerable<long> shape) => "[" + string.Join(", ", shape) + "]";
}
