using System.Text.RegularExpressions;
using Xunit.Abstractions;
using Zoo.Notebooks.Runner.Outputs;

namespace Zoo.Notebooks.Tests.Notebooks;

/// <summary>
/// The plots a notebook run produces really draw: each Plotly output, put in a page with the local copy of
/// plotly.js (no network), is rendered by a headless Chromium, and the DOM must hold the chart's SVG and its traces.
/// </summary>
[Collection(NotebookSuiteCollection.Name)]
public sealed partial class PlotRenderTests(NotebookSuite suite, ITestOutputHelper output) : IDisposable
{
    private readonly TestNotebooks scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task The_loss_curve_of_the_getting_started_notebook_draws_in_chromium()
    {
        var chromium = HeadlessChromium.Find() ?? throw new InvalidOperationException("Chromium is not installed (apt-get install chromium).");
        var plotly = RepoPaths.Of("node_modules", "plotly.js-dist-min", "plotly.min.js");
        Assert.True(File.Exists(plotly), "plotly.js is not installed: run 'npm ci' in the repository");

        var run = (await suite.SmokeRuns)["00-getting-started.ipynb"];
        Assert.True(run.Succeeded, run.Failure?.Message);
        var plots = run.Cells.SelectMany(c => c.Outputs).OfType<DisplayDataOutput>()
            .SelectMany(d => d.Data).Where(v => v.MimeType == "text/html" && v.Value.Contains("Plotly.newPlot", StringComparison.Ordinal))
            .Select(v => v.Value).ToList();
        var plot = Assert.Single(plots);

        var page = Path.Combine(scratch.Folder, "plot.html");
        File.WriteAllText(page, OfflinePage(plot, plotly));
        var dom = await chromium.DumpDomAsync(page);
        output.WriteLine($"DOM: {dom.Length} characters");

        Assert.Contains("class=\"main-svg\"", dom);
        Assert.Equal(3, TraceGroup().Matches(dom).Count);            // loss, moving average, test accuracy
        Assert.Contains("Small CNN with squeeze-and-excitation on Fashion-MNIST", dom);
        Assert.Matches(PathWithPoints(), dom);                       // the lines have geometry, not just a legend
    }

    /// <summary>A page that loads plotly.js from the local file, then shows the notebook's output.</summary>
    private static string OfflinePage(string fragment, string plotlyPath) =>
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><script>" +
        File.ReadAllText(plotlyPath).Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase) +
        "</script></head><body>\n" + fragment + "\n</body></html>\n";

    [GeneratedRegex("<g class=\"trace scatter")]
    private static partial Regex TraceGroup();

    [GeneratedRegex("class=\"js-line\" d=\"M[-0-9.]+,[-0-9.]+L")]
    private static partial Regex PathWithPoints();
}
