using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Zoo.Generator;

namespace Zoo.Notebooks;

/// <summary>
/// A problem of a spec, as the build reports it: <c>my-block.zoo.json(12,31): error ZOO010: ...</c>, with the line
/// of the spec it points at. Positions are one-based, as compilers print them.
/// </summary>
public sealed record SpecDiagnostic(string Id, string Severity, string Title, string Message, string Path, int Line, int Column, string SourceLine, string? HelpLink)
{
    /// <summary>True for an error (the spec generates no code); false for a warning.</summary>
    public bool IsError => Severity == "error";

    /// <summary>The spec's line with a caret under the column the diagnostic points at.</summary>
    public string Excerpt()
    {
        var text = SourceLine.Replace('\t', ' ');
        int start = text.Length - text.TrimStart().Length;
        int caret = Math.Clamp(Column - 1 - start, 0, Math.Max(0, text.Length - start));
        return $"{Line,4} | {text.Trim()}\n     | {new string(' ', caret)}^";
    }

    /// <summary>The diagnostic in the format of the build's output.</summary>
    public override string ToString() => $"{Path}({Line},{Column}): {Severity} {Id}: {Message}";
}

/// <summary>
/// Specs of your own built inside a notebook, the way <c>dotnet build</c> builds them: the zoo's generator runs in
/// this process over every <c>*.zoo.json</c> of a folder (with the zoo's own specs visible, so a spec may use
/// <c>Cbam</c> or <c>Se</c> by name), reports what is wrong at its line and column, and gives the C# it generates;
/// <see cref="Load"/> compiles that C# against the loaded zoo and returns the specs' catalog entries, from which
/// modules are built (<c>entry.Create(...)</c>, or <c>new BlockFactory(...)</c> for a network's attention slot).
/// </summary>
/// <remarks>
/// The compiler is the host's own (VS Code's C# kernel and the headless runner both run on Roslyn); the generator is
/// <c>Zoo.Generator.dll</c>, next to this assembly.
/// </remarks>
public sealed class SpecBuild
{
    private static int loads;
    private readonly ImmutableArray<SyntaxTree> generatedTrees;
    private IReadOnlyList<ModelEntry>? entries;

    private SpecBuild(string folder, string rootNamespace, IReadOnlyList<SpecDiagnostic> diagnostics, IReadOnlyDictionary<string, string> sources, ImmutableArray<SyntaxTree> trees)
    {
        Folder = folder;
        RootNamespace = rootNamespace;
        Diagnostics = diagnostics;
        GeneratedSources = sources;
        generatedTrees = trees;
    }

    /// <summary>The folder whose specs were built.</summary>
    public string Folder { get; }

    /// <summary>The namespace of the generated catalog (<c>{RootNamespace}.ModelCatalog</c>), as a project's root namespace.</summary>
    public string RootNamespace { get; }

    /// <summary>Every error and warning, in file and position order.</summary>
    public IReadOnlyList<SpecDiagnostic> Diagnostics { get; }

    /// <summary>True when no spec has an error.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>The generated C# files by hint name (<c>my-block.g.cs</c>, <c>ModelCatalog.g.cs</c>).</summary>
    public IReadOnlyDictionary<string, string> GeneratedSources { get; }

    /// <summary>
    /// Runs the generator over every <c>*.zoo.json</c> below <paramref name="folder"/>. <paramref name="zooSpecs"/>
    /// (the repository's <c>model-specs</c>) makes the zoo's specs visible to them, as the Zoo package does for a
    /// project: they can be used by name and generate nothing.
    /// </summary>
    public static SpecBuild Run(string folder, string? zooSpecs = null, string rootNamespace = "MySpecs")
    {
        var root = System.IO.Path.GetFullPath(folder);
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"No spec folder at '{root}'.");
        var own = SpecFiles(root).Select(p => (AdditionalText)new SpecText(p)).ToList();
        if (own.Count == 0) throw new FileNotFoundException($"'{root}' holds no *.zoo.json spec.");
        var references = zooSpecs is null
            ? new List<AdditionalText>()
            : SpecFiles(System.IO.Path.GetFullPath(zooSpecs)).Select(p => (AdditionalText)new SpecText(p)).ToList();

