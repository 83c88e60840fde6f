using Zoo.Torch.Imaging;

namespace Zoo.Plotting;

/// <summary>One thing drawn in a figure (Plotly's "trace"): a line, bars, a heat map, an image.</summary>
public abstract class Trace
{
    /// <summary>The name shown in the legend and on hover.</summary>
    public string? Name { get; set; }

    /// <summary>The x axis this trace uses: "x" (default), "x2", ... (set by subplots).</summary>
    public string? XAxis { get; set; }

    /// <summary>The y axis this trace uses: "y" (default), "y2", ...</summary>
    public string? YAxis { get; set; }

    public bool? ShowLegend { get; set; }

    /// <summary>Traces with the same legend group toggle together (one model's curves in several panels).</summary>
    public string? LegendGroup { get; set; }

    /// <summary>Plotly's trace type ("scatter", "bar", "heatmap", "image").</summary>
    public abstract string Type { get; }

    internal void Write(PlotlyJsonWriter w)
    {
        w.Json.WriteStartObject();
        w.String("type", Type);
        w.String("name", Name);
        w.String("xaxis", XAxis);
        w.String("yaxis", YAxis);
        w.Bool("showlegend", ShowLegend);
        w.String("legendgroup", LegendGroup);
        WriteProperties(w);
        w.Json.WriteEndObject();
    }

    private protected abstract void WriteProperties(PlotlyJsonWriter w);
}

/// <summary>How a scatter trace draws its points.</summary>
public enum ScatterMode
{
    Lines,
    Markers,
    LinesAndMarkers,
    Text,
    MarkersAndText,
}

/// <summary>The style of a line.</summary>
public sealed record LineStyle(string? Color = null, double? Width = null, string? Dash = null);

/// <summary>The style of markers.</summary>
public sealed record MarkerStyle(string? Color = null, double? Size = null, string? Symbol = null, IReadOnlyList<double>? Sizes = null);

/// <summary>Points joined by lines, or markers (Plotly's scatter).</summary>
public sealed class Scatter : Trace
{
    public Scatter(PlotValues x, PlotValues y)
    {
        if (x.Count != y.Count) throw new ArgumentException($"A scatter trace needs as many x values as y values ({x.Count} and {y.Count}).");
        X = x;
        Y = y;
    }

    public override string Type => "scatter";
    public PlotValues X { get; }
    public PlotValues Y { get; }
    public ScatterMode Mode { get; set; } = ScatterMode.Lines;
    public LineStyle? Line { get; set; }
    public MarkerStyle? Marker { get; set; }

    /// <summary>A label per point (shown on hover, or drawn with the text modes).</summary>
    public IReadOnlyList<string>? Text { get; set; }

    public string? TextPosition { get; set; }
    public string? HoverTemplate { get; set; }

    private protected override void WriteProperties(PlotlyJsonWriter w)
    {
        w.String("mode", Mode switch
        {
            ScatterMode.Lines => "lines",
            ScatterMode.Markers => "markers",
            ScatterMode.LinesAndMarkers => "lines+markers",
            ScatterMode.Text => "text",
            _ => "markers+text",
        });
        w.Values("x", X);
        w.Values("y", Y);
        if (Line is { } line)
        {
            w.Json.WriteStartObject("line");
            w.String("color", line.Color);
            w.Number("width", line.Width);
            w.String("dash", line.Dash);
            w.Json.WriteEndObject();
        }
        WriteMarker(w, Marker);
        w.Strings("text", Text);
        w.String("textposition", TextPosition);
        w.String("hovertemplate", HoverTemplate);
    }

    internal static void WriteMarker(PlotlyJsonWriter w, MarkerStyle? marker)
    {
        if (marker is null) return;
        w.Json.WriteStartObject("marker");
        w.String("color", marker.Color);
        if (marker.Sizes is { } sizes) w.Values("size", PlotValues.Of(sizes));
        else w.Number("size", marker.Size);
        w.String("symbol", marker.Symbol);
        w.Json.WriteEndObject();
    }
}

/// <summary>Bars (Plotly's bar), vertical by default.</summary>
public sealed class Bar : Trace
{
    public Bar(PlotValues x, PlotValues y)
    {
        if (x.Count != y.Count) throw new ArgumentException($"A bar trace needs as many x values as y values ({x.Count} and {y.Count}).");
        X = x;
        Y = y;
    }

