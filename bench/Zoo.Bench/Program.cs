using System.Globalization;
using Zoo.Bench;
using Zoo.Torch;

// Usage: dotnet run -c Release --project bench/Zoo.Bench -- [--threads N] [--rounds R] [--filter text] [--no-memory] [--markdown path]
int threads = Environment.ProcessorCount, rounds = 7;
string? filter = null, markdown = null;
var memory = true;
string? memoryOf = null;
if (args is [ZooWorker.Argument]) return ZooWorker.Serve(Console.In, Console.Out); // the Zoo side of a timing, as a child
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case MemoryProbe.Argument: memoryOf = args[++i]; break;
        case "--threads": threads = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--rounds": rounds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--filter": filter = args[++i]; break;
        case "--no-memory": memory = false; break;
        case "--markdown": markdown = args[++i]; break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'. Usage: [--threads N] [--rounds R] [--filter text] [--no-memory] [--markdown path]");
            return 2;
    }
}

torch.set_num_threads(threads);
if (memoryOf is not null)
{
    // A child run of the memory measurement: one case, in this fresh process; prints bytes.
    Console.WriteLine(MemoryProbe.StepPeakBytes(BenchCases.Named(memoryOf).Prepare));
    return 0;
}
var benchFolder = FindBenchFolder();
var cases = BenchCases.All.Where(c => filter is null || c.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)).ToList();
var machine = MachineInfo.Describe(threads);
Console.WriteLine(machine);
Console.WriteLine($"{cases.Count} cases, at least {rounds} alternating rounds each (more for a cheap case, up to {Runner.MinTimedSeconds} s of timed steps a side); times are medians, ratios the median of the rounds' ratios\n");

var runner = new Runner(benchFolder, threads, rounds);
var results = new List<Runner.Result>();
foreach (var c in cases)
{
    var r = runner.Measure(c);
    results.Add(r);
    Console.WriteLine(Report.Row(r));
}

// Memory in fresh processes on both sides (see MemoryProbe), after the timing.
if (memory && MemoryProbe.Available)
{
    Console.WriteLine("\nstep memory");
    for (int i = 0; i < results.Count; i++)
    {
        if (!results[i].Case.MeasuresMemory) continue;
        results[i] = runner.MeasureMemory(results[i]);
        Console.WriteLine(Report.MemoryRow(results[i]));
    }
}

Console.WriteLine();
var table = Report.Table(results, machine);
Console.WriteLine(table);
if (markdown is not null)
{
    MarkdownSection.Write(markdown, "bench", table);
    Console.WriteLine($"written to {markdown}");
    if (results.Any(r => r.Case.MeasuresMemory))
        foreach (var file in await RatioChart.WriteAsync(RatioChart.Build(results), Path.GetDirectoryName(Path.GetFullPath(markdown))!, "benchmarks"))
            Console.WriteLine($"written to {file}");
}
return 0;

static string FindBenchFolder()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "bench", "python", "bench_worker.py"))) return Path.Combine(dir.FullName, "bench");
    throw new DirectoryNotFoundException("bench/python/bench_worker.py not found above " + AppContext.BaseDirectory);
}
