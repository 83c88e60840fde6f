using Zoo.Plotting;

namespace Zoo.Bench;

/// <summary>
/// The blocks' and networks' ratios to PyTorch as a Plotly chart: time on the left, step memory on the right, forward
/// and forward + backward as grouped bars; written as an interactive page and, with Chromium, a PNG for the docs.
/// </summary>
public static class RatioChart
{
    private const int Width = 1400, Height = 900;

    public static Figure Build(IReadOnlyList<Runner.Result> results)
    {
        var models = results.Where(r => r.Case.MeasuresMemory).ToList();
        var keys = models.Select(r => Key(r.Case.Name)).Distinct().ToList();
        var figure = Figure.Subplots(1, 2, new[] { "time, Zoo / PyTorch (below 1: Zoo is faster)", "step memory, Zoo / PyTorch" },
            "Zoo against PyTorch eager, same libtorch and threads", horizontalSpacing: 0.12);
        figure.Layout.Width = Width;
        figure.Layout.Height = Height;
        figure.Layout.BarMode = "group";
        foreach (var (suffix, label, color) in new[] { ("_forward", "forward", "#4C78A8"), ("_train", "forward + backward", "#F58518") })
        {
            var byKey = models.Where(r => r.Case.Name.EndsWith(suffix, StringComparison.Ordinal)).ToDictionary(r => Key(r.Case.Name));
            var present = keys.Where(byKey.ContainsKey).ToList();
            figure.Add(Bars(present, present.Select(k => byKey[k].Ratio), label, color, legend: true), figure.Cell(0, 0));
            var measured = present.Where(k => byKey[k].MemoryRatio is not null).ToList();
            figure.Add(Bars(measured, measured.Select(k => byKey[k].MemoryRatio!.Value), label, color, legend: false), figure.Cell(0, 1));
        }
        foreach (var cell in new[] { figure.Cell(0, 0), figure.Cell(0, 1) })
        {
            cell.YAxis.AutoRange = "reversed";
            cell.XAxis.Title = "ratio";
        }
        return figure;
    }

    /// <summary>Writes the chart beside the markdown: an interactive page (plotly.js from its CDN) and, when Chromium and plotly.js are here, a PNG.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(Figure figure, string folder, string name)
    {
        var written = new List<string>();
        var html = Path.Combine(folder, name + ".html");
        Zoo.IO.AtomicFile.WriteAllText(html, figure.ToHtmlPage(PlotlyScript.From(PlotlyScript.CdnUrl)));
        written.Add(html);
        if (HeadlessChromium.TryFind() is { } chromium && PlotlyScript.TryLocate() is { } plotly)
        {
            var page = Path.Combine(folder, $".{name}.render.html");
            try
            {
                File.WriteAllText(page, PlotlyHtml.Page(name, new[] { PlotlyHtml.Fragment(figure, staticPlot: true) },
                    PlotlyScript.From(new Uri(plotly).AbsoluteUri), "body{margin:0;background:#fff}"));
                var png = Path.Combine(folder, name + ".png");
                await chromium.ScreenshotAsync(page, png, Width, Height);
                written.Add(png);
            }
            finally
            {
                File.Delete(page);
            }
        }
        return written;
    }

    private static Bar Bars(IReadOnlyList<string> keys, IEnumerable<double> ratios, string label, string color, bool legend) =>
        new(PlotValues.Of(ratios), PlotValues.Of(keys))
        {
            Horizontal = true,
            Name = label,
            LegendGroup = label,
            ShowLegend = legend,
            Marker = new MarkerStyle(Color: color),
        };

    private static string Key(string caseName) => caseName[..caseName.LastIndexOf('_')];
}
