namespace Zoo.Plotting;

/// <summary>One axis: its title, scale, range and where it sits (the domain, a fraction of the figure).</summary>
public sealed class Axis
{
    public string? Title { get; set; }

    /// <summary>"linear" (default), "log", "category", "date".</summary>
    public string? Type { get; set; }

    public double[]? Range { get; set; }

    /// <summary>The part of the figure the axis spans, [from, to] in 0..1 (subplots set it).</summary>
    public double[]? Domain { get; set; }

    /// <summary>The axis this one is drawn against ("x", "y2", ...; subplots set it).</summary>
    public string? Anchor { get; set; }

    /// <summary>"reversed" draws the axis backwards (images and matrices have row 0 at the top).</summary>
    public string? AutoRange { get; set; }

    /// <summary>Keeps this axis's scale equal to another's ("x"), for square pixels.</summary>
    public string? ScaleAnchor { get; set; }

    public bool? ShowGrid { get; set; }
    public bool? ZeroLine { get; set; }
    public string? TickFormat { get; set; }

    internal void Write(PlotlyJsonWriter w, string name)
    {
        w.Json.WriteStartObject(name);
        w.Title("title", Title);
        w.String("type", Type);
        if (Range is { } range) w.Values("range", range);
        if (Domain is { } domain) w.Values("domain", domain);
        w.String("anchor", Anchor);
        w.String("autorange", AutoRange);
        w.String("scaleanchor", ScaleAnchor);
        w.Bool("showgrid", ShowGrid);
        w.Bool("zeroline", ZeroLine);
        w.String("tickformat", TickFormat);
        w.Json.WriteEndObject();
    }
}

/// <summary>A text placed on the figure (subplot titles are annotations).</summary>
public sealed record Annotation(string Text, double X, double Y, string XRef = "paper", string YRef = "paper",
    bool ShowArrow = false, string? XAnchor = "center", string? YAnchor = "bottom", double? FontSize = null);

/// <summary>The figure's title, size, axes, legend and annotations (Plotly's layout).</summary>
public sealed class Layout
{
    public string? Title { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }
    public bool? ShowLegend { get; set; }

    /// <summary>"v" (default, right of the plot) or "h" (below it).</summary>
    public string? LegendOrientation { get; set; }

    /// <summary>Margins in pixels: left, right, top, bottom.</summary>
    public (int Left, int Right, int Top, int Bottom)? Margin { get; set; }

    /// <summary>"group" (bars side by side) or "stack".</summary>
    public string? BarMode { get; set; }

    /// <summary>"x unified", "closest", ...</summary>
    public string? HoverMode { get; set; }

    /// <summary>The axes by Plotly name: "xaxis", "yaxis", "xaxis2", ...</summary>
    public SortedDictionary<string, Axis> Axes { get; } = new(StringComparer.Ordinal);

    public List<Annotation> Annotations { get; } = new();

    /// <summary>The x axis of the first (or only) plot.</summary>
    public Axis XAxis => AxisNamed("xaxis");

    /// <summary>The y axis of the first (or only) plot.</summary>
    public Axis YAxis => AxisNamed("yaxis");

    /// <summary>The axis of that name, created on first use.</summary>
    public Axis AxisNamed(string name)
    {
        if (!Axes.TryGetValue(name, out var axis)) Axes[name] = axis = new Axis();
        return axis;
    }

    internal void Write(PlotlyJsonWriter w)
    {
        w.Json.WriteStartObject();
        w.Title("title", Title);
        w.Number("width", Width);
        w.Number("height", Height);
        w.Bool("showlegend", ShowLegend);
        if (LegendOrientation is not null)
        {
            w.Json.WriteStartObject("legend");
            w.String("orientation", LegendOrientation);
            w.Json.WriteEndObject();
        }
        if (Margin is { } m)
        {
            w.Json.WriteStartObject("margin");
            w.Json.WriteNumber("l", m.Left);
            w.Json.WriteNumber("r", m.Right);
            w.Json.WriteNumber("t", m.Top);
            w.Json.WriteNumber("b", m.Bottom);
            w.Json.WriteEndObject();
        }
        w.String("barmode", BarMode);
        w.String("hovermode", HoverMode);
        foreach (var (name, axis) in Axes) axis.Write(w, name);
        if (Annotations.Count > 0)
        {
            w.Json.WriteStartArray("annotations");
            foreach (var a in Annotations)
            {
                w.Json.WriteStartObject();
                w.String("text", a.Text);
                w.Number("x", a.X);
                w.Number("y", a.Y);
                w.String("xref", a.XRef);
                w.String("yref", a.YRef);
                w.Bool("showarrow", a.ShowArrow);
                w.String("xanchor", a.XAnchor);
                w.String("yanchor", a.YAnchor);
                if (a.FontSize is { } size)
                {
                    w.Json.WriteStartObject("font");
                    w.Number("size", size);
                    w.Json.WriteEndObject();
                }
                w.Json.WriteEndObject();
            }
            w.Json.WriteEndArray();
        }
        w.Json.WriteEndObject();
    }
}
