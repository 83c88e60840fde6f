using System.Text.Json.Nodes;
using Zoo.Notebooks.Runner.Ipynb;
using Zoo.Notebooks.Runner.Outputs;
using Zoo.Plotting;

namespace Zoo.Notebooks.Tests.Display;

/// <summary>A figure from Zoo's Plotly builder displays itself: HTML that draws it, Plotly's JSON, and a line of text.</summary>
public sealed class FigureDisplayTests : IDisposable
{
    private readonly TestNotebooks notebooks = new();

    public void Dispose() => notebooks.Dispose();

    [Fact]
    public async Task A_figure_displays_as_html_plotly_json_and_text_and_is_stored_as_json()
    {
        var lib = RepoPaths.Of("notebooks", "lib");
        var path = notebooks.Write("figure.ipynb",
            $"#r \"{Path.Combine(lib, "Zoo.dll")}\"\nusing Zoo.Plotting;",
            "var figure = new Figure(\"Loss\");\nfigure.Add(new Scatter(new[] { 1, 2, 3 }, new[] { 2.0, 1.5, 1.25 }) { Name = \"train\" });\nfigure");
        var result = await TestNotebooks.Run(path, writeOutputs: true);

        Assert.True(result.Succeeded, result.Failure?.Message);
        var shown = Assert.IsType<ExecuteResultOutput>(Assert.Single(result.Cells[1].Outputs)).Data;
        Assert.Equal(new[] { "text/html", Figure.MimeType, "text/plain" }, shown.Select(v => v.MimeType));
        var html = shown[0].Value;
        Assert.Contains("<div id=\"plot-", html);
        Assert.Contains("if (window.Plotly) { draw(); return; }", html);
        Assert.Contains(PlotlyScript.CdnUrl, html);
        Assert.Equal("Figure \"Loss\" with 1 trace (scatter)", shown[2].Value);

        // In the notebook, Plotly's payload is JSON (nbformat stores JSON MIME types as values, not text).
        var stored = NotebookDocument.Load(path).Cells[1].OutputsJson![0]!["data"]![Figure.MimeType]!;
        Assert.IsType<JsonObject>(stored);
        Assert.Equal(new[] { 2.0, 1.5, 1.25 }, stored["data"]![0]!["y"]!.AsArray().Select(v => v!.GetValue<double>()));
        Assert.Equal("Loss", stored["layout"]!["title"]!["text"]!.GetValue<string>());
    }
}
