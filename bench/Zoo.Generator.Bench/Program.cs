using System.Globalization;
using Zoo.Generator.Bench;

// Usage: dotnet run -c Release --project bench/Zoo.Generator.Bench -- [--rounds N] [--no-build] [--markdown path]
// Prints how long the generator takes over the whole zoo, and an incremental build of src/Zoo after editing one spec.
var rounds = 10;
var build = true;
string? markdown = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--rounds": rounds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--no-build": build = false; break;
        case "--markdown": markdown = args[++i]; break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'. Usage: [--rounds N] [--no-build] [--markdown path]");
            return 2;
    }
}

var root = FindRoot();
var specs = Path.Combine(root, "model-specs");
Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {rounds} rounds, medians");
var generation = GenerationBenchmark.Run(specs, rounds);
var rows = new List<(string What, string Figure, string Goal)>
{
    ($"Generate the zoo ({generation.Specs} specs → {generation.Files} files), first run (generator JIT included)", $"{generation.ColdMs:F0} ms", "< 300 ms"),
    ("Generate the zoo, warm (a new driver each time)", $"{generation.WarmMedianMs:F1} ms", "< 300 ms"),
    ("Regenerate after editing one spec (same driver, as in an IDE)", $"{generation.EditOneMedianMs:F1} ms", ""),
};
if (build)
{
    var spec = Path.Combine(specs, "blocks", "cbam.zoo.json");
    var result = BuildBenchmark.Run(root, spec, Math.Max(3, rounds / 3));
    rows.Add(("dotnet build src/Zoo, first (up to date)", $"{result.FirstBuildSeconds:F2} s", ""));
    rows.Add(($"dotnet build src/Zoo after editing one spec ({result.Rounds.Count} rounds)", $"{result.MedianSeconds:F2} s", "< 5 s"));
}

var width = rows.Max(r => r.What.Length);
var table = new System.Text.StringBuilder();
table.AppendLine($"| {"What".PadRight(width)} | Median | Goal |");
table.AppendLine($"|{new string('-', width + 2)}|--------|------|");
foreach (var (what, figure, goal) in rows) table.AppendLine($"| {what.PadRight(width)} | {figure} | {goal} |");
table.AppendLine().AppendLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; {rounds} rounds, medians.");
Console.WriteLine();
Console.WriteLine(table);
if (markdown is not null)
{
    Zoo.Bench.MarkdownSection.Write(markdown, "generator", table.ToString());
    Console.WriteLine($"written to {markdown}");
}
return 0;

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Zoo.sln"))) return dir.FullName;
    throw new InvalidOperationException("Zoo.sln not found above " + AppContext.BaseDirectory);
}
