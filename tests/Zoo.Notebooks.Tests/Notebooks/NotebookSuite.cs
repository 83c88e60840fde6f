using Zoo.Notebooks.Runner.Execution;

namespace Zoo.Notebooks.Tests.Notebooks;

/// <summary>
/// Every notebook in notebooks/, run once in smoke mode and shared by the tests that look at the results (running
/// a notebook is the expensive part). The notebook libraries (notebooks/lib) are built with this test project.
/// </summary>
public sealed class NotebookSuite
{
    public static IReadOnlyList<string> Paths { get; } =
        Directory.GetFiles(RepoPaths.Of("notebooks"), "*.ipynb").Order(StringComparer.Ordinal).ToList();

    private readonly Lazy<Task<IReadOnlyDictionary<string, NotebookRunResult>>> smokeRuns = new(RunAll);

    /// <summary>The smoke run of every notebook, by file name.</summary>
    public Task<IReadOnlyDictionary<string, NotebookRunResult>> SmokeRuns => smokeRuns.Value;

    private static async Task<IReadOnlyDictionary<string, NotebookRunResult>> RunAll()
    {
        var results = new Dictionary<string, NotebookRunResult>(StringComparer.Ordinal);
        foreach (var path in Paths)
            results[Path.GetFileName(path)] = await NotebookRunner.RunAsync(path, new NotebookRunOptions
            {
                Smoke = true,
                BuildLibraries = false,
                CellTimeout = TimeSpan.FromMinutes(5),
            });
        return results;
    }
}

[CollectionDefinition(Name)]
public sealed class NotebookSuiteCollection : ICollectionFixture<NotebookSuite>
{
    public const string Name = "notebook suite";
}
