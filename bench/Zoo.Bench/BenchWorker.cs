using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Zoo.Torch;

namespace Zoo.Bench;

/// <summary>
/// One side of a timing: a child process that times named cases on request, one JSON line per request and reply
/// (a <see cref="RoundRequest"/> → <c>{"ok": true, "seconds": [...]}</c>). The PyTorch side is
/// bench/python/bench_worker.py, the Zoo side this program with <see cref="ZooWorker.Argument"/>.
/// </summary>
/// <remarks>
/// Each case gets two fresh workers, so neither side's time depends on the cases it ran before (glibc's heap and its
/// adaptive mmap threshold, thread pools and library caches all start the same for every case), and both start with
/// the same allocator settings (<see cref="AllocatorEnvironment"/>) and the same thread-pool settings
/// (<see cref="ThreadPoolSettings"/>, which a python3-torch process would otherwise not get: the same libtorch,
/// configured the same way on both sides).
/// </remarks>
public sealed class BenchWorker : IDisposable
{
    /// <summary>
    /// glibc settings both workers run with: allocations up to 32 MiB come from the heap and freed memory stays there,
    /// so a step in steady state reuses its pages on either side. Left to glibc's defaults, whether a step faults its
    /// tensors' pages in afresh depends on the adaptive mmap threshold, that is on the process's history: the same
    /// case measured 30–60% apart depending on which cases ran before it.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> AllocatorEnvironment = new Dictionary<string, string>
    {
        ["MALLOC_MMAP_THRESHOLD_"] = (32 * 1024 * 1024).ToString(CultureInfo.InvariantCulture),
        ["MALLOC_TRIM_THRESHOLD_"] = (1L << 32).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// The thread pools' spin-wait both workers run with: Zoo.Torch's <see cref="ThreadPoolEnvironment.Defaults"/>, or
    /// the driver's own value of a variable where its environment sets one.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ThreadPoolSettings =
        ThreadPoolEnvironment.Defaults.ToDictionary(d => d.Key, d => Environment.GetEnvironmentVariable(d.Key) ?? d.Value);

    private readonly Process process;
    private readonly string side;

    private BenchWorker(ProcessStartInfo start, string side)
    {
        this.side = side;
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.UseShellExecute = false;
        foreach (var (key, value) in AllocatorEnvironment) start.Environment[key] = value;
        foreach (var (key, value) in ThreadPoolSettings) start.Environment[key] = value;
        process = Process.Start(start) ?? throw new InvalidOperationException($"could not start the {side} worker ({start.FileName})");
    }

    /// <summary>A python3-torch process running bench/python/bench_worker.py.</summary>
    public static BenchWorker PyTorch(string benchFolder) => new(PythonWorker(benchFolder), "PyTorch");

    /// <summary>This program in worker mode.</summary>
    public static BenchWorker Zoo() => new(ThisProgram.With(ZooWorker.Argument), "Zoo");

    /// <summary>Runs one round of a case; returns its timed iterations' times in seconds.</summary>
    public double[] Run(string name, RoundRequest round, int threads)
    {
        process.StandardInput.WriteLine(JsonSerializer.Serialize(round.ToJson(name, threads)));
        var line = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException($"the {side} worker exited");
        using var reply = JsonDocument.Parse(line);
        if (!reply.RootElement.GetProperty("ok").GetBoolean())
            throw new InvalidOperationException($"{side} failed on {name}:\n{reply.RootElement.GetProperty("error").GetString()}");
        return reply.RootElement.GetProperty("seconds").EnumerateArray().Select(e => e.GetDouble()).ToArray();
    }

    /// <summary>The memory one iteration of a case needs above the case at rest, in bytes, measured by a fresh python3-torch process.</summary>
    public static long PyTorchMemory(string benchFolder, string name, int threads)
    {
        var start = PythonWorker(benchFolder, "--memory", name, "--threads", threads.ToString(CultureInfo.InvariantCulture));
        start.RedirectStandardOutput = true;
        return MemoryProbe.ReadBytes(start, "PyTorch", name);
    }

    /// <summary>Debian's python3 (the one with torch) running bench/python/bench_worker.py, unbuffered.</summary>
    private static ProcessStartInfo PythonWorker(string benchFolder, params string[] arguments)
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { UseShellExecute = false, ArgumentList = { "-u", Path.Combine(benchFolder, "python", "bench_worker.py") } };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return start;
    }

    public void Dispose()
    {
        try
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(10000)) process.Kill();
        }
        catch (InvalidOperationException) { }
        process.Dispose();
    }
}
