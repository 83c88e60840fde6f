using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit.Abstractions;
using Zoo.Plotting;
using Zoo.Reports;
using Zoo.Tests.Plotting;
using Zoo.Training;

namespace Zoo.Tests.Reports;

public sealed class ComparisonReportTests(ITestOutputHelper output) : IDisposable
{
    private readonly string folder = RepoPaths.NewTempFolder("zoo-report");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static ModelRun Run(string name, long parameters, double accuracy, double seconds) => new()
    {
        Name = name,
        Parameters = parameters,
        History = Enumerable.Range(1, 3).Select(e => new EpochMetrics
        {
            Epoch = e,
            Step = 100 * e,
            TrainLoss = 2.0 / e,
            TrainAccuracy = accuracy - 0.1 / e,
            EvalLoss = 1.8 / e,
            EvalAccuracy = accuracy - 0.05 * (3 - e),
            LearningRate = 0.1 / e,
            TrainSeconds = seconds,
            EvalSeconds = 1.5,
            SamplesPerSecond = 60000 / seconds,
        }).ToArray(),
    };

    private static ComparisonResult Result() => new()
    {
        Title = "ResNet-20 on Fashion-MNIST",
        Recipe = "3 epochs, batch 128",
        TrainData = "fashion-mnist/train (60000 images)",
        EvalData = "fashion-mnist/test (10000 images)",
        Device = "cpu",
        Threads = 2,
        Models = new[] { Run("plain", 272_474, 0.90, 40), Run("SE <r=16>, \"v2\"", 275_098, 0.915, 46) },
    };

    [Fact]
    public async Task Writes_csv_json_and_an_offline_html_page()
    {
        var files = await ComparisonReport.WriteAsync(Result(), folder, images: false);
        Assert.Equal("PNG images not requested.", files.ImagesSkipped);
        Assert.Empty(files.Images);

        var metrics = File.ReadAllLines(files.MetricsCsv);
        Assert.Equal(7, metrics.Length);
        Assert.StartsWith("model,parameters,epoch,step,train_loss,train_accuracy,eval_loss,eval_accuracy,eval_miou,", metrics[0]);
        Assert.StartsWith("plain,272474,1,100,2,0.8,1.8,0.8,,0.1,40,1.5,1500,0", metrics[1]);
        Assert.StartsWith("\"SE <r=16>, \"\"v2\"\"\",275098,3,", metrics[6]);

        var summary = File.ReadAllLines(files.SummaryCsv);
        Assert.Equal("plain,272474,,3,0.9,0.9,,40,1500,124.5,finished", summary[1]);

        using var json = JsonDocument.Parse(File.ReadAllText(files.Json));
        var models = json.RootElement.GetProperty("Models");
        Assert.Equal(2, models.GetArrayLength());
        Assert.Equal(0.915, models[1].GetProperty("History")[2].GetProperty("EvalAccuracy").GetDouble(), 12);

        var html = File.ReadAllText(files.Html);
        Assert.Contains("<h1>ResNet-20 on Fashion-MNIST</h1>", html);
        Assert.Contains("<td>SE &lt;r=16&gt;, &quot;v2&quot;</td><td>275,098</td><td>-</td><td>3</td><td>91.50%</td>", html);
        Assert.Contains("<div id=\"loss-accuracy\"", html);
        Assert.Contains("<div id=\"accuracy-vs-cost\"", html);
        Assert.Contains("* plotly.js v", html); // embedded: the page works offline
        Assert.DoesNotContain("<script src=", html);
    }

    [Fact]
    public void Charts_have_one_curve_per_model_and_panel_and_one_point_per_model_and_cost()
    {
        var curves = JsonDocument.Parse(ComparisonCharts.Curves(Result()).ToJson()).RootElement.GetProperty("data");
        Assert.Equal(8, curves.GetArrayLength());
        Assert.Equal(2, curves.EnumerateArray().Count(t => t.TryGetProperty("showlegend", out var s) && s.GetBoolean()));
        Assert.Equal("dash", curves[0].GetProperty("line").GetProperty("dash").GetString()); // training curves are dashed
        var cost = JsonDocument.Parse(ComparisonCharts.Cost(Result()).ToJson()).RootElement.GetProperty("data");
        Assert.Equal(4, cost.GetArrayLength());
        Assert.Equal("[272474]", cost[0].GetProperty("x").GetRawText());
        Assert.Equal("[0.9]", cost[0].GetProperty("y").GetRawText());
        Assert.Equal("[46]", cost[3].GetProperty("x").GetRawText());
    }

    [ChromiumFact]
    public async Task The_report_page_draws_its_charts_and_the_pngs_are_not_blank()
    {
        var files = await ComparisonReport.WriteAsync(Result(), folder);
        Assert.Null(files.ImagesSkipped);
        Assert.Equal(new[] { "loss-accuracy.png", "accuracy-vs-cost.png" }, files.Images.Select(Path.GetFileName));
        foreach (var png in files.Images)
        {
            var image = Zoo.Torch.Imaging.ImageCodec.Load(png, channels: 3);
            int colours = image.Pixels.Chunk(3).Select(p => (p[0] << 16) | (p[1] << 8) | p[2]).Distinct().Count();
            output.WriteLine($"{Path.GetFileName(png)}: {image.Width}x{image.Height}, {colours} colours");
            Assert.True(colours > 50, $"{png} looks blank ({colours} colours)");
        }
        Assert.Empty(Directory.GetFiles(folder, ".*")); // the pages rendered for the images are gone

        var dom = await HeadlessChromium.TryFind()!.DumpDomAsync(files.Html);
        Assert.Equal(2, Regex.Matches(dom, "class=\"plot-container plotly\"").Count); // both charts drew
        Assert.Equal(12, Regex.Matches(dom, "class=\"trace scatter").Count); // 2 models x 4 curves + 2 x 2 points
        Assert.Contains(">Loss and accuracy per epoch<", dom);
    }
}
