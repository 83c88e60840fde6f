using Xunit.Abstractions;
using Zoo.Plotting;

namespace Zoo.Tests.Plotting;

/// <summary>A fact that is skipped, with the reason, when no Chromium or no plotly.js is installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (HeadlessChromium.TryFind() is null) Skip = "no Chromium on this machine (apt-get install chromium)";
        else if (PlotlyScript.TryLocate() is null) Skip = "plotly.js is not installed (npm ci)";
    }
}

public sealed class ChromiumRenderTests(ITestOutputHelper output) : IDisposable
{
    private readonly string folder = RepoPaths.NewTempFolder("zoo-render");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [ChromiumFact]
    public async Task An_offline_page_draws_its_traces_in_chromium()
    {
        var figure = Figure.Subplots(1, 2, new[] { "loss", "accuracy" }, title: "render check");
        figure.Add(new Scatter(new[] { 1, 2, 3 }, new[] { 2.0, 1.2, 0.8 }) { Name = "plain" }, figure.Cell(0, 0));
        figure.Add(new Scatter(new[] { 1, 2, 3 }, new[] { 1.9, 1.0, 0.6 }) { Name = "se" }, figure.Cell(0, 0));
        figure.Add(new Bar(new[] { "plain", "se" }, new[] { 0.9, 0.92 }), figure.Cell(0, 1));
        var page = Path.Combine(folder, "page.html");
        File.WriteAllText(page, figure.ToHtmlPage());

        var chromium = HeadlessChromium.TryFind()!;
        var dom = await chromium.DumpDomAsync(page);
        Assert.Contains("class=\"scatterlayer", dom);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(dom, "class=\"trace scatter").Count);
        Assert.Contains("class=\"barlayer", dom);
        Assert.Contains(">render check<", dom);

        var png = Path.Combine(folder, "page.png");
        await chromium.ScreenshotAsync(page, png, 900, 500);
        var bytes = File.ReadAllBytes(png);
        var image = Zoo.Torch.Imaging.ImageCodec.Decode(bytes, channels: 3);
        Assert.Equal((900, 500), (image.Width, image.Height));
        int distinct = image.Pixels.Chunk(3).Select(p => (p[0] << 16) | (p[1] << 8) | p[2]).Distinct().Count();
        output.WriteLine($"screenshot: {bytes.Length} bytes, {distinct} distinct colours");
        Assert.True(distinct > 20, $"the screenshot looks blank ({distinct} colours)");
    }
}
