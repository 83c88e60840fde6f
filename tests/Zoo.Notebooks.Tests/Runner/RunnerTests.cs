using Zoo.Notebooks.Runner.Outputs;
using static Zoo.Notebooks.Tests.TestNotebooks;

namespace Zoo.Notebooks.Tests.Runner;

public sealed class RunnerTests : IDisposable
{
    private readonly TestNotebooks notebooks = new();

    public void Dispose() => notebooks.Dispose();

    private static FormattedValue Only(CellOutput output, string mimeType) =>
        Assert.Single(Assert.IsType<DisplayDataOutput>(output).Data, v => v.MimeType == mimeType);

    [Fact]
    public async Task Cells_run_in_order_and_share_variables_and_types()
    {
        var result = await notebooks.RunCells(
            "var log = new List<string> { \"first\" };",
            "record Point(int X, int Y);\nlog.Add(\"second\");",
            "var p = new Point(3, 4);\nlog.Add(\"third\");",
            "string.Join(\",\", log) + $\" {p.X * p.Y}\"");

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.False(result.LeftCellRunning);
        Assert.Equal(new[] { 1, 2, 3, 4 }, result.Cells.Select(c => c.ExecutionCount));
        var value = Assert.IsType<ExecuteResultOutput>(Assert.Single(result.Cells[3].Outputs));
        Assert.Equal(4, value.ExecutionCount);
        Assert.Equal(new FormattedValue("text/plain", "first,second,third 12"), Assert.Single(value.Data));
    }

    [Fact]
    public async Task A_failing_cell_stops_the_run_and_is_named_with_its_exception()
    {
        var path = notebooks.Write("fails.ipynb",
            Markdown("# A notebook that fails"),
            "Console.WriteLine(\"before\");",
            "int Divide(int a, int b) => a / b;\nConsole.WriteLine(\"dividing\");\nDivide(1, 0)",
            "Console.WriteLine(\"never\");");
        var result = await Run(path);

        Assert.False(result.Succeeded);
        var failure = result.Failure!;
        Assert.Equal(3, failure.Cell.Number);
        Assert.Equal("DivideByZeroException", failure.Error.EName);
        Assert.Equal("cell 3 (int Divide(int a, int b) => a / b;) failed: DivideByZeroException: Attempted to divide by zero.", failure.Message);

        // The failing cell keeps what it printed, then the error; the cell after it did not run and shows nothing.
        var failing = result.Cells.Single(c => c.Cell.Number == 3);
        Assert.Equal(new StreamOutput("stdout", "dividing\n"), failing.Outputs[0]);
        var error = Assert.IsType<ErrorOutput>(failing.Outputs[1]);
        Assert.Equal("System.DivideByZeroException: Attempted to divide by zero.", error.Traceback[0]);
        Assert.Contains(error.Traceback, line => line.Contains("Divide(Int32 a, Int32 b)", StringComparison.Ordinal));
        Assert.DoesNotContain(error.Traceback, line => line.Contains("CodeAnalysis", StringComparison.Ordinal) || line.Contains(" in /", StringComparison.Ordinal));
        Assert.Equal(new[] { 2, 3 }, result.Cells.Select(c => c.Cell.Number));
        var last = result.Document.Cells[3];
        Assert.Empty(last.OutputsJson!);
        Assert.Null(last.ExecutionCount);
    }

    [Fact]
    public async Task A_cell_that_does_not_compile_reports_every_error_with_its_position_in_the_cell()
    {
        var result = await notebooks.RunCells("var ok = 1;", "int n = \"text\";\nundefinedName++;");

        var failure = result.Failure!;
        Assert.Equal(2, failure.Cell.Number);
        Assert.Equal("CompilationError", failure.Error.EName);
        Assert.Equal(new[]
        {
            "(1,9): error CS0029: Cannot implicitly convert type 'string' to 'int'",
            "(2,1): error CS0103: The name 'undefinedName' does not exist in the current context",
        }, failure.Error.Traceback);
    }

