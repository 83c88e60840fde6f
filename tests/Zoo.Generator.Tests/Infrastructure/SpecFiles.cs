namespace Zoo.Generator.Tests.Infrastructure;

/// <summary>The specs the tests run on: the zoo's (model-specs/) and the test-only ones (tests/Zoo.Generator.Tests/Specs/).</summary>
public static class SpecFiles
{
    public static string ModelSpecsRoot => RepoPaths.Of("model-specs");

    public static string TestSpecsRoot => RepoPaths.Of("tests", "Zoo.Generator.Tests", "Specs");

    /// <summary>Relative path (with '/') → content, for every *.zoo.json below a root.</summary>
    public static IReadOnlyList<(string Path, string Json)> Under(string root) =>
        Directory.EnumerateFiles(root, "*.zoo.json", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f)))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<(string Path, string Json)> Zoo => Under(ModelSpecsRoot);

    /// <summary>The test-only specs that must generate without errors (the "invalid" folder holds specs made to fail).</summary>
    public static IReadOnlyList<(string Path, string Json)> Features => Under(TestSpecsRoot).Where(f => !f.Path.StartsWith("invalid/", StringComparison.Ordinal)).ToList();

    /// <summary>Everything that must generate cleanly together: the zoo and the feature specs (they may use zoo blocks).</summary>
    public static IReadOnlyList<(string Path, string Json)> AllValid =>
        Zoo.Select(f => ("zoo/" + f.Path, f.Json)).Concat(Features.Select(f => ("features/" + f.Path, f.Json))).ToList();

    public static IEnumerable<InMemoryAdditionalText> AsFiles(IEnumerable<(string Path, string Json)> specs) =>
        specs.Select(s => new InMemoryAdditionalText(GeneratorRun.SpecRoot + s.Path, s.Json));
}
