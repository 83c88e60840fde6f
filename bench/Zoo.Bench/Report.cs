using System.Globalization;
using System.Text;

namespace Zoo.Bench;

/// <summary>Formats results: one line per case while running, then markdown tables with ratios and geometric means.</summary>
public static class Report
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static string Row(Runner.Result r) =>
        string.Create(C, $"{r.Case.Name,-30} zoo {Time(r.ZooSeconds / r.Case.OpsPerIteration, r.Case),12}  pytorch {Time(r.TorchSeconds / r.Case.OpsPerIteration, r.Case),12}  ratio {r.Ratio:F2}");

    public static string MemoryRow(Runner.Result r) =>
        string.Create(C, $"{r.Case.Name,-30} zoo {Bytes(r.ZooPeakBytes),12}  pytorch {Bytes(r.TorchPeakBytes),12}  ratio {Ratio(r.MemoryRatio)}");

    public static string Table(IReadOnlyList<Runner.Result> results, string machine)
    {
        var sb = new StringBuilder();
        foreach (var group in results.GroupBy(r => r.Case.Group))
        {
            var memory = group.Any(r => r.MemoryRatio is not null);
            sb.AppendLine($"### {group.Key}").AppendLine();
            sb.Append("| case | what | Zoo | PyTorch | Zoo / PyTorch |");
            sb.AppendLine(memory ? " step memory, Zoo | step memory, PyTorch | Zoo / PyTorch |" : "");
            sb.AppendLine(memory ? "|---|---|---:|---:|---:|---:|---:|---:|" : "|---|---|---:|---:|---:|");
            foreach (var r in group)
            {
                sb.Append(string.Create(C,
                    $"| {r.Case.Name} | {r.Case.Description} | {Time(r.ZooSeconds / r.Case.OpsPerIteration, r.Case)} | {Time(r.TorchSeconds / r.Case.OpsPerIteration, r.Case)} | {r.Ratio:F2} |"));
                sb.AppendLine(memory ? $" {Bytes(r.ZooPeakBytes)} | {Bytes(r.TorchPeakBytes)} | {Ratio(r.MemoryRatio)} |" : "");
            }
            sb.Append(string.Create(C, $"| geometric mean | | | | {GeometricMean(group.Select(r => r.Ratio)):F2} |"));
            var memoryRatios = group.Select(r => r.MemoryRatio).OfType<double>().ToList();
            sb.AppendLine(memory ? $" | | {Ratio(GeometricMean(memoryRatios))} |" : "").AppendLine();
        }
        sb.AppendLine($"Machine: {machine}.");
        return sb.ToString();
    }

    public static double GeometricMean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? double.NaN : Math.Exp(list.Average(Math.Log));
    }

    private static string Ratio(double? ratio) => ratio is { } r && !double.IsNaN(r) ? r.ToString("F2", C) : "–";

    private static string Bytes(long? bytes) =>
        bytes is not { } b ? "–" : b >= 1 << 30 ? (b / (double)(1 << 30)).ToString("F2", C) + " GiB" : (b / (double)(1 << 20)).ToString("F1", C) + " MiB";

    private static string Time(double seconds, BenchCase c) =>
        c.OpsPerIteration > 1 || seconds < 1e-3
            ? string.Create(C, $"{seconds * 1e6:F2} µs")
            : string.Create(C, $"{seconds * 1e3:F1} ms");
}
