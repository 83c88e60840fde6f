using System.Text.RegularExpressions;
using Xunit.Abstractions;
using Zoo.Notebooks.Runner.Outputs;
using Zoo.Plotting;

namespace Zoo.Notebooks.Tests.Notebooks;

/// <summary>
/// The figures a notebook run displays really draw: the HTML of each one, put in a page that embeds the local copy
/// of plotly.js (no network), is rendered by a headless Chromium, and the DOM must hold the chart's SVG and traces.
/// </summary>
[Collection(NotebookSuiteCollection.Name)]
public sealed partial class PlotRenderTests(NotebookSuite suite, ITestOutputHelper output) : IDisposable
{
    private readonly TestNotebooks scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task The_training_curves_of_the_getting_started_notebook_draw_in_chromium()
    {
        var chromium = HeadlessChromium.TryFind() ?? throw new InvalidOperationException("Chromium is not installed (apt-get install chromium).");
        var run = (await suite.SmokeRuns)["00-getting-started.ipynb"];
        Assert.True(run.Succeeded, run.Failure?.Message);
        var figures = run.Cells.SelectMany(c => c.Outputs)
            .Select(o => o switch { DisplayDataOutput d => d.Data, ExecuteResultOutput r => r.Data, _ => [] })
            .Where(data => data.Any(v => v.MimeType == Figure.MimeType))
            .ToList();
        Assert.Equal(2, figures.Count);                                            // training curves, excitation heat map

        var page = Path.Combine(scratch.Folder, "figures.html");
        File.WriteAllText(page, PlotlyHtml.Page("notebook figures", figures.Select(f => f.Single(v => v.MimeType == "text/html").Value)));
        var dom = await chromium.DumpDomAsync(page);
        output.WriteLine($"DOM: {dom.Length} characters");

        Assert.Equal(2, Regex.Matches(dom, "<div class=\"plot-container plotly\"").Count);
        Assert.Equal(3, TraceGroup().Matches(dom).Count);                          // loss, moving average, accuracy
        Assert.True(LineWithPoints().Matches(dom).Count >= 2, "the loss curves have no geometry");
        Assert.Contains("class=\"point\"", dom);                                  // the accuracy markers
        Assert.Contains(">Small CNN with squeeze-and-excitation on Fashion-MNIST<", dom);
        Assert.Contains(">test accuracy<", dom);
        Assert.Matches(HeatmapImage(), dom);                                       // the heat map's pixels
        Assert.Contains(">Ankle boot<", dom);
    }

    [Fact]
    public async Task The_soft_masks_of_the_residual_attention_notebook_draw_as_pictures_in_chromium()
    {
        var chromium = HeadlessChromium.TryFind() ?? throw new InvalidOperationException("Chromium is not installed (apt-get install chromium).");
        var run = (await suite.SmokeRuns)["06-residual-attention-network.ipynb"];
        Assert.True(run.Succeeded, run.Failure?.Message);
        var masks = run.Cells.SelectMany(c => c.Outputs).OfType<ExecuteResultOutput>()
            .Select(r => r.Data).Single(data => data.Any(v => v.MimeType == Figure.MimeType && v.Value.Contains("Soft masks M", StringComparison.Ordinal)));
        Assert.DoesNotContain("\"z\":", masks.Single(v => v.MimeType == Figure.MimeType).Value);             // PNG sources, not pixel arrays

        var page = Path.Combine(scratch.Folder, "masks.html");
        File.WriteAllText(page, PlotlyHtml.Page("soft masks", new[] { masks.Single(v => v.MimeType == "text/html").Value }));
        var dom = await chromium.DumpDomAsync(page);

        Assert.Equal(20, PictureImage().Matches(dom).Count);                                 // 5 images, each with 3 masks
        Assert.Contains(">stage 3 (8 × 8)<", dom);
    }

    [GeneratedRegex("<image [^>]*href=\"data:image/png;base64,[A-Za-z0-9+/=]{100,}\"")]
    private static partial Regex PictureImage();

    [GeneratedRegex("<g class=\"hm\"><image [^>]*href=\"data:image/png;base64,")]
    private static partial Regex HeatmapImage();

    [GeneratedRegex("<g class=\"trace scatter")]
    private static partial Regex TraceGroup();

    [GeneratedRegex("class=\"js-line\" d=\"M[-0-9.]+,[-0-9.]+L")]
    private static partial Regex LineWithPoints();
}