        var parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var options = new Options(
            new Dictionary<string, string>
            {
                ["build_property.ZooSpecRoot"] = root + System.IO.Path.DirectorySeparatorChar,
                ["build_property.RootNamespace"] = rootNamespace,
            },
            references.Select(r => r.Path).ToHashSet(StringComparer.Ordinal));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new ZooGenerator().AsSourceGenerator() }, own.Concat(references), parseOptions, options);
        var empty = CSharpCompilation.Create("Specs", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        driver = driver.RunGeneratorsAndUpdateCompilation(empty, out var generated, out var driverDiagnostics);
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is { } failure) throw new InvalidOperationException($"The generator failed: {failure.Message}", failure);

        var diagnostics = result.Diagnostics.Concat(driverDiagnostics).Distinct()
            .Select(d => Describe(d, root))
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        var sources = result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        return new SpecBuild(root, rootNamespace, diagnostics, sources, result.GeneratedSources.Select(s => s.SyntaxTree).ToImmutableArray());
    }

    /// <summary>The generated C# of the spec in <paramref name="specFile"/> (a path relative to the folder: <c>my-block.zoo.json</c>).</summary>
    public string SourceOf(string specFile)
    {
        var hint = specFile.Replace('\\', '/').Replace(".zoo.json", ".g.cs", StringComparison.Ordinal).Replace('/', '.');
        return GeneratedSources.TryGetValue(hint, out var source)
            ? source
            : throw new ArgumentException($"Nothing was generated for '{specFile}' (generated: {string.Join(", ", GeneratedSources.Keys)}).", nameof(specFile));
    }

    /// <summary>
    /// Compiles the generated C# against the loaded zoo, loads it beside the zoo, and returns the catalog entries of
    /// the folder's specs (their names, hyperparameters, examples and factories). Once per build.
    /// </summary>
    /// <exception cref="InvalidOperationException">A spec has errors, or the generated C# does not compile.</exception>
    public IReadOnlyList<ModelEntry> Load()
    {
        if (entries is not null) return entries;
        if (!Succeeded)
            throw new InvalidOperationException($"The specs have errors, so nothing was generated:\n{string.Join("\n", Diagnostics.Where(d => d.IsError))}");
        var name = $"{RootNamespace}.Specs{Interlocked.Increment(ref loads)}";
        var compilation = CSharpCompilation.Create(name, generatedTrees, References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
            throw new InvalidOperationException("The generated code does not compile:\n" +
                string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        image.Position = 0;
        var context = AssemblyLoadContext.GetLoadContext(typeof(ModelEntry).Assembly) ?? AssemblyLoadContext.Default;
        var assembly = context.LoadFromStream(image);
        var catalog = assembly.GetType($"{RootNamespace}.ModelCatalog")
            ?? throw new InvalidOperationException($"The generated code has no {RootNamespace}.ModelCatalog.");
        entries = (IReadOnlyList<ModelEntry>)catalog.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        return entries;
    }

    /// <summary>The catalog entry named <paramref name="name"/> (a spec or a preset), after <see cref="Load"/>.</summary>
    public ModelEntry Entry(string name) =>
        Load().SingleOrDefault(e => e.Name == name)
        ?? throw new ArgumentException($"The specs define no '{name}' (they define {string.Join(", ", Load().Select(e => e.Name))}).", nameof(name));

    /// <summary>The diagnostics one per line and a last line as <c>dotnet build</c> ends: succeeded, or how many errors.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var diagnostic in Diagnostics) text.AppendLine(diagnostic.ToString());
        int errors = Diagnostics.Count(d => d.IsError), warnings = Diagnostics.Count - errors;
        text.Append(errors == 0 ? "Build succeeded" : "Build FAILED")
            .Append(CultureInfo.InvariantCulture, $": {errors} error(s), {warnings} warning(s); {GeneratedSources.Count} file(s) generated");
        return text.ToString();
    }

    private static IEnumerable<string> SpecFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.zoo.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private static SpecDiagnostic Describe(Diagnostic diagnostic, string root)
    {
        var span = diagnostic.Location.GetLineSpan();
        string path = span.Path ?? "", sourceLine = "";
        if (path.Length > 0 && File.Exists(path))
        {
            var lines = File.ReadAllLines(path);
            if (span.StartLinePosition.Line < lines.Length) sourceLine = lines[span.StartLinePosition.Line];
            path = System.IO.Path.GetRelativePath(root, path).Replace('\\', '/');
        }
        return new SpecDiagnostic(
            diagnostic.Id,
            diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning",
            diagnostic.Descriptor.Title.ToString(CultureInfo.InvariantCulture),
            diagnostic.GetMessage(CultureInfo.InvariantCulture),
            path,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            sourceLine,
            string.IsNullOrEmpty(diagnostic.Descriptor.HelpLinkUri) ? null : diagnostic.Descriptor.HelpLinkUri);
    }

    // The .NET runtime's assemblies, Zoo.Torch and Zoo: what generated code uses.
    private static IEnumerable<MetadataReference> References()
    {
        var runtime = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var framework = trusted.Where(p => System.IO.Path.GetDirectoryName(p)!.TrimEnd(System.IO.Path.DirectorySeparatorChar) == runtime);
        var zoo = new[] { typeof(Zoo.Torch.torch).Assembly, typeof(ModelEntry).Assembly }.Select(LocationOf);
        return framework.Concat(zoo).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
    }

    private static string LocationOf(Assembly assembly)
    {
        if (assembly.Location.Length > 0) return assembly.Location;
        // Loaded from bytes: the file is beside this assembly, as notebooks/lib holds them.
        var beside = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(typeof(SpecBuild).Assembly.Location) ?? AppContext.BaseDirectory, assembly.GetName().Name + ".dll");
        return File.Exists(beside) ? beside : throw new FileNotFoundException($"Cannot find the file of {assembly.GetName().Name} to compile against.", beside);
    }

    private sealed class SpecText(string path) : AdditionalText
    {
        private readonly SourceText text = SourceText.From(File.ReadAllText(path), Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    // The MSBuild properties and item metadata the generator reads, as the compiler passes them.
    private sealed class Options(IReadOnlyDictionary<string, string> properties, ISet<string> referenceOnly) : AnalyzerConfigOptionsProvider
    {
        private readonly Values global = new(properties);
        private readonly Values reference = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.ZooReferenceOnly"] = "true" });
        private readonly Values none = new(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => none;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => referenceOnly.Contains(textFile.Path) ? reference : none;
    }

    private sealed class Values(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
