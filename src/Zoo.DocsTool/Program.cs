using Zoo.Docs;

// Rewrites every generated page of docs/ (or, with "check", lists the stale ones and exits with 1).
var check = args is ["check"] or ["--check"];
if (args.Length > 0 && !check)
{
    Console.Error.WriteLine("usage: dotnet run --project src/Zoo.DocsTool [-- check]");
    return 2;
}

var root = FindRoot(AppContext.BaseDirectory) ?? FindRoot(Directory.GetCurrentDirectory());
if (root is null)
{
    Console.Error.WriteLine("Zoo.sln not found above the tool or the current folder: run it from the repository.");
    return 2;
}

int stale = 0;
foreach (var document in GeneratedDocuments.All)
{
    var path = Path.Combine(root, document.Path);
    var text = document.Generate();
    var current = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : null;
    if (current == text)
    {
        Console.WriteLine($"{document.Path}: up to date");
        continue;
    }
    stale++;
    if (check)
    {
        Console.WriteLine($"{document.Path}: stale");
        continue;
    }
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllText(path, text);
    Console.WriteLine($"{document.Path}: written");
}
return check && stale > 0 ? 1 : 0;

static string? FindRoot(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Zoo.sln"))) return dir.FullName;
    return null;
}
