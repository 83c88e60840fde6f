using System.Text.Json.Nodes;
using Zoo.Notebooks.Runner.Ipynb;

namespace Zoo.Notebooks.Runner.Outputs;

/// <summary>One output of a code cell, as nbformat 4 stores it.</summary>
public abstract record CellOutput
{
    /// <summary>nbformat's <c>output_type</c>.</summary>
    public abstract string OutputType { get; }

    /// <summary>The output as a JSON object of the notebook.</summary>
    public abstract JsonObject ToJson();

    /// <summary>A MIME bundle (<c>data</c>): text as lists of lines, JSON MIME types as JSON.</summary>
    protected static JsonObject Bundle(IEnumerable<FormattedValue> values)
    {
        var data = new JsonObject();
        foreach (var value in values)
            data[value.MimeType] = value.IsJson ? JupyterJson.Parse(value.Value) : MultilineText.ToLines(value.Value);
        return data;
    }
}

/// <summary>Text written to standard output or standard error (<c>stream</c>).</summary>
/// <param name="Name"><c>stdout</c> or <c>stderr</c>.</param>
/// <param name="Text">Everything written, in order.</param>
public sealed record StreamOutput(string Name, string Text) : CellOutput
{
    public const string StandardOutput = "stdout";
    public const string StandardError = "stderr";

    public override string OutputType => "stream";

    public override JsonObject ToJson() => new()
    {
        ["name"] = Name,
        ["output_type"] = OutputType,
        ["text"] = MultilineText.ToLines(Text),
    };
}

/// <summary>A value the cell displayed (<c>display_data</c>), in one or more renderings.</summary>
public sealed record DisplayDataOutput(IReadOnlyList<FormattedValue> Data) : CellOutput
{
    public override string OutputType => "display_data";

    public override JsonObject ToJson() => new()
    {
        ["data"] = Bundle(Data),
        ["metadata"] = new JsonObject(),
        ["output_type"] = OutputType,
    };
}

/// <summary>The value of the cell's trailing expression (<c>execute_result</c>).</summary>
public sealed record ExecuteResultOutput(int ExecutionCount, IReadOnlyList<FormattedValue> Data) : CellOutput
{
    public override string OutputType => "execute_result";

    public override JsonObject ToJson() => new()
    {
        ["data"] = Bundle(Data),
        ["execution_count"] = ExecutionCount,
        ["metadata"] = new JsonObject(),
        ["output_type"] = OutputType,
    };
}

/// <summary>A failure (<c>error</c>): the exception's type name, its message, and the trace to show.</summary>
public sealed record ErrorOutput(string EName, string EValue, IReadOnlyList<string> Traceback) : CellOutput
{
    public override string OutputType => "error";

    public override JsonObject ToJson() => new()
    {
        ["ename"] = EName,
        ["evalue"] = EValue,
        ["output_type"] = OutputType,
        ["traceback"] = new JsonArray(Traceback.Select(l => (JsonNode)JsonValue.Create(l)).ToArray()),
    };
}
