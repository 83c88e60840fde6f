using Zoo.Cli.Output;
using Zoo.Reports;

namespace Zoo.Cli.Runs;

/// <summary>The table printed after training: accuracy and cost of each model, one row each.</summary>
public static class ResultTable
{
    public static string Render(ComparisonResult result)
    {
        bool segmentation = result.Segmentation;
        var table = segmentation
            ? new TextTable("MODEL", "PARAMS", "MACs/IMAGE", "BEST mIoU", "BEST PIXEL ACC", "FINAL mIoU", "S/EPOCH", "IMAGES/S", "TOTAL", "STATUS").AlignRight(1, 2, 3, 4, 5, 6, 7, 8)
            : new TextTable("MODEL", "PARAMS", "MACs/IMAGE", "BEST ACC", "FINAL ACC", "S/EPOCH", "IMAGES/S", "TOTAL", "STATUS").AlignRight(1, 2, 3, 4, 5, 6, 7);
        foreach (var run in result.Models)
        {
            var macs = run.MacsPerImage is { } m ? Numbers.Short(m) : "-";
            if (segmentation)
                table.Add(run.Name, Numbers.Count(run.Parameters), macs, run.BestMeanIoU is { } b ? Numbers.Percent(b) : "-", Numbers.Percent(run.BestAccuracy),
                    run.FinalMeanIoU is { } f ? Numbers.Percent(f) : "-", Numbers.Fixed1(run.SecondsPerEpoch), Numbers.Fixed1(run.SamplesPerSecond),
                    Numbers.Duration(run.TotalSeconds), run.Status);
            else
                table.Add(run.Name, Numbers.Count(run.Parameters), macs, Numbers.Percent(run.BestAccuracy), Numbers.Percent(run.FinalAccuracy),
                    Numbers.Fixed1(run.SecondsPerEpoch), Numbers.Fixed1(run.SamplesPerSecond), Numbers.Duration(run.TotalSeconds), run.Status);
        }
        return table.Render();
    }

    /// <summary>Where the report is, file by file.</summary>
    public static string Files(ReportFiles report, bool images = true)
    {
        var text = $"Report: {report.Html}\n  tables: {report.SummaryCsv}, {report.MetricsCsv}, {report.Json}\n";
        if (images) text += report.Images.Count > 0 ? $"  charts: {string.Join(", ", report.Images)}\n" : $"  {report.ImagesSkipped}\n";
        foreach (var note in report.Notes) text += $"  {note}\n";
        return text;
    }
}
