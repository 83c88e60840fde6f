namespace Zoo.Cli.Scaffolding;

/// <summary>Where the zoo's specs and their schema are: <c>model-specs/</c> of the repository above a folder.</summary>
public static class SpecFolders
{
    public const string SchemaFile = "zoo-spec.schema.json";

    /// <summary>The <c>model-specs</c> folder of the repository holding <paramref name="start"/>, or null outside one.</summary>
    public static string? FindSpecRoot(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "model-specs");
            if (File.Exists(Path.Combine(candidate, SchemaFile))) return candidate;
        }
        return null;
    }

    /// <summary>The <c>$schema</c> value for a spec in <paramref name="folder"/>: relative to the repository's schema when there is one, else its address.</summary>
    public static string SchemaReference(string folder, string? specRoot)
    {
        if (specRoot is null) return SpecScaffold.SchemaUrl;
        return Path.GetRelativePath(Path.GetFullPath(folder), Path.Combine(specRoot, SchemaFile)).Replace('\\', '/');
    }
}