    public override string Type => "bar";
    public PlotValues X { get; }
    public PlotValues Y { get; }

    /// <summary>True for horizontal bars (then x holds the lengths and y the categories).</summary>
    public bool Horizontal { get; set; }

    public MarkerStyle? Marker { get; set; }
    public IReadOnlyList<string>? Text { get; set; }
    public string? TextPosition { get; set; }

    private protected override void WriteProperties(PlotlyJsonWriter w)
    {
        w.Values("x", X);
        w.Values("y", Y);
        if (Horizontal) w.String("orientation", "h");
        Scatter.WriteMarker(w, Marker);
        w.Strings("text", Text);
        w.String("textposition", TextPosition);
    }
}

/// <summary>A matrix of values as colours (Plotly's heatmap): confusion matrices, attention maps.</summary>
public sealed class Heatmap : Trace
{
    public Heatmap(double[,] z) => Z = z;

    public override string Type => "heatmap";

    /// <summary>The values, row by row (row 0 is drawn at the bottom unless the y axis is reversed).</summary>
    public double[,] Z { get; }

    public PlotValues? X { get; set; }
    public PlotValues? Y { get; set; }

    /// <summary>A Plotly colour scale name ("Viridis", "Blues", "Greys", ...).</summary>
    public string? ColorScale { get; set; }

    public double? ZMin { get; set; }
    public double? ZMax { get; set; }
    public bool? ShowScale { get; set; }

    /// <summary>Text drawn in each cell, e.g. "%{z}" or "%{z:.2f}".</summary>
    public string? TextTemplate { get; set; }

    private protected override void WriteProperties(PlotlyJsonWriter w)
    {
        w.Matrix("z", Z);
        w.Values("x", X);
        w.Values("y", Y);
        w.String("colorscale", ColorScale);
        w.Number("zmin", ZMin);
        w.Number("zmax", ZMax);
        w.Bool("showscale", ShowScale);
        w.String("texttemplate", TextTemplate);
    }
}

/// <summary>A picture (Plotly's image trace): 8-bit RGB pixels, drawn with square pixels, row 0 at the top.</summary>
public sealed class ImageTrace : Trace
{
    private readonly byte[] rgb;

    /// <summary>An image from interleaved pixels (HWC) with 1 (grey) or 3 (RGB) channels.</summary>
    public ImageTrace(byte[] pixels, int width, int height, int channels)
    {
        if (channels is not (1 or 3)) throw new ArgumentException($"An image trace takes grey or RGB pixels, not {channels} channels.");
        if (pixels.Length != width * height * channels) throw new ArgumentException($"{width}x{height}x{channels} pixels need {width * height * channels} bytes, got {pixels.Length}.");
        Width = width;
        Height = height;
        rgb = channels == 3 ? pixels : pixels.SelectMany(v => new[] { v, v, v }).ToArray();
    }

    public override string Type => "image";
    public int Width { get; }
    public int Height { get; }

    /// <summary>
    /// True: the pixels go into the figure as a PNG data URI (Plotly's <c>source</c>) instead of numbers (<c>z</c>),
    /// a small fraction of the size, for large pictures and figures with many of them (notebooks store every figure
    /// they show). Hovering then shows no pixel values.
    /// </summary>
    public bool Png { get; set; }

    private protected override void WriteProperties(PlotlyJsonWriter w)
    {
        if (Png)
        {
            var encoded = ImageCodec.EncodePng(new Image(Width, Height, 3, rgb));
            w.String("source", "data:image/png;base64," + Convert.ToBase64String(encoded));
            return;
        }
        w.Json.WriteStartArray("z");
        for (int y = 0; y < Height; y++)
        {
            w.Json.WriteStartArray();
            for (int x = 0; x < Width; x++)
            {
                w.Json.WriteStartArray();
                for (int c = 0; c < 3; c++) w.Json.WriteNumberValue(rgb[(y * Width + x) * 3 + c]);
                w.Json.WriteEndArray();
            }
            w.Json.WriteEndArray();
        }
        w.Json.WriteEndArray();
    }
}
