using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Zoo.Generator.Tests.Infrastructure;

/// <summary>
/// Runs the generator in process, as the compiler does: over a compilation with no sources (specs are additional
/// files), with step tracking on. Keeps the driver, so a test can run it again on edited files.
/// </summary>
public sealed class GeneratorRun
{
    public const string SpecRoot = "/specs/";

    private GeneratorRun(GeneratorDriver driver, CSharpCompilation compilation, IReadOnlyList<AdditionalText> files)
    {
        Driver = driver;
        Compilation = compilation;
        Files = files;
    }

    public GeneratorDriver Driver { get; }

    public CSharpCompilation Compilation { get; }

    public IReadOnlyList<AdditionalText> Files { get; }

    public GeneratorDriverRunResult Result => Driver.GetRunResult();

    public GeneratorRunResult Single => Result.Results.Single();

    public IReadOnlyList<Diagnostic> Diagnostics => Single.Diagnostics;

    public IReadOnlyList<GeneratedSourceResult> Sources => Single.GeneratedSources;

    /// <summary>
    /// Runs the generator over these spec files (path → JSON), and over <paramref name="referenceOnly"/> marked as the
    /// MSBuild wiring marks the specs of a referenced assembly (ZooReferenceOnly="true").
    /// </summary>
    public static GeneratorRun Of(IEnumerable<AdditionalText> files, string rootNamespace = "Zoo", IEnumerable<AdditionalText>? referenceOnly = null)
    {
        var references = (referenceOnly ?? Enumerable.Empty<AdditionalText>()).ToList();
        var list = files.Concat(references).ToList();
        var compilation = CSharpCompilation.Create("Specs", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new TestOptionsProvider(
            new Dictionary<string, string> { ["ZooSpecRoot"] = SpecRoot, ["RootNamespace"] = rootNamespace },
            references.ToDictionary(f => f.Path, f => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["ZooReferenceOnly"] = "true" }));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new ZooGenerator().AsSourceGenerator() },
            list,
            CompilationFactory.ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(compilation);
        return new GeneratorRun(driver, compilation, list);
    }

    public static GeneratorRun Of(params (string Path, string Json)[] files) =>
        Of(files.Select(f => new InMemoryAdditionalText(SpecRoot + f.Path, f.Json)));

    /// <summary>Runs the same driver again after replacing one file's text (or on unchanged files when null).</summary>
    public GeneratorRun Rerun(string? path = null, string? json = null)
    {
        var driver = Driver;
        var files = Files.ToList();
        if (path is not null)
        {
            var index = files.FindIndex(f => f.Path == path);
            AdditionalText replacement = new InMemoryAdditionalText(path, json!);
            driver = driver.ReplaceAdditionalText(files[index], replacement);
            files[index] = replacement;
        }
        driver = driver.RunGenerators(Compilation);
        return new GeneratorRun(driver, Compilation, files);
    }

    public string SourceOf(string hintName) => Sources.Single(s => s.HintName == hintName).SourceText.ToString();

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
}
