using Zoo.Generator.Tests.Infrastructure;

namespace Zoo.Generator.Tests;

/// <summary>
/// Every generated file, compared with its committed snapshot: the zoo's specs, the test-only feature specs, and the
/// diagnostics of the test-only specs made to fail. Review a change by reading the .received file's diff.
/// </summary>
public class SnapshotTests
{
    private static readonly Lazy<GeneratorRun> ZooRun = new(() => GeneratorRun.Of(SpecFiles.AsFiles(SpecFiles.Zoo)));
    private static readonly Lazy<GeneratorRun> FeatureRun = new(() => GeneratorRun.Of(SpecFiles.AsFiles(SpecFiles.Features), "Zoo.Features"));

    public static TheoryData<string> ZooHints() => new(ZooRun.Value.Sources.Select(s => s.HintName));

    public static TheoryData<string> FeatureHints() => new(FeatureRun.Value.Sources.Select(s => s.HintName));

    private static IEnumerable<string> InvalidPaths =>
        SpecFiles.Under(SpecFiles.TestSpecsRoot).Where(s => s.Path.StartsWith("invalid/", StringComparison.Ordinal)).Select(s => s.Path);

    public static TheoryData<string> InvalidSpecs() => new(InvalidPaths);

    [Theory]
    [MemberData(nameof(ZooHints))]
    public void Zoo(string hintName) =>
        Snapshot.Source($"{nameof(SnapshotTests)}.{nameof(Zoo)}", hintName, ZooRun.Value.SourceOf(hintName));

    [Theory]
    [MemberData(nameof(FeatureHints))]
    public void Features(string hintName) =>
        Snapshot.Source($"{nameof(SnapshotTests)}.{nameof(Features)}", hintName, FeatureRun.Value.SourceOf(hintName));

    [Theory]
    [MemberData(nameof(InvalidSpecs))]
    public void Invalid(string path)
    {
        var spec = SpecFiles.Under(SpecFiles.TestSpecsRoot).Single(s => s.Path == path);
        var run = GeneratorRun.Of((path, spec.Json));
        Assert.NotEmpty(run.Errors);
        Assert.DoesNotContain(run.Sources, s => s.HintName != "ModelCatalog.cs");
        Snapshot.Text($"{nameof(SnapshotTests)}.{nameof(Invalid)}#{Snapshot.FileNameOf(path.Replace(".zoo.json", ""))}", DiagnosticText.Format(run.Diagnostics));
    }

    [Fact]
    public void Every_snapshot_file_belongs_to_a_generated_file_or_an_invalid_spec()
    {
        var expected = ZooRun.Value.Sources.Select(s => $"{nameof(SnapshotTests)}.{nameof(Zoo)}#{Snapshot.FileNameOf(s.HintName)}.verified.cs")
            .Concat(FeatureRun.Value.Sources.Select(s => $"{nameof(SnapshotTests)}.{nameof(Features)}#{Snapshot.FileNameOf(s.HintName)}.verified.cs"))
            .Concat(InvalidPaths.Select(path => $"{nameof(SnapshotTests)}.{nameof(Invalid)}#{Snapshot.FileNameOf(path.Replace(".zoo.json", ""))}.verified.txt"))
            .ToHashSet();
        var orphans = Directory.EnumerateFiles(Snapshot.Folder, "*.verified.*")
            .Select(path => Path.GetFileName(path))
            .Where(name => name!.StartsWith(nameof(SnapshotTests) + ".", StringComparison.Ordinal) && !expected.Contains(name))
            .ToList();
        Assert.True(orphans.Count == 0, "Snapshots nothing generates any more (delete them): " + string.Join(", ", orphans));
    }
}
