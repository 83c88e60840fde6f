using System.Globalization;
using Zoo.Bench;
using Zoo.Torch;

// Usage: dotnet run -c Release --project bench/Zoo.Bench -- [--threads N] [--rounds R] [--filter text] [--markdown path]
int threads = Environment.ProcessorCount, rounds = 5;
string? filter = null, markdown = null;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--threads": threads = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--rounds": rounds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--filter": filter = args[++i]; break;
        case "--markdown": markdown = args[++i]; break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'. Usage: [--threads N] [--rounds R] [--filter text] [--markdown path]");
            return 2;
    }
}

torch.set_num_threads(threads);
var benchFolder = FindBenchFolder();
var cases = TorchCases.All.Concat(NetworkCases.All).Where(c => filter is null || c.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)).ToList();
Console.WriteLine(MachineInfo.Describe(threads));
Console.WriteLine($"{cases.Count} cases, {rounds} alternating rounds each, medians\n");

using var worker = new PyTorchWorker(benchFolder);
var runner = new Runner(worker, threads, rounds);
var results = new List<Runner.Result>();
foreach (var c in cases)
{
    var r = runner.Measure(c);
    results.Add(r);
    Console.WriteLine(Report.Row(r));
}
Console.WriteLine();
var table = Report.Table(results, MachineInfo.Describe(threads));
Console.WriteLine(table);
if (markdown is not null)
{
    Report.WriteMarkdown(markdown, table);
    Console.WriteLine($"written to {markdown}");
}
return 0;

static string FindBenchFolder()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "bench", "python", "bench_worker.py"))) return Path.Combine(dir.FullName, "bench");
    throw new DirectoryNotFoundException("bench/python/bench_worker.py not found above " + AppContext.BaseDirectory);
}
