using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zoo.Notebooks.Runner.Ipynb;

/// <summary>
/// A Jupyter notebook (nbformat 4) as a JSON tree: everything the runner does not touch (metadata, markdown, unknown
/// fields) is kept as it was, so writing outputs back changes nothing else.
/// </summary>
public sealed class NotebookDocument
{
    private NotebookDocument(JsonObject root, string? path)
    {
        Root = root;
        Path = path;
        if (root["nbformat"]?.GetValue<int>() is not 4)
            throw new FormatException($"{Describe(path)} is not an nbformat 4 notebook (nbformat = {root["nbformat"]?.ToJsonString() ?? "missing"}).");
        if (root["cells"] is not JsonArray cells)
            throw new FormatException($"{Describe(path)} has no \"cells\" list.");
        Cells = cells.Select((cell, i) => new NotebookCell(
            cell as JsonObject ?? throw new FormatException($"{Describe(path)}: cell {i + 1} is not a JSON object."), i)).ToList();
    }

    /// <summary>The whole document.</summary>
    public JsonObject Root { get; }

    /// <summary>Where the notebook was read from, if it was read from a file.</summary>
    public string? Path { get; }

    /// <summary>The cells, in order.</summary>
    public IReadOnlyList<NotebookCell> Cells { get; }

    /// <summary>The kernel cells run in unless they say otherwise (Polyglot's <c>defaultKernelName</c>, else <c>csharp</c>).</summary>
    public string DefaultKernelName =>
        Root["metadata"]?["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]?.GetValue<string>() ?? "csharp";

    public static NotebookDocument Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FileNotFoundException($"Cannot read the notebook '{path}': {e.Message}", path, e);
        }
        return Parse(json, path);
    }

    public static NotebookDocument Parse(string json, string? path = null)
    {
        JsonNode root;
        try
        {
            root = JupyterJson.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{Describe(path)} is not valid JSON: {e.Message}", e);
        }
        return new NotebookDocument(root as JsonObject ?? throw new FormatException($"{Describe(path)} is not a JSON object."), path);
    }

    /// <summary>The notebook as Jupyter writes it (see <see cref="JupyterJson"/>).</summary>
    public string ToJson() => JupyterJson.Write(Root);

    /// <summary>
    /// Writes the notebook to <paramref name="path"/> atomically: a temporary file in the same folder, then a rename,
    /// so an interrupted run never leaves half a notebook behind.
    /// </summary>
    public void Save(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var temporary = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full)!,
            $".{System.IO.Path.GetFileName(full)}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, ToJson(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static string Describe(string? path) => path is null ? "The notebook" : $"'{path}'";
}
