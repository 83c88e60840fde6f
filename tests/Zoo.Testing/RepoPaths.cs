namespace Zoo.Testing;

/// <summary>Where things are, found from the test assembly's folder upwards (the folder holding Zoo.sln).</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Zoo.sln"))) return dir.FullName;
        throw new InvalidOperationException($"Zoo.sln not found above {AppContext.BaseDirectory}.");
    });

    /// <summary>The repository's root folder.</summary>
    public static string Root => root.Value;

    /// <summary>A path below the repository's root.</summary>
    public static string Of(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

    /// <summary>The shared data sets beside the repository (<c>../shared/datasets</c>), or null when absent.</summary>
    public static string? SharedDatasets
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "datasets"));
            return Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>A fresh temporary folder, deleted by the caller or at the end of the process.</summary>
    public static string NewTempFolder(string prefix = "zoo-test")
    {
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }
}
