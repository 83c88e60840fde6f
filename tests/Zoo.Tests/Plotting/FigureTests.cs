using System.Text.Json;
using Zoo.Plotting;

namespace Zoo.Tests.Plotting;

public class FigureTests
{
    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void A_line_chart_is_plotly_json_with_data_and_layout()
    {
        var figure = new Figure("Loss");
        figure.Add(new Scatter(new[] { 1, 2, 3 }, new[] { 2.5, double.NaN, 0.125 }) { Name = "SE", Mode = ScatterMode.LinesAndMarkers, Line = new LineStyle("#1f77b4", 2) });
        figure.Layout.XAxis.Title = "epoch";
        figure.Layout.YAxis.Type = "log";
        var root = Parse(figure.ToJson());
        Assert.Equal(new[] { "data", "layout" }, root.EnumerateObject().Select(p => p.Name));
        var trace = root.GetProperty("data")[0];
        Assert.Equal("scatter", trace.GetProperty("type").GetString());
        Assert.Equal("SE", trace.GetProperty("name").GetString());
        Assert.Equal("lines+markers", trace.GetProperty("mode").GetString());
        Assert.Equal("[1,2,3]", trace.GetProperty("x").GetRawText());
        Assert.Equal("[2.5,null,0.125]", trace.GetProperty("y").GetRawText()); // NaN is a gap
        Assert.Equal(2, trace.GetProperty("line").GetProperty("width").GetDouble());
        var layout = root.GetProperty("layout");
        Assert.Equal("Loss", layout.GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("epoch", layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("log", layout.GetProperty("yaxis").GetProperty("type").GetString());
    }

    [Fact]
    public void Bars_heatmaps_and_images_have_their_plotly_shapes()
    {
        var figure = new Figure()
            .Add(new Bar(new[] { "plain", "SE" }, new[] { 0.91, 0.925 }) { Horizontal = true, Text = new[] { "91.0%", "92.5%" } })
            .Add(new Heatmap(new double[,] { { 1, 2, 3 }, { 4, 5, 6 } }) { X = new[] { "a", "b", "c" }, ColorScale = "Blues", TextTemplate = "%{z}" })
            .Add(new ImageTrace(new byte[] { 0, 128, 255, 64 }, width: 2, height: 2, channels: 1));
        var data = Parse(figure.ToJson()).GetProperty("data");
        Assert.Equal(new[] { "bar", "heatmap", "image" }, data.EnumerateArray().Select(t => t.GetProperty("type").GetString()));
        Assert.Equal("h", data[0].GetProperty("orientation").GetString());
        Assert.Equal("[\"plain\",\"SE\"]", data[0].GetProperty("x").GetRawText());
        Assert.Equal("[[1,2,3],[4,5,6]]", data[1].GetProperty("z").GetRawText());
        Assert.Equal("Blues", data[1].GetProperty("colorscale").GetString());
        Assert.Equal("[[[0,0,0],[128,128,128]],[[255,255,255],[64,64,64]]]", data[2].GetProperty("z").GetRawText());
        Assert.Throws<ArgumentException>(() => new Scatter(new[] { 1, 2 }, new[] { 1.0 }));
    }

    [Fact]
    public void An_image_can_travel_as_a_png_data_uri_that_decodes_to_its_pixels()
    {
        var rgb = Enumerable.Range(0, 4 * 3 * 3).Select(i => (byte)(i * 7)).ToArray();
        var trace = new Figure().Add(new ImageTrace(rgb, width: 4, height: 3, channels: 3) { Png = true });
        var image = Parse(trace.ToJson()).GetProperty("data")[0];
        Assert.False(image.TryGetProperty("z", out _));
        var source = image.GetProperty("source").GetString()!;
        Assert.StartsWith("data:image/png;base64,", source);
        var decoded = Zoo.Torch.Imaging.ImageCodec.Decode(Convert.FromBase64String(source["data:image/png;base64,".Length..]));
        Assert.Equal((4, 3, 3), (decoded.Width, decoded.Height, decoded.Channels));
        Assert.Equal(rgb, decoded.Pixels);
    }

    [Fact]
    public void Subplots_get_their_own_axes_domains_and_titles()
    {
        var figure = Figure.Subplots(2, 2, new[] { "loss", "accuracy", "time" });
        figure.Add(new Scatter(new[] { 1, 2 }, new[] { 3, 4 }), figure.Cell(1, 1));
        var root = Parse(figure.ToJson());
        var trace = root.GetProperty("data")[0];
        Assert.Equal(("x4", "y4"), (trace.GetProperty("xaxis").GetString(), trace.GetProperty("yaxis").GetString()));
        var layout = root.GetProperty("layout");
        Assert.Equal("y4", layout.GetProperty("xaxis4").GetProperty("anchor").GetString());
        Assert.Equal("[0.54,1]", layout.GetProperty("xaxis4").GetProperty("domain").GetRawText());
        Assert.Equal("[0,0.43]", layout.GetProperty("yaxis4").GetProperty("domain").GetRawText());
        Assert.Equal("[0.57,1]", layout.GetProperty("yaxis").GetProperty("domain").GetRawText());
        var titles = layout.GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString()).ToArray();
        Assert.Equal(new[] { "loss", "accuracy", "time" }, titles);
        Assert.Throws<ArgumentOutOfRangeException>(() => figure.Cell(2, 0));
    }

    [Fact]
    public void The_same_figure_always_gives_the_same_bytes()
    {
        Figure Make() => Figure.Subplots(1, 2, new[] { "a", "b" }).Add(new Scatter(new[] { 0.1, 1.0 / 3 }, new[] { 1e-7, 12345678.9 }) { Name = "é<tag>" });
        var json = Make().ToJson();
        Assert.Equal(json, Make().ToJson());
        Assert.Contains("0.3333333333333333", json);
        Assert.Contains("1E-07", json.ToUpperInvariant());
        Assert.DoesNotContain("<", json); // safe inside a script element
        Assert.Equal(Make().ToHtml(), Make().ToHtml());
    }

    [Fact]
    public void Html_fragments_draw_into_their_own_div()
    {
        var figure = new Figure("t").Add(new Scatter(new[] { 1 }, new[] { 1 }) { Name = "</script><b>" });
        var html = figure.ToHtml("my-plot");
        Assert.StartsWith("<div id=\"my-plot\"", html);
        Assert.Contains("Plotly.newPlot(document.getElementById(\"my-plot\"), [{\"type\":\"scatter\"", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "</script>"));
        Assert.Equal(Figure.MimeType, "application/vnd.plotly.v1+json");
    }

    [Fact]
    public void Pages_embed_plotly_js_or_load_it_from_an_address()
    {
        var figure = new Figure("page").Add(new Scatter(new[] { 1 }, new[] { 1 }));
        var linked = figure.ToHtmlPage(PlotlyScript.From("https://cdn.example/plotly.min.js"));
        Assert.Contains("<script src=\"https://cdn.example/plotly.min.js\"", linked);
        Assert.Contains("<title>page</title>", linked);

        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "window.Plotly = {}; // '</script>' inside the library");
            var embedded = figure.ToHtmlPage(PlotlyScript.Embedded(file));
            Assert.Contains("window.Plotly = {};", embedded);
            Assert.Contains("'<\\/script>'", embedded);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void The_npm_package_is_found_in_the_repository()
    {
        var path = PlotlyScript.TryLocate();
        Assert.True(path is not null, "node_modules/plotly.js-dist-min is missing: run npm ci (scripts/setup.sh does)");
        Assert.StartsWith("/**\n* plotly.js v", File.ReadAllText(path!)[..20]);
    }
}
