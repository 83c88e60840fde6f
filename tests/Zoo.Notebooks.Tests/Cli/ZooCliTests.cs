using Zoo.Cli;
using Zoo.Cli.Commands;
using Zoo.Notebooks.Runner.Ipynb;

namespace Zoo.Notebooks.Tests.Cli;

public sealed class ZooCliTests : IDisposable
{
    private readonly TestNotebooks notebooks = new();

    public void Dispose() => notebooks.Dispose();

    private static async Task<(int code, string output, string error)> Zoo(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = await ZooCommandLine.RunAsync(args, output, error, NotebookCommand.Create());
        return (code, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("notebook", "--help")]
    [InlineData("notebook", "run", "--help")]
    public async Task Every_command_has_help(params string[] args)
    {
        var (code, output, error) = await Zoo(args);
        Assert.Equal(0, code);
        Assert.Contains("Usage:", output);
        Assert.Empty(error);
    }

    [Theory]
    [InlineData("unknown command or option 'notebok'", "notebok")]
    [InlineData("Required command was not provided", "notebook")]
    [InlineData("Required argument missing", "notebook", "run")]
    [InlineData("'missing.ipynb' does not exist", "notebook", "run", "missing.ipynb")]
    [InlineData("--timeout must be a positive number of seconds, got -1", "notebook", "run", "{notebook}", "--timeout", "-1")]
    [InlineData("Cannot parse argument 'soon'", "notebook", "run", "{notebook}", "--timeout", "soon")]
    [InlineData("unknown command or option '--verbose'", "notebook", "run", "{notebook}", "--verbose")]
    public async Task A_bad_command_line_gets_one_line_on_stderr_and_exit_code_2(string expected, params string[] args)
    {
        var notebook = notebooks.Write("ok.ipynb", "1 + 1");
        var (code, output, error) = await Zoo(args.Select(a => a.Replace("{notebook}", notebook)).ToArray());

        Assert.Equal(2, code);
        Assert.Empty(output);
        var line = Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Contains(expected, line);
        Assert.EndsWith("--help')", line);
    }

    [Fact]
    public async Task Run_reports_each_notebook_and_names_the_failing_cell()
    {
        var good = notebooks.Write("good.ipynb", "Console.WriteLine(Environment.GetEnvironmentVariable(\"ZOO_NOTEBOOK_SMOKE\") ?? \"full\");");
        var bad = notebooks.Write("bad.ipynb", "var a = 1;", "throw new InvalidOperationException(\"no data\");");

        var (code, output, error) = await Zoo("notebook", "run", good, bad, "--smoke", "--write-outputs", "--no-build");

        Assert.Equal(1, code);
        Assert.Contains("good.ipynb: ok, 1 code cells in", output);
        Assert.Equal($"{bad}: cell 2 (throw new InvalidOperationException(\"no data\");) failed: " +
                     "InvalidOperationException: no data\n", error);
        var written = NotebookDocument.Load(good).Cells[0].OutputsJson!.ToJsonString();
        Assert.Contains("\"text\":[\"1\\n\"]", written);
        Assert.Null(Environment.GetEnvironmentVariable("ZOO_NOTEBOOK_SMOKE"));
    }

    [Fact]
    public async Task Run_takes_folders_and_runs_their_notebooks_in_name_order()
    {
        notebooks.Write("b.ipynb", "Console.WriteLine(\"b\");");
        notebooks.Write("a.ipynb", "Console.WriteLine(\"a\");");

        var (code, output, _) = await Zoo("notebook", "run", notebooks.Folder, "--no-build");

        Assert.Equal(0, code);
        Assert.True(output.IndexOf("a.ipynb: ok", StringComparison.Ordinal) < output.IndexOf("b.ipynb: ok", StringComparison.Ordinal), output);
    }

    [Fact]
    public async Task A_cell_over_the_time_limit_fails_the_run()
    {
        var slow = notebooks.Write("slow.ipynb", "System.Threading.Thread.Sleep(2000);");

        var (code, _, error) = await Zoo("notebook", "run", slow, "--timeout", "0.2", "--no-build");

        Assert.Equal(1, code);
        Assert.Contains("cell 1 (System.Threading.Thread.Sleep(2000);) failed: TimeoutException: the cell did not finish within 0.2 s", error);
        Assert.True(AbandonedWork.Any, "the cell still running must make `zoo` end at once rather than normally");
    }
}
