using Zoo.Notebooks.Runner.Display;
using Zoo.Notebooks.Runner.Outputs;

namespace Zoo.Notebooks.Runner.Execution;

/// <summary>
/// What a cell can call without qualification, as in a C# notebook in VS Code (dotnet-interactive's
/// <c>using static Microsoft.DotNet.Interactive.Kernel</c>): <c>display</c>, <c>HTML</c>, <c>CSS</c> and
/// <c>Javascript</c>. Console output is recorded separately, as stream outputs.
/// </summary>
public sealed class NotebookGlobals
{
    private OutputRecorder recorder = new();

    /// <summary>Sends what follows to the outputs of the cell about to run.</summary>
    internal void StartCell(OutputRecorder cellRecorder) => recorder = cellRecorder;

    /// <summary>Shows <paramref name="value"/> below the cell, in the given MIME types or in every rendering it has.</summary>
    public DisplayedValue display(object? value, params string[] mimeTypes)
    {
        var current = recorder;
        var slot = current.Add(new DisplayDataOutput(DisplayFormatter.Format(value, mimeTypes)));
        return new DisplayedValue(current, slot, mimeTypes);
    }

    /// <summary>HTML to show as HTML: display it, or end the cell with it.</summary>
    public HtmlContent HTML(string content) => new(content);

    /// <summary>Adds a style sheet to the page.</summary>
    public void CSS(string content) => display(new HtmlContent("<style>\n" + content + "\n</style>"));

    /// <summary>Runs a script in the page.</summary>
    public void Javascript(string scriptContent) => display(new ScriptContent(scriptContent));
}
