using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Scripting.Hosting;
using Zoo.Notebooks.Runner.Display;
using Zoo.Notebooks.Runner.Ipynb;
using Zoo.Notebooks.Runner.Libraries;
using Zoo.Notebooks.Runner.Outputs;

namespace Zoo.Notebooks.Runner.Execution;

/// <summary>
/// Runs the code cells of a notebook in order, as one C# script session (<c>CSharpScript.RunAsync</c>, then
/// <c>ContinueWithAsync</c> for each further cell, so cells share their variables and types), and records what each
/// cell shows as Jupyter outputs. The run stops at the first cell that fails; the cells after it are left without
/// outputs, so a notebook never shows results that this run did not produce.
/// </summary>
/// <remarks>
/// One notebook runs at a time in a process: while it runs it owns the console, the working folder and the
/// smoke-mode variable. The session looks like VS Code's C# kernel: the same default imports, C# 12, <c>#r</c>
/// paths relative to the notebook's folder, and <c>display</c>/<c>HTML</c>/<c>CSS</c>/<c>Javascript</c>.
/// </remarks>
public static class NotebookRunner
{
    /// <summary>The namespaces dotnet-interactive's C# kernel imports; notebooks must import anything else themselves.</summary>
    public static readonly ImmutableArray<string> DefaultImports = ImmutableArray.Create(
        "System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq");

    private static readonly SemaphoreSlim oneAtATime = new(1, 1);

