using System.Diagnostics;
using Zoo.Torch;

namespace Zoo.Bench;

/// <summary>
/// Times each case in Zoo and in PyTorch, alternating rounds (Zoo, PyTorch, Zoo, ...) after a warm-up, and keeps the
/// median per-iteration time of each side: alternation puts both under the same machine state, the median ignores
/// the odd slow round.
/// </summary>
public sealed class Runner
{
    public sealed record Result(BenchCase Case, double ZooSeconds, double TorchSeconds)
    {
        /// <summary>Zoo's time over PyTorch's: below 1 means Zoo is faster.</summary>
        public double Ratio => ZooSeconds / TorchSeconds;

        /// <summary>The memory one step needs above the case at rest, in bytes (null where not measured).</summary>
        public long? ZooPeakBytes { get; init; }

        public long? TorchPeakBytes { get; init; }

        /// <summary>Zoo's step memory over PyTorch's.</summary>
        public double? MemoryRatio => ZooPeakBytes is { } z && TorchPeakBytes is { } t && t > 0 ? (double)z / t : null;
    }

    private readonly PyTorchWorker worker;
    private readonly string benchFolder;
    private readonly int threads;
    private readonly int rounds;

    public Runner(PyTorchWorker worker, string benchFolder, int threads, int rounds)
    {
        this.benchFolder = benchFolder;
        this.worker = worker;
        this.threads = threads;
        this.rounds = rounds;
    }

    public Result Measure(BenchCase benchCase)
    {
        var step = benchCase.Prepare();
        var zoo = new List<double>();
        var pytorch = new List<double>();
        // Warm-up: JIT tiering on our side, allocator and caches on both.
        TimeZoo(step, Math.Max(1, benchCase.Iterations / 2));
        worker.Run(benchCase.Name, Math.Max(1, benchCase.Iterations / 2), threads);
        for (int r = 0; r < rounds; r++)
        {
            zoo.AddRange(TimeZoo(step, benchCase.Iterations));
            pytorch.AddRange(worker.Run(benchCase.Name, benchCase.Iterations, threads));
        }
        ReleaseCase();
        return new Result(benchCase, Median(zoo), Median(pytorch));
    }

    /// <summary>Adds both sides' step memory to a timed result (see <see cref="MemoryProbe"/>), each side in a fresh process.</summary>
    public Result MeasureMemory(Result timed)
    {
        var zoo = MemoryProbe.InFreshProcess(timed.Case.Name, threads);
        var pytorch = PyTorchWorker.Memory(benchFolder, timed.Case.Name, threads);
        return timed with { ZooPeakBytes = zoo, TorchPeakBytes = pytorch };
    }

    // A case's model and tensors are garbage once measured; their native memory goes back before the next case.
    private static void ReleaseCase()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static IEnumerable<double> TimeZoo(Action step, int iterations)
    {
        var times = new double[iterations];
        for (int i = 0; i < iterations; i++)
        {
            long start = Stopwatch.GetTimestamp();
            using (torch.NewDisposeScope()) step();
            times[i] = Stopwatch.GetElapsedTime(start).TotalSeconds;
        }
        return times;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        int n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
