using Xunit.Abstractions;

namespace Zoo.Notebooks.Tests.Notebooks;

[Collection(NotebookSuiteCollection.Name)]
public sealed class SmokeRunTests(NotebookSuite suite, ITestOutputHelper output)
{
    [Fact]
    public void The_notebooks_folder_has_notebooks()
    {
        Assert.Contains("00-getting-started.ipynb", NotebookSuite.Paths.Select(Path.GetFileName));
    }

    [Fact]
    public async Task Every_notebook_runs_every_cell_in_smoke_mode()
    {
        var runs = await suite.SmokeRuns;
        foreach (var (name, run) in runs)
            output.WriteLine($"{name}: {run.Cells.Count} code cells, {run.Elapsed.TotalSeconds:0.0} s" + (run.Succeeded ? "" : $", {run.Failure!.Message}"));

        var failures = runs.Where(r => !r.Value.Succeeded).Select(r => $"{r.Key}: {r.Value.Failure!.Message}").ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        foreach (var (name, run) in runs)
            Assert.True(run.Cells.Count == run.Document.Cells.Count(c => c.IsCode), $"{name}: not every code cell ran");
    }
}
