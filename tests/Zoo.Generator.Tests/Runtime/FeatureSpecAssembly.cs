using System.Reflection;
using Zoo.Generator.Tests.Infrastructure;

namespace Zoo.Generator.Tests.Runtime;

/// <summary>The test-only specs, generated, compiled and loaded once for all runtime tests that need them.</summary>
public static class FeatureSpecAssembly
{
    private static readonly Lazy<Assembly> assembly = new(() =>
    {
        var run = GeneratorRun.Of(SpecFiles.AsFiles(SpecFiles.Features), rootNamespace: "Zoo.Features");
        return CompilationFactory.Load(CompilationFactory.ForFeatures(run.Sources.Select(s => s.SyntaxTree), "ZooFeaturesRuntime"));
    });

    public static Assembly Assembly => assembly.Value;

    /// <summary>The catalog the generator wrote for the test-only specs.</summary>
    public static IReadOnlyList<ModelEntry> Catalog =>
        (IReadOnlyList<ModelEntry>)Assembly.GetType("Zoo.Features.ModelCatalog")!.GetProperty("All")!.GetValue(null)!;
}
