using System.Globalization;
using System.Text;

namespace Zoo.Bench;

/// <summary>Formats results: one line per case while running, then a markdown table with ratios and a geometric mean.</summary>
public static class Report
{
    public static string Row(Runner.Result r) =>
        string.Create(CultureInfo.InvariantCulture, $"{r.Case.Name,-28} zoo {Time(r.ZooSeconds / r.Case.OpsPerIteration, r.Case),12}  pytorch {Time(r.TorchSeconds / r.Case.OpsPerIteration, r.Case),12}  ratio {r.Ratio:F2}");

    public static string Table(IReadOnlyList<Runner.Result> results, string machine)
    {
        var sb = new StringBuilder();
        foreach (var group in results.GroupBy(r => r.Case.Group))
        {
            sb.AppendLine($"### {group.Key}").AppendLine();
            sb.AppendLine("| case | what | Zoo | PyTorch | Zoo / PyTorch |");
            sb.AppendLine("|---|---|---:|---:|---:|");
            foreach (var r in group)
                sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {r.Case.Name} | {r.Case.Description} | {Time(r.ZooSeconds / r.Case.OpsPerIteration, r.Case)} | {Time(r.TorchSeconds / r.Case.OpsPerIteration, r.Case)} | {r.Ratio:F2} |"));
            var geo = Math.Exp(group.Average(r => Math.Log(r.Ratio)));
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| geometric mean | | | | {geo:F2} |")).AppendLine();
        }
        sb.AppendLine($"Machine: {machine}.");
        return sb.ToString();
    }

    /// <summary>Replaces the text between the benchmark markers of a markdown file (or writes a new file), atomically.</summary>
    public static void WriteMarkdown(string path, string table)
    {
        const string begin = "<!-- bench:begin -->", end = "<!-- bench:end -->";
        var block = $"{begin}\n{table}{end}";
        string text = File.Exists(path) ? File.ReadAllText(path) : $"# Benchmarks\n\n{block}\n";
        int b = text.IndexOf(begin, StringComparison.Ordinal), e = text.IndexOf(end, StringComparison.Ordinal);
        text = b >= 0 && e > b ? text[..b] + block + text[(e + end.Length)..] : text + "\n" + block + "\n";
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    private static string Time(double seconds, BenchCase c) =>
        c.OpsPerIteration > 1 || seconds < 1e-3
            ? string.Create(CultureInfo.InvariantCulture, $"{seconds * 1e6:F2} µs")
            : string.Create(CultureInfo.InvariantCulture, $"{seconds * 1e3:F1} ms");
}
