using Zoo.Plotting;

namespace Zoo.Reports;

/// <summary>The charts of a comparison report, as Plotly figures (for the HTML page, the PNG images and notebooks).</summary>
public static class ComparisonCharts
{
    /// <summary>The colours models get, in order (Plotly's default sequence), the same in every chart.</summary>
    public static readonly IReadOnlyList<string> Palette = new[]
    {
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    };

    private static string Color(int i) => Palette[i % Palette.Count];

    /// <summary>Loss and accuracy per epoch for every model: training (dashed) and evaluation (solid).</summary>
    public static Figure Curves(ComparisonResult result, int? width = null, int height = 720)
    {
        string accuracy = result.Segmentation ? "pixel accuracy" : "top-1 accuracy";
        bool miou = result.Segmentation && result.Models.Any(m => m.History.Any(h => h.EvalMeanIoU is not null));
        var figure = Figure.Subplots(2, 2, new[] { "training loss", "evaluation loss", $"training {accuracy}", miou ? "evaluation mIoU" : $"evaluation {accuracy}" },
            title: "Loss and accuracy per epoch");
        figure.Layout.Height = height;
        figure.Layout.Width = width;
        figure.Layout.HoverMode = "x unified";
        for (int i = 0; i < result.Models.Count; i++)
        {
            var run = result.Models[i];
            var epochs = run.History.Select(h => (double)h.Epoch).ToArray();
            void Line(int row, int column, IEnumerable<double> values, bool dashed, bool legend) =>
                figure.Add(new Scatter(epochs, values.ToArray())
                {
                    Name = run.Name,
                    LegendGroup = run.Name,
                    ShowLegend = legend,
                    Mode = ScatterMode.LinesAndMarkers,
                    Line = new LineStyle(Color(i), 2, dashed ? "dash" : null),
                    Marker = new MarkerStyle(Color(i), 5),
                }, figure.Cell(row, column));
            Line(0, 0, run.History.Select(h => h.TrainLoss), dashed: true, legend: true);
            Line(0, 1, run.History.Select(h => h.EvalLoss), dashed: false, legend: false);
            Line(1, 0, run.History.Select(h => h.TrainAccuracy), dashed: true, legend: false);
            Line(1, 1, run.History.Select(h => miou ? h.EvalMeanIoU ?? double.NaN : h.EvalAccuracy), dashed: false, legend: false);
        }
        foreach (var (row, column) in new[] { (0, 0), (0, 1), (1, 0), (1, 1) })
            figure.Cell(row, column).XAxis.Title = "epoch";
        figure.Cell(1, 0).YAxis.TickFormat = ".1%";
        figure.Cell(1, 1).YAxis.TickFormat = ".1%";
        return figure;
    }

    /// <summary>What each model's accuracy costs: best evaluation accuracy against parameters and against seconds per epoch.</summary>
    public static Figure Cost(ComparisonResult result, int? width = null, int height = 460)
    {
        bool miou = result.Segmentation && result.Models.Any(m => m.BestMeanIoU is not null);
        string metric = miou ? "best evaluation mIoU" : result.Segmentation ? "best pixel accuracy" : "best evaluation accuracy";
        var figure = Figure.Subplots(1, 2, new[] { $"{metric} vs parameters", $"{metric} vs training time per epoch" }, title: "Accuracy and cost");
        figure.Layout.Height = height;
        figure.Layout.Width = width;
        for (int i = 0; i < result.Models.Count; i++)
        {
            var run = result.Models[i];
            double value = miou ? run.BestMeanIoU ?? double.NaN : run.BestAccuracy;
            Scatter Point(double x, bool legend) => new(new[] { x }, new[] { value })
            {
                Name = run.Name,
                LegendGroup = run.Name,
                ShowLegend = legend,
                Mode = ScatterMode.MarkersAndText,
                Text = new[] { run.Name },
                TextPosition = "top center",
                Marker = new MarkerStyle(Color(i), 12),
            };
            figure.Add(Point(run.Parameters, legend: true), figure.Cell(0, 0));
            figure.Add(Point(run.SecondsPerEpoch, legend: false), figure.Cell(0, 1));
        }
        figure.Cell(0, 0).XAxis.Title = "parameters";
        figure.Cell(0, 1).XAxis.Title = "seconds per epoch (training)";
        figure.Cell(0, 0).YAxis.TickFormat = ".1%";
        figure.Cell(0, 1).YAxis.TickFormat = ".1%";
        return figure;
    }
}
