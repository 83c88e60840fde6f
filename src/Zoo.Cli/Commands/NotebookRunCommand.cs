using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Zoo.Notebooks.Runner.Execution;

namespace Zoo.Cli.Commands;

/// <summary>
/// <c>zoo notebook run &lt;paths...&gt; [--write-outputs] [--smoke] [--timeout seconds] [--no-build]</c>: runs
/// notebooks headlessly, cell by cell, and says which cell failed and why. Exit code 0 when every notebook ran.
/// </summary>
public static class NotebookRunCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Notebooks (.ipynb), or folders whose notebooks run in name order.",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(result =>
        {
            foreach (var path in result.Tokens.Select(t => t.Value))
            {
                if (Directory.Exists(path)) continue;
                if (path.StartsWith('-')) result.AddError($"unknown command or option '{path}'");
                else if (!File.Exists(path)) result.AddError($"'{path}' does not exist");
                else if (!path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase)) result.AddError($"'{path}' is not a notebook (.ipynb)");
            }
        });
        var writeOutputs = new Option<bool>("--write-outputs") { Description = "Store the outputs of the run in the notebooks." };
        var smoke = new Option<bool>("--smoke") { Description = "Smoke mode: notebooks shrink epochs and data to prove every cell runs." };
        var timeout = new Option<double>("--timeout")
        {
            Description = "The longest one cell may run, in seconds.",
            HelpName = "seconds",
            DefaultValueFactory = _ => new NotebookRunOptions().CellTimeout!.Value.TotalSeconds,
        };
        timeout.Validators.Add(result =>
        {
            // A value that is not a number is reported by the parser; this only rejects numbers that are not positive.
            if (result.Tokens.Count > 0 && double.TryParse(result.Tokens[^1].Value, CultureInfo.InvariantCulture, out var seconds) && !(seconds > 0))
                result.AddError($"--timeout must be a positive number of seconds, got {result.Tokens[^1].Value}");
        });
        var noBuild = new Option<bool>("--no-build") { Description = "Do not build the notebook libraries (notebooks/lib) first." };

        var command = new Command("run", "Run notebooks headlessly, in order, and report the first failing cell of each.")
        {
            paths, writeOutputs, smoke, timeout, noBuild,
        };
        command.SetAction((parsed, cancellation) => RunAsync(
            Notebooks(parsed.GetRequiredValue(paths)),
            new NotebookRunOptions
            {
                Smoke = parsed.GetValue(smoke),
                WriteOutputs = parsed.GetValue(writeOutputs),
                CellTimeout = TimeSpan.FromSeconds(parsed.GetValue(timeout)),
                BuildLibraries = !parsed.GetValue(noBuild),
                Log = parsed.InvocationConfiguration.Output,
            },
            parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, cancellation));
        return command;
    }

    /// <summary>The notebooks named, folders expanded to their .ipynb files in name order.</summary>
    private static IReadOnlyList<string> Notebooks(IEnumerable<string> paths) => paths
        .SelectMany(p => Directory.Exists(p)
            ? Directory.GetFiles(p, "*.ipynb").Order(StringComparer.Ordinal)
            : Enumerable.Repeat(p, 1))
        .ToList();

    private static async Task<int> RunAsync(IReadOnlyList<string> notebooks, NotebookRunOptions options, TextWriter output,
        TextWriter error, CancellationToken cancellation)
    {
        if (notebooks.Count == 0)
        {
            await error.WriteLineAsync("zoo notebook run: no notebooks (.ipynb) in the folders given").ConfigureAwait(false);
            return ZooCommandLine.UsageError;
        }
        int failed = 0;
        foreach (var notebook in notebooks)
        {
            await output.WriteLineAsync($"{notebook}{(options.Smoke ? " (smoke)" : "")}").ConfigureAwait(false);
            NotebookRunResult result;
            try
            {
                result = await NotebookRunner.RunAsync(notebook, options, cancellation).ConfigureAwait(false);
            }
            catch (Exception e) when (e is FormatException or IOException or InvalidOperationException)
            {
                failed++;
                await error.WriteLineAsync($"{notebook}: {e.Message}").ConfigureAwait(false);
                continue;
            }
            if (result.LeftCellRunning) AbandonedWork.Report();
            var seconds = result.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
            if (result.Succeeded)
            {
                await output.WriteLineAsync($"{notebook}: ok, {result.Cells.Count} code cells in {seconds} s" +
                                            (options.WriteOutputs ? ", outputs written" : "")).ConfigureAwait(false);
            }
            else
            {
                failed++;
                await error.WriteLineAsync($"{notebook}: {result.Failure!.Message}").ConfigureAwait(false);
            }
            if (cancellation.IsCancellationRequested || result.LeftCellRunning) break;
        }
        return failed == 0 ? 0 : 1;
    }
}
