using System.Text;

namespace Zoo.Cli.Output;

/// <summary>
/// A plain-text table with aligned columns (numbers right-aligned), readable in a terminal and in a log, and easy
/// to parse back: columns are separated by at least two spaces.
/// </summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> rows = new();
    private readonly bool[] rightAligned = new bool[headers.Length];

    /// <summary>Right-aligns the columns at these indices (numbers).</summary>
    public TextTable AlignRight(params int[] columns)
    {
        foreach (var c in columns) rightAligned[c] = true;
        return this;
    }

    public void Add(params string[] cells)
    {
        if (cells.Length != headers.Length) throw new ArgumentException($"{cells.Length} cells for {headers.Length} columns.", nameof(cells));
        rows.Add(cells);
    }

    public int Count => rows.Count;

    /// <summary>The table; the last column is cut to fit <paramref name="width"/> when one is given.</summary>
    public string Render(int? width = null)
    {
        var widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        void Line(string[] cells)
        {
            var line = new StringBuilder();
            for (int i = 0; i < cells.Length; i++)
            {
                bool last = i == cells.Length - 1;
                var cell = rightAligned[i] ? cells[i].PadLeft(widths[i]) : last ? cells[i] : cells[i].PadRight(widths[i]);
                line.Append(cell);
                if (!last) line.Append("  ");
            }
            var s = line.ToString().TrimEnd();
            if (width is { } w && s.Length > w && w > 10) s = s[..(w - 1)] + "…";
            text.Append(s).Append('\n');
        }
        Line(headers);
        foreach (var row in rows) Line(row);
        return text.ToString();
    }
}