    [Fact]
    public async Task A_reference_path_resolves_against_the_notebook_folder()
    {
        // A library beside the notebook, as notebooks/lib/ is: the same assembly the notebooks reference.
        var lib = Directory.CreateDirectory(Path.Combine(notebooks.Folder, "lib")).FullName;
        File.Copy(typeof(Zoo.Notebooks.Notebook).Assembly.Location, Path.Combine(lib, "Zoo.Notebooks.dll"));
        var path = notebooks.Write("refs.ipynb",
            "#r \"lib/Zoo.Notebooks.dll\"\nusing Zoo.Notebooks;",
            "(Notebook.Pick(\"full\", \"smoke\"), System.IO.Path.GetFileName(Environment.CurrentDirectory))");

        var full = await Run(path);
        var smoke = await Run(path, smoke: true);

        var folderName = Path.GetFileName(notebooks.Folder);
        Assert.True(full.Succeeded, full.Failure?.Message);
        Assert.Equal($"(full, {folderName})", ResultText(full));
        Assert.Equal($"(smoke, {folderName})", ResultText(smoke));
        Assert.Null(Environment.GetEnvironmentVariable(Zoo.Notebooks.Notebook.SmokeVariable));
    }

    [Fact]
    public async Task A_missing_reference_fails_the_cell_with_the_compiler_message()
    {
        var result = await notebooks.RunCells("#r \"lib/Missing.dll\"");

        Assert.Equal("CompilationError", result.Failure!.Error.EName);
        Assert.Contains("CS0006", result.Failure.Error.EValue);
        Assert.Contains("Missing.dll", result.Failure.Error.EValue);
    }

    [Theory]
    [InlineData("#!fsharp\nprintfn \"hi\"", "unknown magic command '#!fsharp' on line 1")]
    [InlineData("var x = 1;\n#!time", "unknown magic command '#!time' on line 2")]
    [InlineData("#r \"nuget: Newtonsoft.Json\"", "needs a package feed")]
    public async Task Magic_commands_other_than_the_csharp_kernel_are_refused_naming_the_cell(string cell, string expected)
    {
        var result = await notebooks.RunCells("var first = 1;", cell);

        Assert.Equal(2, result.Failure!.Cell.Number);
        Assert.Equal("UnsupportedCell", result.Failure.Error.EName);
        Assert.Contains(expected, result.Failure.Message);
    }

    [Fact]
    public async Task The_csharp_kernel_selector_is_dropped_and_positions_still_match_the_cell()
    {
        var result = await notebooks.RunCells("#!csharp\nvar x = 20;\nx + 1", "#!csharp\nint y = x + \"\";");

        Assert.Equal("21", ResultText(result, cell: 0));
        Assert.Equal("(2,9): error CS0029: Cannot implicitly convert type 'string' to 'int'", result.Failure!.Error.Traceback[0]);
    }

    [Fact]
    public async Task A_cell_of_another_kernel_is_refused()
    {
        var path = notebooks.Write("fsharp.ipynb", "var x = 1;", "printfn \"hi\"");
        var document = Zoo.Notebooks.Runner.Ipynb.NotebookDocument.Load(path);
        document.Cells[1].Json["metadata"]!["polyglot_notebook"]!["kernelName"] = "fsharp";
        document.Save(path);

        var result = await Run(path);

        Assert.Equal(2, result.Failure!.Cell.Number);
        Assert.Contains("it is a 'fsharp' cell", result.Failure.Message);
    }

    [Fact]
    public async Task Outputs_are_recorded_with_the_output_type_jupyter_uses()
    {
        var result = await notebooks.RunCells(
            """
            Console.WriteLine("one");
            Console.Write("two ");
            Console.WriteLine("three");
            Console.Error.WriteLine("careful");
            display(HTML("<b>bold</b>"));
            display("plain text");
            Console.WriteLine("after");
            display(new[] { 1, 2, 3 });
            display(null);
            CSS("b { color: red; }");
            6 * 7
            """);

        Assert.True(result.Succeeded, result.Failure?.Message);
        var outputs = result.Cells[0].Outputs;
        Assert.Equal(new CellOutput[]
        {
            new StreamOutput("stdout", "one\ntwo three\n"),
            new StreamOutput("stderr", "careful\n"),
        }, outputs.Take(2));
        Assert.Equal("<b>bold</b>", Only(outputs[2], "text/html").Value);
        Assert.Equal("plain text", Only(outputs[3], "text/plain").Value);
        Assert.Equal(new StreamOutput("stdout", "after\n"), outputs[4]);
        Assert.Equal("[1, 2, 3]", Only(outputs[5], "text/plain").Value);
        Assert.Equal("<null>", Only(outputs[6], "text/plain").Value);
        Assert.Equal("<style>\nb { color: red; }\n</style>", Only(outputs[7], "text/html").Value);
        var result42 = Assert.IsType<ExecuteResultOutput>(outputs[8]);
        Assert.Equal("42", Assert.Single(result42.Data).Value);
        Assert.Equal(9, outputs.Count);
    }

