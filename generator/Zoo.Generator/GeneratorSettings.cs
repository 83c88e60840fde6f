using Microsoft.CodeAnalysis.Diagnostics;

namespace Zoo.Generator;

/// <summary>
/// The MSBuild properties the generator reads (made visible by Zoo.Generator.props): where spec paths are relative
/// to, and the namespace of the generated catalog.
/// </summary>
internal sealed record GeneratorSettings(string? SpecRoot, string CatalogNamespace)
{
    public const string DefaultNamespace = "Zoo";

    public static GeneratorSettings From(AnalyzerConfigOptions options)
    {
        options.TryGetValue("build_property.ZooSpecRoot", out var root);
        options.TryGetValue("build_property.RootNamespace", out var ns);
        var catalogNamespace = ns is { Length: > 0 } && Semantics.NameRules.ProblemWithNamespace(ns) is null ? ns : DefaultNamespace;
        return new GeneratorSettings(root is { Length: > 0 } ? root : null, catalogNamespace);
    }
}
