using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Zoo.Generator.Bench;

/// <summary>The generator run in process over every spec of model-specs/, as the compiler runs it.</summary>
internal static class GenerationBenchmark
{
    public sealed record Result(int Specs, int Files, double ColdMs, double WarmMedianMs, double EditOneMedianMs);

    public static Result Run(string specRoot, int rounds)
    {
        var files = Directory.EnumerateFiles(specRoot, "*.zoo.json", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (AdditionalText)new SpecText(f, File.ReadAllText(f)))
            .ToList();
        var compilation = CSharpCompilation.Create("Bench");
        var options = new Options(specRoot);

        // Roslyn's driver is warm in a real build (the compiler server): warm it with a run over no spec, so that the
        // first run below measures the generator (its JIT included), not Roslyn starting up.
        Create(Array.Empty<AdditionalText>(), options).RunGenerators(compilation);

        var cold = Stopwatch.StartNew();
        var driver = Create(files, options).RunGenerators(compilation);
        cold.Stop();
        var generated = driver.GetRunResult().GeneratedTrees.Length;

        var warm = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var clock = Stopwatch.StartNew();
            Create(files, options).RunGenerators(compilation);
            warm.Add(clock.Elapsed.TotalMilliseconds);
        }

        // Editing one spec (a doc string, so the output changes) and running the same driver again, as an IDE does.
        var edited = new List<double>();
        var target = files[0];
        var original = target.GetText()!.ToString();
        for (var i = 0; i < rounds; i++)
        {
            var replacement = new SpecText(target.Path, original.Replace("\"summary\": \"", $"\"summary\": \"({i}) "));
            driver = driver.ReplaceAdditionalText(target, replacement);
            target = replacement;
            var clock = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilation);
            edited.Add(clock.Elapsed.TotalMilliseconds);
        }
        return new Result(files.Count, generated, cold.Elapsed.TotalMilliseconds, Median(warm), Median(edited));
    }

    private static GeneratorDriver Create(IEnumerable<AdditionalText> files, AnalyzerConfigOptionsProvider options) =>
        CSharpGeneratorDriver.Create(new[] { new ZooGenerator().AsSourceGenerator() }, files, optionsProvider: options);

    public static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The MSBuild properties src/Zoo gives the generator.</summary>
    private sealed class Options(string specRoot) : AnalyzerConfigOptionsProvider
    {
        private readonly Values global = new(ImmutableDictionary<string, string>.Empty
            .Add("build_property.ZooSpecRoot", specRoot.EndsWith('/') ? specRoot : specRoot + "/")
            .Add("build_property.RootNamespace", "Zoo"));

        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Values.Empty;

        private sealed class Values(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Values Empty = new(ImmutableDictionary<string, string>.Empty);

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
