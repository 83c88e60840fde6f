using System.Text.Json.Nodes;
using Zoo.Notebooks.Runner.Ipynb;

namespace Zoo.Notebooks.Tests.Ipynb;

public sealed class WriteOutputsTests : IDisposable
{
    private readonly TestNotebooks notebooks = new();

    public void Dispose() => notebooks.Dispose();

    private string Sample() => notebooks.Write("sample.ipynb",
        TestNotebooks.Markdown("# Title\n\nSome *text* with $x^2$."),
        "var xs = Enumerable.Range(1, 4).ToArray();\nConsole.WriteLine(string.Join(\" \", xs));",
        "display(HTML(\"<p>café</p>\"));\nxs.Sum()");

    [Fact]
    public async Task Outputs_written_back_are_the_ones_jupyter_would_store()
    {
        var path = Sample();
        var result = await TestNotebooks.Run(path, writeOutputs: true);
        Assert.True(result.Succeeded, result.Failure?.Message);

        var cells = (JsonArray)JupyterJson.Parse(File.ReadAllText(path))["cells"]!;
        var first = cells[1]!;
        Assert.Equal(1, first["execution_count"]!.GetValue<int>());
        Assert.Equal("""[{"name":"stdout","output_type":"stream","text":["1 2 3 4\n"]}]""", first["outputs"]!.ToJsonString());
        var second = cells[2]!;
        Assert.Equal(2, second["execution_count"]!.GetValue<int>());
        Assert.Equal(
            """[{"data":{"text/html":["<p>café</p>"]},"metadata":{},"output_type":"display_data"},""" +
            """{"data":{"text/plain":["10"]},"execution_count":2,"metadata":{},"output_type":"execute_result"}]""",
            second["outputs"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Empty(Directory.GetFiles(notebooks.Folder, "*.tmp"));
    }

    [Fact]
    public async Task Running_twice_writes_the_same_bytes()
    {
        var path = Sample();
        await TestNotebooks.Run(path, writeOutputs: true);
        var once = File.ReadAllBytes(path);
        await TestNotebooks.Run(path, writeOutputs: true);
        Assert.Equal(once, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task Without_write_outputs_the_file_is_untouched()
    {
        var path = Sample();
        var before = File.ReadAllBytes(path);
        var result = await TestNotebooks.Run(path);
        Assert.True(result.Succeeded);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_notebook_read_and_written_unchanged_keeps_its_bytes_and_unknown_fields()
    {
        var path = Sample();
        var document = NotebookDocument.Load(path);
        document.Root["metadata"]!["custom"] = new JsonObject { ["kept"] = "yes" };
        document.Save(path);
        var saved = File.ReadAllText(path);

        var again = NotebookDocument.Load(path);
        Assert.Equal(saved, again.ToJson());
        Assert.Equal("yes", again.Root["metadata"]!["custom"]!["kept"]!.GetValue<string>());
        Assert.StartsWith("{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",", saved);
        Assert.EndsWith("\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n", saved);
    }

    [Fact]
    public async Task A_failed_run_writes_the_error_and_clears_the_cells_it_did_not_reach()
    {
        var path = notebooks.Write("stale.ipynb", "Console.WriteLine(1);", "Console.WriteLine(2);");
        Assert.True((await TestNotebooks.Run(path, writeOutputs: true)).Succeeded);
        var document = NotebookDocument.Load(path);
        var first = document.Cells[0];
        first.Json["source"] = MultilineText.ToLines("throw new InvalidOperationException(\"no\");");
        document.Save(path);

        var result = await TestNotebooks.Run(path, writeOutputs: true);

        Assert.False(result.Succeeded);
        var written = NotebookDocument.Load(path);
        Assert.Equal("error", written.Cells[0].OutputsJson![0]!["output_type"]!.GetValue<string>());
        Assert.Equal("no", written.Cells[0].OutputsJson![0]!["evalue"]!.GetValue<string>());
        Assert.Empty(written.Cells[1].OutputsJson!);
        Assert.Null(written.Cells[1].ExecutionCount);
    }
}
