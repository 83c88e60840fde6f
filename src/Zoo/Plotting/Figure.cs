namespace Zoo.Plotting;

/// <summary>One cell of a grid of subplots: the axis references its traces use, and its axes.</summary>
public sealed record Subplot(int Row, int Column, string XRef, string YRef, Axis XAxis, Axis YAxis);

/// <summary>
/// A Plotly figure: traces and a layout, written as Plotly's JSON (<see cref="ToJson"/>, which is also the notebook
/// payload of MIME type <see cref="MimeType"/>), as an HTML fragment (<see cref="ToHtml"/>) or as a whole offline page
/// (<see cref="ToHtmlPage"/>). The JSON is deterministic: the same figure always gives the same bytes.
/// </summary>
[Zoo.Torch.Printing.TypeFormatterSource(typeof(FigureFormatterSource))]
public sealed class Figure
{
    /// <summary>The MIME type notebooks (Jupyter, Polyglot) render Plotly figures from.</summary>
    public const string MimeType = "application/vnd.plotly.v1+json";

    private readonly Subplot[,]? grid;

    public Figure(string? title = null)
    {
        Layout.Title = title;
    }

    private Figure(int rows, int columns, string? title) : this(title) => grid = new Subplot[rows, columns];

    public List<Trace> Data { get; } = new();
    public Layout Layout { get; } = new();

    /// <summary>Adds a trace to the figure (to its only plot, or with axes already set).</summary>
    public Figure Add(Trace trace)
    {
        Data.Add(trace);
        return this;
    }

    /// <summary>Adds a trace to one subplot.</summary>
    public Figure Add(Trace trace, Subplot cell)
    {
        trace.XAxis = cell.XRef;
        trace.YAxis = cell.YRef;
        return Add(trace);
    }

    /// <summary>
    /// A figure with a grid of <paramref name="rows"/> x <paramref name="columns"/> plots, each with its own axes,
    /// and optional titles (row by row) drawn above them.
    /// </summary>
    public static Figure Subplots(int rows, int columns, IReadOnlyList<string>? titles = null, string? title = null,
        double horizontalSpacing = 0.08, double verticalSpacing = 0.14)
    {
        if (rows < 1 || columns < 1) throw new ArgumentException($"A grid needs at least one row and one column, got {rows}x{columns}.");
        if (titles is not null && titles.Count > rows * columns) throw new ArgumentException($"{titles.Count} titles for {rows * columns} subplots.");
        var figure = new Figure(rows, columns, title);
        double width = (1 - (columns - 1) * horizontalSpacing) / columns;
        double height = (1 - (rows - 1) * verticalSpacing) / rows;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < columns; c++)
            {
                int k = r * columns + c + 1;
                string suffix = k == 1 ? "" : k.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var x = figure.Layout.AxisNamed("xaxis" + suffix);
                var y = figure.Layout.AxisNamed("yaxis" + suffix);
                double left = c * (width + horizontalSpacing), top = 1 - r * (height + verticalSpacing);
                x.Domain = new[] { Round(left), Round(left + width) };
                y.Domain = new[] { Round(top - height), Round(top) };
                x.Anchor = "y" + suffix;
                y.Anchor = "x" + suffix;
                figure.grid![r, c] = new Subplot(r, c, "x" + suffix, "y" + suffix, x, y);
                if (titles is not null && k - 1 < titles.Count)
                    figure.Layout.Annotations.Add(new Annotation(titles[k - 1], Round(left + width / 2), Round(top)));
            }
        return figure;
    }

    private static double Round(double v) => Math.Round(v, 6);

    /// <summary>The subplot at (<paramref name="row"/>, <paramref name="column"/>), counted from 0, top left.</summary>
    public Subplot Cell(int row, int column)
    {
        if (grid is null) throw new InvalidOperationException("This figure has no subplots: create it with Figure.Subplots.");
        if ((uint)row >= (uint)grid.GetLength(0) || (uint)column >= (uint)grid.GetLength(1))
            throw new ArgumentOutOfRangeException(nameof(row), $"({row}, {column}) is outside the {grid.GetLength(0)}x{grid.GetLength(1)} grid.");
        return grid[row, column];
    }

    /// <summary>Plotly's JSON: <c>{"data": [...], "layout": {...}}</c>.</summary>
    public string ToJson()
    {
        using var w = new PlotlyJsonWriter();
        w.Json.WriteStartObject();
        WriteDataAndLayout(w);
        w.Json.WriteEndObject();
        return w.ToString();
    }

    internal string DataJson()
    {
        using var w = new PlotlyJsonWriter();
        w.Json.WriteStartArray();
        foreach (var t in Data) t.Write(w);
        w.Json.WriteEndArray();
        return w.ToString();
    }

    internal string LayoutJson()
    {
        using var w = new PlotlyJsonWriter();
        Layout.Write(w);
        return w.ToString();
    }

    private void WriteDataAndLayout(PlotlyJsonWriter w)
    {
        w.Json.WriteStartArray("data");
        foreach (var t in Data) t.Write(w);
        w.Json.WriteEndArray();
        w.Json.WritePropertyName("layout");
        Layout.Write(w);
    }

    /// <summary>An HTML fragment (a div and the script that draws into it); the page must load plotly.js.</summary>
    public string ToHtml(string? id = null) => PlotlyHtml.Fragment(this, id);

    /// <summary>A whole HTML page showing this figure, with plotly.js embedded (works offline) unless told otherwise.</summary>
    public string ToHtmlPage(PlotlyScript? script = null) => PlotlyHtml.Page(Layout.Title ?? "Figure", new[] { ToHtml() }, script);
}
