using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Zoo.Generator;

namespace Zoo.Cli.Tests;

/// <summary>
/// Runs the zoo's generator on spec files as a build would (specs as additional files, the spec root and root
/// namespace as MSBuild properties), compiles what it generates against Zoo.dll and Zoo.Torch, and loads it.
/// </summary>
public static class SpecGenerator
{
    public sealed record Output(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> CompileErrors, Assembly? Assembly);

    public static Output Run(string specRoot, IEnumerable<string> specFiles, string rootNamespace)
    {
        var files = specFiles.Select(f => (AdditionalText)new SpecFile(f)).ToImmutableArray();
        var options = new Properties(new Dictionary<string, string>
        {
            ["build_property.ZooSpecRoot"] = Path.GetFullPath(specRoot).TrimEnd('/') + "/",
            ["build_property.RootNamespace"] = rootNamespace,
        });
        var parse = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var empty = CSharpCompilation.Create("Specs", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new ZooGenerator().AsSourceGenerator() }, files, parse, options);
        driver = driver.RunGenerators(empty);
        var result = driver.GetRunResult().Results.Single();
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            return new Output(result.Diagnostics, Array.Empty<string>(), null);

        var runtime = RuntimeEnvironment.GetRuntimeDirectory();
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetDirectoryName(p)!.TrimEnd('/') == runtime.TrimEnd('/'))
            .Append(typeof(Zoo.Torch.torch).Assembly.Location)
            .Append(typeof(ModelEntry).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(rootNamespace + ".Generated",
            result.GeneratedSources.Select(s => CSharpSyntaxTree.ParseText(s.SourceText, parse, s.HintName)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        var problems = emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        return new Output(result.Diagnostics, problems, emitted.Success ? Assembly.Load(stream.ToArray()) : null);
    }

    private sealed class SpecFile(string path) : AdditionalText
    {
        public override string Path { get; } = System.IO.Path.GetFullPath(path);
        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path), Encoding.UTF8);
    }

    private sealed class Properties(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly Options global = new(values.ToImmutableDictionary());
        public override AnalyzerConfigOptions GlobalOptions => global;
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
