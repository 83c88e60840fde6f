using Xunit.Abstractions;
using Zoo.Notebooks.Runner.Outputs;

namespace Zoo.Notebooks.Tests.Notebooks;

[Collection(NotebookSuiteCollection.Name)]
public sealed class SmokeRunTests(NotebookSuite suite, ITestOutputHelper output)
{
    [Fact]
    public void The_notebooks_folder_has_one_notebook_per_family()
    {
        string[] expected =
        {
            "00-getting-started.ipynb", "01-channel-attention.ipynb", "02-spatial-attention.ipynb", "03-self-attention.ipynb",
            "04-danet-ccnet-segmentation.ipynb", "05-split-and-selective-kernels.ipynb", "06-residual-attention-network.ipynb",
            "07-add-your-own-block.ipynb",
        };
        Assert.Subset(NotebookSuite.Paths.Select(Path.GetFileName).ToHashSet()!, expected.ToHashSet());
    }

    [Fact]
    public async Task The_spec_notebook_shows_the_diagnostics_of_its_broken_draft_and_then_builds_it()
    {
        var run = (await suite.SmokeRuns)["07-add-your-own-block.ipynb"];
        Assert.True(run.Succeeded, run.Failure?.Message);
        var text = string.Concat(run.Cells.SelectMany(c => c.Outputs).OfType<StreamOutput>().Select(o => o.Text));
        Assert.Contains("coordinate-attention.zoo.json(1,1): error ZOO002: The spec needs the property \"name\"", text);
        Assert.Matches(@"coordinate-attention\.zoo\.json\(\d+,\d+\): error ZOO010: Argument 'out_channels' of Conv2d must be an int \(use // for integer division", text);
        Assert.Matches(@"coordinate-attention\.zoo\.json\(\d+,\d+\): error ZOO015: The shape annotation cannot hold", text);
        Assert.Contains("Build succeeded: 0 error(s), 0 warning(s)", text);
        Assert.Contains("CoordinateAttention.forward: input x expected [B, 64, H, W], got [2, 32, 16, 12]", text);
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