    /// <summary>Runs the notebook at <paramref name="path"/>.</summary>
    public static async Task<NotebookRunResult> RunAsync(string path, NotebookRunOptions? options = null, CancellationToken cancellation = default)
    {
        options ??= new NotebookRunOptions();
        var full = System.IO.Path.GetFullPath(path);
        var document = NotebookDocument.Load(full);
        var folder = System.IO.Path.GetDirectoryName(full)!;
        if (options.BuildLibraries) NotebookLibraries.EnsureBuilt(folder, options.Log);

        await oneAtATime.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            var result = await RunCellsAsync(path, document, folder, options, cancellation).ConfigureAwait(false);
            if (options.WriteOutputs) document.Save(full);
            return result;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    private static async Task<NotebookRunResult> RunCellsAsync(string path, NotebookDocument document, string folder,
        NotebookRunOptions options, CancellationToken cancellation)
    {
        var total = Stopwatch.StartNew();
        var scriptOptions = ScriptOptions.Default
            .WithLanguageVersion(LanguageVersion.CSharp12)
            .WithImports(DefaultImports)
            // The assemblies dotnet-interactive's C# kernel adds to Roslyn's defaults (which lack System.Linq).
            .AddReferences(typeof(Enumerable).Assembly, typeof(IEnumerable<>).Assembly, typeof(Task<>).Assembly)
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(folder))
            .WithSourceResolver(new SourceFileResolver(ImmutableArray<string>.Empty, folder))
            // Training loops written in cells deserve the JIT's optimisations.
            .WithOptimizationLevel(OptimizationLevel.Release);
        var globals = new NotebookGlobals();
        using var loader = new InteractiveAssemblyLoader();
        using var context = new ProcessContext(folder, options.Smoke);

        ScriptState<object>? state = null;
        var runs = new List<CellRun>();
        CellFailure? failure = null;
        bool leftCellRunning = false;
        var codeCells = document.Cells.Where(c => c.IsCode).ToList();
        foreach (var cell in codeCells)
        {
            if (failure is not null || cancellation.IsCancellationRequested)
            {
                cell.SetOutputs(Array.Empty<CellOutput>(), executionCount: null);
                failure ??= new CellFailure(cell, ErrorOutputs.From("Cancelled", "the run was cancelled before this cell"));
                continue;
            }

            int executionCount = runs.Count + 1;
            var watch = Stopwatch.StartNew();
            var recorder = new OutputRecorder();
            globals.StartCell(recorder);
            ErrorOutput? error = null;
            string? hint = null;
            Task<ScriptState<object>>? running = null;
            context.CaptureConsole(new RecorderWriter(recorder, StreamOutput.StandardOutput), new RecorderWriter(recorder, StreamOutput.StandardError));
            try
            {
                var code = CellCode.Prepare(cell, document.DefaultKernelName);
                var script = state is null
                    ? CSharpScript.Create(code, scriptOptions, typeof(NotebookGlobals), loader)
                    : state.Script.ContinueWith(code, scriptOptions);
                var errors = script.Compile(cancellation).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                if (errors.Count > 0)
                {
                    error = ErrorOutputs.From(errors);
                    if (errors.Any(e => e.Id == "CS0006")) hint = NotebookLibraries.BuildHint(folder);
                }
                else
                {
                    bool hasResult = EndsWithValue(script.GetCompilation());
                    var previous = state;
                    running = Task.Run(() => previous is null
                        ? script.RunAsync(globals, _ => true, cancellation)
                        : script.RunFromAsync(previous, _ => true, cancellation), cancellation);
                    if (!await FinishesInTime(running, options.CellTimeout, cancellation).ConfigureAwait(false))
                    {
                        error = ErrorOutputs.From("TimeoutException",
                            $"the cell did not finish within {options.CellTimeout!.Value.TotalSeconds:0.#} s");
                    }
                    else
                    {
                        state = await running.ConfigureAwait(false);
                        if (state.Exception is { } thrown) error = ErrorOutputs.From(thrown);
                        else if (hasResult) recorder.Add(new ExecuteResultOutput(executionCount, DisplayFormatter.Format(state.ReturnValue)));
                    }
                }
            }
            catch (CellCodeException e)
            {
                error = ErrorOutputs.From("UnsupportedCell", e.Message);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                error = ErrorOutputs.From("Cancelled", "the run was cancelled");
            }
            catch (Exception e)
            {
                // Failures of the session itself (an assembly that cannot load, a formatter that throws).
                error = ErrorOutputs.From(e);
            }
            finally
            {
                context.ReleaseConsole();
            }
            // A cell that ran out of time, or whose run was cancelled, goes on running: .NET cannot stop a thread.
            if (running is { IsCompleted: false }) leftCellRunning = true;

            var outputs = recorder.Close().ToList();
            if (error is not null)
            {
                outputs.Add(error);
                failure = new CellFailure(cell, error, hint);
            }
            cell.SetOutputs(outputs, executionCount);
            runs.Add(new CellRun(cell, executionCount, outputs, watch.Elapsed));
            options.Log?.WriteLine($"  cell {cell.Number,3}  {watch.Elapsed.TotalSeconds,7:0.0} s  {(error is null ? "ok" : "FAILED")}  {Shorten(cell.FirstLine)}");
        }
        return new NotebookRunResult(path, document, runs, failure, total.Elapsed) { LeftCellRunning = leftCellRunning };
    }

    /// <summary>Waits for a cell; false when it ran out of time (it cannot be stopped, only abandoned).</summary>
    private static async Task<bool> FinishesInTime(Task running, TimeSpan? timeout, CancellationToken cancellation)
    {
        if (timeout is null)
        {
            await Task.WhenAny(running).ConfigureAwait(false);
            return true;
        }
        using var delayCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var finished = await Task.WhenAny(running, Task.Delay(timeout.Value, delayCancellation.Token)).ConfigureAwait(false);
        delayCancellation.Cancel();
        if (finished != running) cancellation.ThrowIfCancellationRequested();
        return finished == running;
    }

    /// <summary>
    /// True when the submission ends with an expression that has a value (no semicolon, not void): the cell's
    /// result, which Jupyter shows as <c>execute_result</c>. A trailing expression that yields null still counts.
    /// </summary>
    private static bool EndsWithValue(Compilation compilation)
    {
        var tree = compilation.SyntaxTrees.Single();
        if (tree.GetRoot() is not CompilationUnitSyntax unit) return false;
        if (unit.Members.LastOrDefault() is not GlobalStatementSyntax { Statement: ExpressionStatementSyntax statement }) return false;
        if (!statement.SemicolonToken.IsMissing) return false;
        var type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }

    private static string Shorten(string line) => line.Length <= 70 ? line : line[..67] + "...";
}
