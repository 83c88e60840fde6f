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
    }

    private readonly PyTorchWorker worker;
    private readonly int threads;
    private readonly int rounds;

    public Runner(PyTorchWorker worker, int threads, int rounds)
    {
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
        TimeZoo(step, Math.Max(2, benchCase.Iterations / 2));
        worker.Run(benchCase.Name, Math.Max(2, benchCase.Iterations / 2), threads);
        for (int r = 0; r < rounds; r++)
        {
            zoo.AddRange(TimeZoo(step, benchCase.Iterations));
            pytorch.AddRange(worker.Run(benchCase.Name, benchCase.Iterations, threads).seconds);
        }
        return new Result(benchCase, Median(zoo), Median(pytorch));
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
