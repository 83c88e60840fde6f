using Zoo.Notebooks.Runner.Execution;
using Zoo.Notebooks.Runner.Ipynb;

namespace Zoo.Notebooks.Tests;

/// <summary>Small notebooks written to a temporary folder, and runs of them.</summary>
public sealed class TestNotebooks : IDisposable
{
    public TestNotebooks() => Folder = RepoPaths.NewTempFolder("zoo-notebook");

    public string Folder { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    public static (string, string) Code(string source) => ("code", source);

    public static (string, string) Markdown(string source) => ("markdown", source);

    /// <summary>Writes a Polyglot notebook with the given cells (plain strings are code cells) and returns its path.</summary>
    public string Write(string name, params object[] cells)
    {
        var path = Path.Combine(Folder, name);
        var list = cells.Select(c => c is string code ? ("code", code) : ((string, string))c);
        PolyglotFormat.New(list).Save(path);
        return path;
    }

    /// <summary>Runs a notebook with what the tests need: no library build, a short time limit per cell.</summary>
    public static Task<NotebookRunResult> Run(string path, bool smoke = false, bool writeOutputs = false, double timeoutSeconds = 120) =>
        NotebookRunner.RunAsync(path, new NotebookRunOptions
        {
            Smoke = smoke,
            WriteOutputs = writeOutputs,
            BuildLibraries = false,
            CellTimeout = TimeSpan.FromSeconds(timeoutSeconds),
        });

    /// <summary>Writes and runs a notebook made of the given code cells.</summary>
    public Task<NotebookRunResult> RunCells(params string[] cells) => Run(Write($"n{Guid.NewGuid():N}.ipynb", cells));
}
