using System.Diagnostics;

namespace Zoo.Generator.Bench;

/// <summary>
/// `dotnet build src/Zoo` after editing one spec, as a developer iterates on a block: the spec's doc string changes
/// (so the generated file does), the build runs, the spec is restored. The project is built once first.
/// </summary>
internal static class BuildBenchmark
{
    public sealed record Result(double FirstBuildSeconds, double MedianSeconds, IReadOnlyList<double> Rounds);

    public static Result Run(string root, string specPath, int rounds)
    {
        var project = Path.Combine(root, "src", "Zoo", "Zoo.csproj");
        var first = Build(project);
        var original = File.ReadAllText(specPath);
        var times = new List<double>();
        try
        {
            for (var i = 0; i < rounds; i++)
            {
                File.WriteAllText(specPath, original.Replace("\"summary\": \"", $"\"summary\": \"(edit {i}) "));
                times.Add(Build(project));
            }
        }
        finally
        {
            File.WriteAllText(specPath, original);
        }
        Build(project); // leave the build matching the committed spec
        return new Result(first, GenerationBenchmark.Median(times), times);
    }

    private static double Build(string project)
    {
        var start = new ProcessStartInfo("dotnet", $"build \"{project}\" --no-restore --nologo -v q")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0) throw new InvalidOperationException("dotnet build failed:\n" + output);
        return clock.Elapsed.TotalSeconds;
    }
}
