using System.Globalization;

namespace Zoo.Training.Progress;

/// <summary>The short forms numbers take in progress lines.</summary>
internal static class ProgressFormat
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static string Percent(double fraction) => double.IsNaN(fraction) ? "-" : (100 * fraction).ToString("F1", C) + "%";
    public static string Loss(double loss) => double.IsNaN(loss) ? "-" : loss.ToString("F4", C);
    public static string Rate(double perSecond) => perSecond.ToString(perSecond >= 100 ? "F0" : "F1", C);
    public static string LearningRate(double lr) => lr.ToString("G3", C);
    public static string Seconds(double seconds) => seconds.ToString(seconds >= 100 ? "F0" : "F1", C) + " s";

    public static string Duration(TimeSpan? time) => time is not { } t ? "-"
        : t.TotalHours >= 1 ? $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}" : $"{t.Minutes}:{t.Seconds:00}";

    public static string Parameters(long count) => count >= 1_000_000
        ? (count / 1e6).ToString("F2", C) + " M"
        : count >= 1_000 ? (count / 1e3).ToString("F1", C) + " k" : count.ToString(C);

    public static string EpochSummary(EpochMetrics m, int epochs) =>
        $"epoch {m.Epoch}/{epochs}: train loss {Loss(m.TrainLoss)} acc {Percent(m.TrainAccuracy)} | eval loss {Loss(m.EvalLoss)} acc {Percent(m.EvalAccuracy)}" +
        (m.EvalMeanIoU is { } miou ? $" mIoU {Percent(miou)}" : "") +
        $" | {Seconds(m.TrainSeconds)} ({Rate(m.SamplesPerSecond)} img/s, data wait {Seconds(m.DataWaitSeconds)}) + eval {Seconds(m.EvalSeconds)}";
}
