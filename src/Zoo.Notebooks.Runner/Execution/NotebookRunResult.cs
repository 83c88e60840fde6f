using Zoo.Notebooks.Runner.Ipynb;
using Zoo.Notebooks.Runner.Outputs;

namespace Zoo.Notebooks.Runner.Execution;

/// <summary>What running one notebook did.</summary>
/// <param name="Path">The notebook's path, as given.</param>
/// <param name="Document">The notebook, with the outputs of this run in its cells.</param>
/// <param name="Cells">The code cells that ran, in order.</param>
/// <param name="Failure">The cell that stopped the run, or null when every cell ran.</param>
/// <param name="Elapsed">Wall time of the whole run (reported, never stored in the notebook).</param>
public sealed record NotebookRunResult(string Path, NotebookDocument Document, IReadOnlyList<CellRun> Cells, CellFailure? Failure, TimeSpan Elapsed)
{
    public bool Succeeded => Failure is null;

    /// <summary>
    /// True when a cell ran out of time: .NET cannot stop its thread, which still runs. A program should end soon
    /// after, and without running native destructors under that thread's feet (see <c>zoo notebook run</c>).
    /// </summary>
    public bool LeftCellRunning { get; init; }
}

/// <summary>One code cell that ran: its execution count, its outputs, and how long it took (never stored in the notebook).</summary>
public sealed record CellRun(NotebookCell Cell, int ExecutionCount, IReadOnlyList<CellOutput> Outputs, TimeSpan Elapsed);

/// <summary>The cell that failed and the error it recorded.</summary>
public sealed record CellFailure(NotebookCell Cell, ErrorOutput Error, string? Hint = null)
{
    /// <summary>One line for people: the cell's number and first line, then the error.</summary>
    public string Message =>
        $"cell {Cell.Number} ({Shorten(Cell.FirstLine)}) failed: {Error.EName}: {Error.EValue}" + (Hint is null ? "" : $" ({Hint})");

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..57] + "...";
}
