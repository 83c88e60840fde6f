using System.Text.Json.Nodes;
using Zoo.Notebooks.Runner.Outputs;

namespace Zoo.Notebooks.Runner.Ipynb;

/// <summary>One cell of a <see cref="NotebookDocument"/>, read and written in place.</summary>
public sealed class NotebookCell
{
    internal NotebookCell(JsonObject json, int index)
    {
        Json = json;
        Index = index;
    }

    /// <summary>The cell's JSON object inside the document.</summary>
    public JsonObject Json { get; }

    /// <summary>Position in the notebook, from 0.</summary>
    public int Index { get; }

    /// <summary>Position as people count it in an editor, from 1.</summary>
    public int Number => Index + 1;

    /// <summary><c>code</c>, <c>markdown</c> or <c>raw</c>.</summary>
    public string CellType => Json["cell_type"]?.GetValue<string>() ?? "";

    public bool IsCode => CellType == "code";

    /// <summary>The cell's id (nbformat 4.5), if it has one.</summary>
    public string? Id => Json["id"]?.GetValue<string>();

    /// <summary>The cell's text.</summary>
    public string Source => MultilineText.Read(Json["source"]);

    /// <summary>The first non-empty line of the source, to name the cell in messages.</summary>
    public string FirstLine =>
        Source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "(empty cell)";

    /// <summary>The kernel the cell is written for, as Polyglot Notebooks records it, or null when it does not say.</summary>
    public string? KernelName =>
        Json["metadata"]?["polyglot_notebook"]?["kernelName"]?.GetValue<string>()
        ?? Json["metadata"]?["dotnet_interactive"]?["language"]?.GetValue<string>();

    /// <summary>The execution count shown beside a code cell (null before it ran).</summary>
    public int? ExecutionCount => Json["execution_count"]?.GetValue<int?>();

    /// <summary>The outputs currently stored in the cell.</summary>
    public JsonArray? OutputsJson => Json["outputs"] as JsonArray;

    /// <summary>Replaces the cell's outputs and execution count (a code cell that did not run gets none and null).</summary>
    public void SetOutputs(IEnumerable<CellOutput> outputs, int? executionCount)
    {
        if (!IsCode) throw new InvalidOperationException($"Cell {Number} is a {CellType} cell: only code cells have outputs.");
        Json["outputs"] = new JsonArray(outputs.Select(o => (JsonNode)o.ToJson()).ToArray());
        Json["execution_count"] = executionCount is int n ? JsonValue.Create(n) : null;
    }
}
