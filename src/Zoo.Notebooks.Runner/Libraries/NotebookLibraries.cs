using System.Collections.Concurrent;
using System.Diagnostics;

namespace Zoo.Notebooks.Runner.Libraries;

/// <summary>
/// The libraries a notebook folder's cells reference with <c>#r "lib/X.dll"</c> come from one project in that
/// folder (<c>notebooks/Notebooks.csproj</c>), whose build copies the zoo's assemblies and native libraries into
/// <c>lib/</c>. VS Code users build it once (<see cref="BuildCommand"/>); the runner builds it before running, which
/// costs a few seconds when nothing changed.
/// </summary>
public static class NotebookLibraries
{
    /// <summary>The build configuration of the notebook libraries.</summary>
    public const string Configuration = "Release";

    private static readonly ConcurrentDictionary<string, Lazy<bool>> builtThisProcess = new(StringComparer.Ordinal);

    /// <summary>The project that builds the libraries of <paramref name="folder"/>, or null when it has none.</summary>
    public static string? ProjectIn(string folder)
    {
        var projects = Directory.GetFiles(folder, "*.csproj");
        return projects.Length switch
        {
            0 => null,
            1 => projects[0],
            _ => throw new InvalidOperationException(
                $"'{folder}' holds several projects ({string.Join(", ", projects.Select(Path.GetFileName))}); " +
                "a notebook folder may hold one, the one that builds what its notebooks reference."),
        };
    }

    /// <summary>The command that builds the libraries of <paramref name="folder"/>, for people.</summary>
    public static string BuildCommand(string folder) =>
        $"dotnet build {Quote(Path.GetRelativePath(Environment.CurrentDirectory, folder))} -c {Configuration}";

    /// <summary>A hint for a cell that references a library that is not there, or null when the folder has no project.</summary>
    public static string? BuildHint(string folder) =>
        ProjectIn(folder) is null ? null : $"build the notebook libraries first: {BuildCommand(folder)}";

    /// <summary>Builds the folder's project once per process (no-op for a folder without one).</summary>
    public static void EnsureBuilt(string folder, TextWriter? log = null)
    {
        var key = Path.GetFullPath(folder);
        // Lazy makes concurrent callers wait for the one build; a failed build is retried by the next caller.
        var build = builtThisProcess.GetOrAdd(key, k => new Lazy<bool>(() => Build(k, log)));
        try
        {
            _ = build.Value;
        }
        catch
        {
            builtThisProcess.TryRemove(new KeyValuePair<string, Lazy<bool>>(key, build));
            throw;
        }
    }

    private static bool Build(string folder, TextWriter? log)
    {
        var project = ProjectIn(folder);
        if (project is null) return false;
        log?.WriteLine($"building the notebook libraries: {BuildCommand(folder)}");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "build", project, "-c", Configuration, "-nologo", "-v:q", "-clp:ErrorsOnly" })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet to build the notebook libraries.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var text = (output.Result + errors.Result).Trim();
            var tail = string.Join('\n', text.Split('\n').TakeLast(15));
            throw new InvalidOperationException($"Building the notebook libraries failed ({BuildCommand(folder)}):\n{tail}");
        }
        return true;
    }

    /// <summary>The dotnet executable running this process when there is one (tests, <c>dotnet zoo.dll</c>), else the one on the PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static string Quote(string path) => path.Contains(' ') ? $"\"{path}\"" : path;
}
