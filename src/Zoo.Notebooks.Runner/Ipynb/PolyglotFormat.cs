using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Zoo.Notebooks.Runner.Ipynb;

/// <summary>
/// What VS Code's Polyglot Notebooks expects of a C# notebook on top of nbformat 4.5: the .NET kernelspec and
/// language info, the Polyglot kernel info, and on every code cell both the <c>dotnet_interactive</c> and
/// <c>polyglot_notebook</c> language markers. <see cref="Problems"/> checks a notebook; <see cref="New"/> writes one.
/// </summary>
public static partial class PolyglotFormat
{
    public const int NbFormat = 4, NbFormatMinor = 5;

    public static JsonObject KernelSpec() => new()
    {
        ["display_name"] = ".NET (C#)",
        ["language"] = "C#",
        ["name"] = ".net-csharp",
    };

    public static JsonObject LanguageInfo() => new()
    {
        ["file_extension"] = ".cs",
        ["mimetype"] = "text/x-csharp",
        ["name"] = "C#",
        ["pygments_lexer"] = "csharp",
    };

    public static JsonObject PolyglotNotebook() => new()
    {
        ["kernelInfo"] = new JsonObject
        {
            ["defaultKernelName"] = "csharp",
            ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = "csharp" }),
        },
    };

    public static JsonObject CodeCellMetadata() => new()
    {
        ["dotnet_interactive"] = new JsonObject { ["language"] = "csharp" },
        ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" },
    };

    /// <summary>A new notebook with the given cells (<c>("markdown", text)</c> or <c>("code", text)</c>), without outputs.</summary>
    public static NotebookDocument New(IEnumerable<(string CellType, string Source)> cells)
    {
        var list = new JsonArray();
        int index = 0;
        foreach (var (type, source) in cells)
        {
            var cell = new JsonObject
            {
                ["cell_type"] = type,
                ["id"] = CellId(index++, source),
                ["metadata"] = type == "code" ? CodeCellMetadata() : new JsonObject(),
                ["source"] = MultilineText.ToLines(source),
            };
            if (type == "code")
            {
                cell["execution_count"] = null;
                cell["outputs"] = new JsonArray();
            }
            list.Add(cell);
        }
        var root = new JsonObject
        {
            ["cells"] = list,
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = KernelSpec(),
                ["language_info"] = LanguageInfo(),
                ["polyglot_notebook"] = PolyglotNotebook(),
            },
            ["nbformat"] = NbFormat,
            ["nbformat_minor"] = NbFormatMinor,
        };
        return NotebookDocument.Parse(JupyterJson.Write(root));
    }

    /// <summary>A stable id for a new cell (nbformat 4.5 ids are 1 to 64 letters, digits, '-' and '_').</summary>
    public static string CellId(int index, string source) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{index}\n{source}")))[..12];

    /// <summary>Everything that keeps <paramref name="notebook"/> from being a C# Polyglot notebook in nbformat 4.5; empty when it is one.</summary>
    public static IReadOnlyList<string> Problems(NotebookDocument notebook)
    {
        var problems = new List<string>();
        var root = notebook.Root;
        if (root["nbformat"]?.GetValue<int>() != NbFormat || root["nbformat_minor"]?.GetValue<int>() != NbFormatMinor)
            problems.Add($"nbformat is {root["nbformat"]?.ToJsonString()}.{root["nbformat_minor"]?.ToJsonString()}, expected {NbFormat}.{NbFormatMinor}");
        var metadata = root["metadata"] as JsonObject;
        ExpectSame(problems, "metadata.kernelspec", metadata?["kernelspec"], KernelSpec());
        ExpectSame(problems, "metadata.language_info", metadata?["language_info"], LanguageInfo());
        ExpectSame(problems, "metadata.polyglot_notebook", metadata?["polyglot_notebook"], PolyglotNotebook());

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cell in notebook.Cells)
        {
            var where = $"cell {cell.Number}";
            if (cell.Id is not { } id || !CellIdPattern().IsMatch(id)) problems.Add($"{where}: missing or malformed id");
            else if (!ids.Add(id)) problems.Add($"{where}: id '{id}' is used twice");
            if (cell.CellType is not ("code" or "markdown" or "raw")) problems.Add($"{where}: unknown cell type '{cell.CellType}'");
            if (!cell.IsCode) continue;
            var cellMetadata = cell.Json["metadata"];
            if (cellMetadata?["dotnet_interactive"]?["language"]?.GetValue<string>() != "csharp")
                problems.Add($"{where}: metadata.dotnet_interactive.language should be \"csharp\"");
            if (cellMetadata?["polyglot_notebook"]?["kernelName"]?.GetValue<string>() != "csharp")
                problems.Add($"{where}: metadata.polyglot_notebook.kernelName should be \"csharp\"");
        }
        return problems;
    }

    private static void ExpectSame(List<string> problems, string name, JsonNode? actual, JsonNode expected)
    {
        if (actual is null) problems.Add($"{name} is missing");
        else if (!JsonNode.DeepEquals(actual, expected)) problems.Add($"{name} is {actual.ToJsonString()}, expected {expected.ToJsonString()}");
    }

    [GeneratedRegex("^[a-zA-Z0-9-_]{1,64}$")]
    private static partial Regex CellIdPattern();
}
