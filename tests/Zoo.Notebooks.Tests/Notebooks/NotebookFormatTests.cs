using System.Diagnostics;
using System.Text.Json;
using Zoo.Notebooks.Runner.Ipynb;

namespace Zoo.Notebooks.Tests.Notebooks;

/// <summary>
/// The notebooks are what VS Code's Polyglot Notebooks opens and what GitHub shows: valid nbformat 4.5 (checked
/// against the official JSON schema), C# Polyglot metadata, and the outputs of a clean run.
/// </summary>
public sealed class NotebookFormatTests : IDisposable
{
    private readonly TestNotebooks scratch = new();

    public void Dispose() => scratch.Dispose();

    public static TheoryData<string> Notebooks() => new(NotebookSuite.Paths.Select(Path.GetFileName)!);

    private static string PathOf(string name) => RepoPaths.Of("notebooks", name);

    [Fact]
    public void Every_notebook_validates_against_the_nbformat_4_5_schema()
    {
        var report = ValidateWithSchema(NotebookSuite.Paths);
        Assert.Equal(NotebookSuite.Paths.Count, report.Count);
        foreach (var (path, errors) in report)
            Assert.True(errors.Count == 0, $"{Path.GetFileName(path)}:\n{string.Join("\n", errors)}");
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Every_notebook_carries_the_polyglot_csharp_metadata(string name)
    {
        var problems = PolyglotFormat.Problems(NotebookDocument.Load(PathOf(name)));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Every_notebook_is_committed_with_the_outputs_of_a_clean_run_in_jupyters_layout(string name)
    {
        var path = PathOf(name);
        var document = NotebookDocument.Load(path);
        int expected = 1;
        foreach (var cell in document.Cells.Where(c => c.IsCode))
        {
            Assert.True(cell.ExecutionCount == expected++, $"cell {cell.Number} has execution count {cell.ExecutionCount?.ToString() ?? "null"}: run the notebook with --write-outputs");
            Assert.DoesNotContain(cell.OutputsJson!, o => o!["output_type"]!.GetValue<string>() == "error");
        }
        Assert.Equal(document.ToJson(), File.ReadAllText(path));
    }

    [Fact]
    public void The_checks_reject_a_notebook_that_breaks_the_format()
    {
        var path = scratch.Write("broken.ipynb", "var x = 1;", TestNotebooks.Markdown("text"));
        var document = NotebookDocument.Load(path);
        document.Cells[0].Json.Remove("id");
        document.Cells[0].Json["metadata"]!.AsObject().Remove("polyglot_notebook");
        document.Cells[1].Json["outputs"] = new System.Text.Json.Nodes.JsonArray();
        document.Root["metadata"]!["kernelspec"]!["name"] = "python3";
        document.Save(path);

        var errors = ValidateWithSchema(new[] { path })[path];
        Assert.Contains("/cells/0 must have required property 'id'", errors);
        Assert.Contains(errors, e => e.StartsWith("/cells/1", StringComparison.Ordinal));
        var problems = PolyglotFormat.Problems(NotebookDocument.Load(path));
        Assert.Contains("cell 1: missing or malformed id", problems);
        Assert.Contains("cell 1: metadata.polyglot_notebook.kernelName should be \"csharp\"", problems);
        Assert.Contains(problems, p => p.StartsWith("metadata.kernelspec is", StringComparison.Ordinal));
    }

    /// <summary>Runs ajv (node, draft-04) with the official schema over the notebooks: errors by path.</summary>
    private static Dictionary<string, List<string>> ValidateWithSchema(IEnumerable<string> paths)
    {
        var script = RepoPaths.Of("tests", "Zoo.Notebooks.Tests", "validate-notebooks.mjs");
        var schema = RepoPaths.Of("tests", "Zoo.Notebooks.Tests", "schemas", "nbformat.v4.5.schema.json");
        Assert.True(Directory.Exists(RepoPaths.Of("node_modules", "ajv-draft-04")), "ajv is not installed: run 'npm ci' in the repository");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { script, schema }.Concat(paths)) start.ArgumentList.Add(argument);
        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEnd();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, $"node failed: {stderr}");
        return JsonSerializer.Deserialize<Dictionary<string, List<string>>>(stdout.Result)!;
    }
}