    [Fact]
    public async Task A_statement_or_a_void_call_at_the_end_has_no_result_but_a_null_expression_has_one()
    {
        var result = await notebooks.RunCells("var a = 1;", "Console.WriteLine(a)", "string? none = null;\nnone");

        Assert.Empty(result.Cells[0].Outputs);
        Assert.IsType<StreamOutput>(Assert.Single(result.Cells[1].Outputs));
        Assert.Equal("<null>", ResultText(result, cell: 2));
    }

    [Fact]
    public async Task A_displayed_value_can_be_updated_in_place()
    {
        var result = await notebooks.RunCells(
            "var progress = display(\"epoch 0\");\nfor (int e = 1; e <= 3; e++) progress.Update($\"epoch {e}\");\nConsole.WriteLine(\"done\");");

        var outputs = result.Cells[0].Outputs;
        Assert.Equal("epoch 3", Only(outputs[0], "text/plain").Value);
        Assert.Equal(new StreamOutput("stdout", "done\n"), outputs[1]);
    }

    [Fact]
    public async Task Values_display_through_their_own_formatters_found_by_convention()
    {
        // The convention needs no shared type: an attribute named TypeFormatterSourceAttribute, defined anywhere.
        var result = await notebooks.RunCells(
            """
            class TypeFormatterSourceAttribute : Attribute
            {
                public TypeFormatterSourceAttribute(Type source) => FormatterSourceType = source;
                public Type FormatterSourceType { get; }
            }
            class Formatter
            {
                public string MimeType { get; init; } = "";
                public bool Format(object value, System.IO.TextWriter writer) { writer.Write($"{MimeType}: {((Money)value).Cents / 100.0:0.00} EUR"); return true; }
            }
            class MoneyFormatters
            {
                public IEnumerable<object> CreateTypeFormatters() => new object[] { new Formatter { MimeType = "text/html" }, new Formatter { MimeType = "text/plain" } };
            }
            [TypeFormatterSource(typeof(MoneyFormatters))]
            class Money { public long Cents; }
            class Salary : Money { }
            """,
            "display(new Money { Cents = 1250 }, \"text/plain\");\nnew Salary { Cents = 300000 }");

        Assert.True(result.Succeeded, result.Failure?.Message);
        var outputs = result.Cells[1].Outputs;
        Assert.Equal(new FormattedValue("text/plain", "text/plain: 12.50 EUR"), Assert.Single(((DisplayDataOutput)outputs[0]).Data));
        var inherited = Assert.IsType<ExecuteResultOutput>(outputs[1]);
        Assert.Equal(new[] { "text/html: 3000.00 EUR", "text/plain: 3000.00 EUR" }, inherited.Data.Select(v => v.Value));
    }

    [Fact]
    public async Task Cells_are_compiled_as_csharp_12_as_vs_codes_csharp_kernel_does()
    {
        // A C# 13 feature (the \e escape) must fail here as it fails in VS Code, not pass headlessly and break there.
        var result = await notebooks.RunCells("var escape = \"\\e\";");

        Assert.Equal("CompilationError", result.Failure!.Error.EName);
        Assert.Contains("13", result.Failure.Error.EValue);
    }

    [Fact]
    public async Task A_cell_past_its_time_limit_fails_the_run()
    {
        var path = notebooks.Write("slow.ipynb", "System.Threading.Thread.Sleep(3000);", "Console.WriteLine(\"next\");");

        var result = await Run(path, timeoutSeconds: 0.5);

        Assert.Equal(1, result.Failure!.Cell.Number);
        Assert.Equal("TimeoutException", result.Failure.Error.EName);
        Assert.Contains("did not finish within 0.5 s", result.Failure.Message);
        Assert.True(result.LeftCellRunning);
        Assert.Null(result.Document.Cells[1].ExecutionCount);
    }

    private static string ResultText(Zoo.Notebooks.Runner.Execution.NotebookRunResult result, int cell = -1)
    {
        Assert.True(cell >= 0 || result.Succeeded, result.Failure?.Message);
        var run = cell >= 0 ? result.Cells[cell] : result.Cells[^1];
        var value = Assert.IsType<ExecuteResultOutput>(run.Outputs[^1]);
        return value.Data.Single(v => v.MimeType == "text/plain").Value;
    }
}
