using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Zoo.IO;
using Zoo.Plotting;

namespace Zoo.Reports;

/// <summary>The files a report was written to.</summary>
/// <param name="Folder">The report's folder.</param>
/// <param name="Html">The page with tables and charts.</param>
/// <param name="MetricsCsv">One row per model and epoch.</param>
/// <param name="SummaryCsv">One row per model.</param>
/// <param name="Json">Everything, as JSON.</param>
/// <param name="Images">The PNG images of the charts.</param>
/// <param name="ImagesSkipped">Why no PNG was written, or null.</param>
/// <param name="Notes">Anything else the reader should know (plotly.js loaded from the internet, ...).</param>
public sealed record ReportFiles(string Folder, string Html, string MetricsCsv, string SummaryCsv, string Json, IReadOnlyList<string> Images,
    string? ImagesSkipped, IReadOnlyList<string> Notes);

/// <summary>
/// Writes a comparison report into a folder: <c>metrics.csv</c> (one row per model and epoch), <c>summary.csv</c>
/// (one row per model), <c>metrics.json</c> (everything), <c>report.html</c> (tables and Plotly charts, plotly.js
/// embedded so it works offline) and PNG images of the charts rendered by headless Chromium when one is installed.
/// Every file is written atomically.
/// </summary>
public static class ComparisonReport
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Writes the report. <paramref name="chromium"/>: the renderer for PNGs (default: found on the machine; none: images skipped).</summary>
    public static async Task<ReportFiles> WriteAsync(ComparisonResult result, string folder, HeadlessChromium? chromium = null,
        bool images = true, PlotlyScript? script = null, CancellationToken cancellation = default)
    {
        Directory.CreateDirectory(folder);
        var metricsCsv = Path.Combine(folder, "metrics.csv");
        var summaryCsv = Path.Combine(folder, "summary.csv");
        var json = Path.Combine(folder, "metrics.json");
        var html = Path.Combine(folder, "report.html");
        AtomicFile.WriteAllText(metricsCsv, MetricsCsv(result));
        AtomicFile.WriteAllText(summaryCsv, SummaryCsv(result));
        AtomicFile.WriteAllText(json, JsonSerializer.Serialize(result, Json));
        var notes = new List<string>();
        var plotly = PlotlyScript.TryLocate();
        if (script is null && plotly is null)
            notes.Add($"plotly.js was not found (run npm ci, or set {PlotlyScript.EnvironmentVariable}): report.html loads it from {PlotlyScript.CdnUrl} and needs the internet.");
        AtomicFile.WriteAllText(html, Html(result, script ?? (plotly is null ? PlotlyScript.From(PlotlyScript.CdnUrl) : PlotlyScript.Embedded(plotly))));

        var written = new List<string>();
        string? skipped = null;
        chromium ??= images ? HeadlessChromium.TryFind() : null;
        if (!images) skipped = "PNG images not requested.";
        else if (chromium is null) skipped = "PNG images skipped: no Chromium found (install chromium, or set ZOO_CHROMIUM).";
        else if (plotly is null) skipped = "PNG images skipped: plotly.js not found (run npm ci).";
        else
        {
            foreach (var (name, figure, width, height) in new[]
                     {
                         ("loss-accuracy", ComparisonCharts.Curves(result, 1200, 800), 1200, 800),
                         ("accuracy-vs-cost", ComparisonCharts.Cost(result, 1200, 500), 1200, 500),
                     })
            {
                var page = Path.Combine(folder, $".{name}.render.html");
                try
                {
                    File.WriteAllText(page, PlotlyHtml.Page(figure.Layout.Title ?? name, new[] { PlotlyHtml.Fragment(figure, staticPlot: true) },
                        PlotlyScript.From(new Uri(plotly).AbsoluteUri), "body{margin:0;background:#fff}"));
                    var png = Path.Combine(folder, name + ".png");
                    await chromium.ScreenshotAsync(page, png, width, height, cancellation).ConfigureAwait(false);
                    written.Add(png);
                }
                finally
                {
                    File.Delete(page);
                }
            }
        }
        return new ReportFiles(folder, html, metricsCsv, summaryCsv, json, written, skipped, notes);
    }

    /// <summary>One row per model and epoch.</summary>
    public static string MetricsCsv(ComparisonResult result)
    {
        var csv = new StringBuilder();
        csv.Append("model,parameters,epoch,step,train_loss,train_accuracy,eval_loss,eval_accuracy,eval_miou,learning_rate,train_seconds,eval_seconds,samples_per_second,data_wait_seconds\n");
        foreach (var run in result.Models)
            foreach (var h in run.History)
                csv.Append(Csv(run.Name)).Append(',').Append(run.Parameters.ToString(C)).Append(',')
                    .Append(h.Epoch.ToString(C)).Append(',').Append(h.Step.ToString(C)).Append(',')
                    .Append(Number(h.TrainLoss)).Append(',').Append(Number(h.TrainAccuracy)).Append(',')
                    .Append(Number(h.EvalLoss)).Append(',').Append(Number(h.EvalAccuracy)).Append(',')
                    .Append(h.EvalMeanIoU is { } m ? Number(m) : "").Append(',').Append(Number(h.LearningRate)).Append(',')
                    .Append(Number(h.TrainSeconds)).Append(',').Append(Number(h.EvalSeconds)).Append(',')
                    .Append(Number(h.SamplesPerSecond)).Append(',').Append(Number(h.DataWaitSeconds)).Append('\n');
        return csv.ToString();
    }

    /// <summary>One row per model: size, accuracy, cost.</summary>
    public static string SummaryCsv(ComparisonResult result)
    {
        var csv = new StringBuilder();
        csv.Append("model,parameters,macs_per_image,epochs,best_eval_accuracy,final_eval_accuracy,best_eval_miou,seconds_per_epoch,samples_per_second,total_seconds,status\n");
        foreach (var run in result.Models)
            csv.Append(Csv(run.Name)).Append(',').Append(run.Parameters.ToString(C)).Append(',').Append(run.MacsPerImage?.ToString(C) ?? "").Append(',')
                .Append(run.History.Count.ToString(C)).Append(',')
                .Append(Number(run.BestAccuracy)).Append(',').Append(Number(run.FinalAccuracy)).Append(',')
                .Append(run.BestMeanIoU is { } m ? Number(m) : "").Append(',').Append(Number(run.SecondsPerEpoch)).Append(',')
                .Append(Number(run.SamplesPerSecond)).Append(',').Append(Number(run.TotalSeconds)).Append(',')
                .Append(run.Status).Append('\n');
        return csv.ToString();
    }

    private static string Number(double v) => double.IsFinite(v) ? v.ToString("R", C) : "";

    private static string Csv(string field) =>
        field.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";

    /// <summary>The HTML page: what was compared, a summary table, and the charts.</summary>
    public static string Html(ComparisonResult result, PlotlyScript script)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        static string Pct(double v) => double.IsFinite(v) ? (100 * v).ToString("F2", C) + "%" : "-";
        var body = new StringBuilder();
        body.Append("<h1>").Append(E(result.Title)).Append("</h1>\n");
        body.Append("<p>Trained on <code>").Append(E(result.TrainData)).Append("</code>, evaluated on <code>").Append(E(result.EvalData))
            .Append("</code>, on ").Append(E(result.Device)).Append(" with ").Append(result.Threads.ToString(C)).Append(" thread(s).</p>\n");
        body.Append("<p>Recipe: ").Append(E(result.Recipe)).Append("</p>\n");

        bool miou = result.Models.Any(m => m.BestMeanIoU is not null);
        string accuracy = result.Segmentation ? "pixel accuracy" : "accuracy";
        body.Append("<table>\n<tr><th>model</th><th>parameters</th><th>MACs / image</th><th>epochs</th><th>best ").Append(accuracy).Append("</th><th>final ").Append(accuracy).Append("</th>");
        if (miou) body.Append("<th>best mIoU</th>");
        body.Append("<th>s / epoch</th><th>images / s</th><th>total time</th></tr>\n");
        foreach (var run in result.Models)
        {
            body.Append("<tr><td>").Append(E(run.Name)).Append(run.Status == "finished" ? "" : $" ({run.Status})").Append("</td><td>").Append(run.Parameters.ToString("N0", C))
                .Append("</td><td>").Append(run.MacsPerImage is { } macs ? macs.ToString("N0", C) : "-")
                .Append("</td><td>").Append(run.History.Count.ToString(C)).Append("</td><td>").Append(Pct(run.BestAccuracy))
                .Append("</td><td>").Append(Pct(run.FinalAccuracy)).Append("</td>");
            if (miou) body.Append("<td>").Append(run.BestMeanIoU is { } m ? Pct(m) : "-").Append("</td>");
            body.Append("<td>").Append(run.SecondsPerEpoch.ToString("F1", C)).Append("</td><td>").Append(run.SamplesPerSecond.ToString("F0", C))
                .Append("</td><td>").Append(TimeSpan.FromSeconds(run.TotalSeconds).ToString(@"h\:mm\:ss", C)).Append("</td></tr>\n");
        }
        body.Append("</table>\n");
        foreach (var run in result.Models.Where(m => m.Failure is not null))
            body.Append("<p><b>").Append(E(run.Name)).Append("</b>: ").Append(E(run.Failure!)).Append("</p>\n");
        body.Append(PlotlyHtml.Fragment(ComparisonCharts.Curves(result), "loss-accuracy"));
        body.Append(PlotlyHtml.Fragment(ComparisonCharts.Cost(result), "accuracy-vs-cost"));
        body.Append("<p>Data: <a href=\"metrics.csv\">metrics.csv</a> (per epoch), <a href=\"summary.csv\">summary.csv</a>, <a href=\"metrics.json\">metrics.json</a>.</p>\n");
        return PlotlyHtml.Page(result.Title, new[] { body.ToString() }, script);
    }
}
