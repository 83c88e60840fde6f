using System.Text.RegularExpressions;
using Zoo.Notebooks.Runner.Ipynb;

namespace Zoo.Notebooks.Runner.Execution;

/// <summary>
/// Turns a code cell into C# script code. Polyglot Notebooks lets a cell start with magic commands (<c>#!csharp</c>,
/// <c>#!fsharp</c>, <c>#!time</c>...); the C# kernel selectors are dropped (their lines become empty, so compiler
/// positions still match the cell), and anything else is refused with a message naming the cell, rather than
/// silently running something other than what VS Code would run.
/// </summary>
public static partial class CellCode
{
    private static readonly HashSet<string> CSharpKernelNames = new(StringComparer.OrdinalIgnoreCase) { "csharp", "c#" };

    /// <summary>The script code of <paramref name="cell"/>; throws <see cref="CellCodeException"/> when it cannot run here.</summary>
    public static string Prepare(NotebookCell cell, string defaultKernelName)
    {
        var kernel = cell.KernelName ?? defaultKernelName;
        if (!CSharpKernelNames.Contains(kernel))
            throw new CellCodeException($"it is a '{kernel}' cell, and the headless runner runs C# cells only");

        var lines = cell.Source.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                var magic = line.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0];
                if (!CSharpKernelNames.Contains(magic[2..]))
                    throw new CellCodeException(
                        $"unknown magic command '{magic}' on line {i + 1}: the headless runner runs C# code only (#!csharp)");
                lines[i] = "";
            }
            else if (NuGetReference().IsMatch(line))
            {
                throw new CellCodeException(
                    $"'{line}' on line {i + 1} needs a package feed; reference a built assembly instead (#r \"lib/Name.dll\")");
            }
        }
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^#r\s+""nuget:", RegexOptions.IgnoreCase)]
    private static partial Regex NuGetReference();
}

/// <summary>A code cell that cannot be run by the headless runner, and why.</summary>
public sealed class CellCodeException(string message) : Exception(message);
