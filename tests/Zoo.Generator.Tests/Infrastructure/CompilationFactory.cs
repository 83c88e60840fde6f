using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Zoo.Generator.Tests.Infrastructure;

/// <summary>
/// Compilations of generated code against the real assemblies: the .NET runtime the tests run on, Zoo.Torch, and the
/// zoo's runtime support. The zoo's own specs are compiled with the runtime's sources (src/Zoo/Runtime and Catalog),
/// since Zoo.dll already holds classes generated from them; the test-only specs reference Zoo.dll itself.
/// </summary>
public static class CompilationFactory
{
    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default
        .WithLanguageVersion(LanguageVersion.Latest)
        .WithDocumentationMode(DocumentationMode.Diagnose);

    private static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        optimizationLevel: OptimizationLevel.Debug,
        warningLevel: 9999);

    private static readonly Lazy<MetadataReference[]> Framework = new(() =>
    {
        var runtime = RuntimeEnvironment.GetRuntimeDirectory();
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(p => Path.GetDirectoryName(p)!.TrimEnd(Path.DirectorySeparatorChar) == runtime.TrimEnd(Path.DirectorySeparatorChar))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();
    });

    private static readonly Lazy<MetadataReference> ZooTorch = new(() => MetadataReference.CreateFromFile(typeof(Zoo.Torch.torch).Assembly.Location));

    private static readonly Lazy<MetadataReference> ZooAssembly = new(() => MetadataReference.CreateFromFile(typeof(ModelEntry).Assembly.Location));

    /// <summary>src/Zoo's runtime support as source, plus the implicit usings the project compiles with.</summary>
    private static readonly Lazy<SyntaxTree[]> RuntimeSources = new(() =>
    {
        var folders = new[] { RepoPaths.Of("src", "Zoo", "Runtime"), RepoPaths.Of("src", "Zoo", "Catalog") };
        var usings = CSharpSyntaxTree.ParseText(
            "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Threading; global using System.Threading.Tasks;",
            ParseOptions.WithDocumentationMode(DocumentationMode.None), path: "GlobalUsings.cs");
        return folders.SelectMany(f => Directory.EnumerateFiles(f, "*.cs"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), ParseOptions, path: f))
            .Prepend(usings)
            .ToArray();
    });

    /// <summary>The zoo's generated code with the runtime's sources.</summary>
    public static CSharpCompilation ForZoo(IEnumerable<SyntaxTree> generated) =>
        CSharpCompilation.Create("ZooGenerated", RuntimeSources.Value.Concat(generated), Framework.Value.Append(ZooTorch.Value), Options);

    /// <summary>Generated code of test-only specs, referencing Zoo.dll for the runtime support.</summary>
    public static CSharpCompilation ForFeatures(IEnumerable<SyntaxTree> generated, string name = "ZooFeatures") =>
        CSharpCompilation.Create(name, generated, Framework.Value.Append(ZooTorch.Value).Append(ZooAssembly.Value), Options);

    /// <summary>Warnings and errors, formatted one per line with the offending line of source.</summary>
    public static IReadOnlyList<string> Problems(Compilation compilation) =>
        compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d + Environment.NewLine + "    " + (d.Location.SourceTree?.GetText().Lines[d.Location.GetLineSpan().StartLinePosition.Line].ToString().Trim() ?? ""))
            .ToList();

    /// <summary>Fails with every warning and error listed in full.</summary>
    public static void AssertClean(Compilation compilation)
    {
        var problems = Problems(compilation);
        Assert.True(problems.Count == 0, $"{problems.Count} problems:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Take(30))}");
    }

    /// <summary>Compiles and loads an assembly (its references are already loaded in this process).</summary>
    public static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success) throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return Assembly.Load(stream.ToArray());
    }
}
