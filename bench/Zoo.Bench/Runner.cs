using System.Diagnostics;

namespace Zoo.Bench;

/// <summary>
/// Times each case in Zoo and in PyTorch, each in a fresh worker process of its own (see <see cref="BenchWorker"/>),
/// alternating rounds (Zoo, PyTorch, Zoo, ...) after a warm-up, and keeps the median per-iteration time of each side.
/// Each round settles before it times (see <see cref="RoundRequest"/>); a cheap case runs extra rounds (see
/// <see cref="MinTimedSeconds"/>).
/// The ratio is the median over rounds of each round's ratio (its Zoo median over its PyTorch median): the two halves
/// of a round run seconds apart, under the same machine state, so a slow minute on a shared host moves both and
/// cancels, where a ratio of whole-run medians would take it in.
/// </summary>
public sealed class Runner
{
    /// <param name="Ratio">Zoo's time over PyTorch's (the median of the rounds' ratios): below 1 means Zoo is faster.</param>
    public sealed record Result(BenchCase Case, double ZooSeconds, double TorchSeconds, double Ratio)
    {
        /// <summary>The memory one step needs above the case at rest, in bytes (null where not measured).</summary>
        public long? ZooPeakBytes { get; init; }

        public long? TorchPeakBytes { get; init; }

        /// <summary>Zoo's step memory over PyTorch's.</summary>
        public double? MemoryRatio => ZooPeakBytes is { } z && TorchPeakBytes is { } t && t > 0 ? (double)z / t : null;
    }

    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    /// <summary>
    /// A cheap case runs more rounds than asked, until each side has this many seconds of timed steps (at most
    /// <see cref="MaxRoundsFactor"/> times the rounds asked for): seven rounds of a few-millisecond step are a
    /// fraction of a second of timed steps per side, and a single slow stretch of a shared host then moves the ratio.
    /// </summary>
    public const double MinTimedSeconds = 3;

    private const int MaxRoundsFactor = 5;

    private readonly string benchFolder;
    private readonly int threads;
    private readonly int rounds;

    public Runner(string benchFolder, int threads, int rounds)
    {
        this.benchFolder = benchFolder;
        this.threads = threads;
        this.rounds = rounds;
    }

    public Result Measure(BenchCase benchCase)
    {
        using var zooWorker = BenchWorker.Zoo();
        using var pytorchWorker = BenchWorker.PyTorch(benchFolder);
        var zoo = new List<double>();
        var pytorch = new List<double>();
        // Warm-up, on each side for at least WarmUp: the allocator and the caches on both, and on ours the JIT's
        // tiering (a method runs optimised only after 30 calls and a background compilation, which would otherwise
        // compete with the first rounds for the two cores).
        var warmUp = Stopwatch.StartNew();
        do
        {
            zooWorker.Run(benchCase.Name, RoundRequest.WarmUp(benchCase.Iterations), threads);
            pytorchWorker.Run(benchCase.Name, RoundRequest.WarmUp(benchCase.Iterations), threads);
        } while (warmUp.Elapsed < WarmUp);
        var ratios = new List<double>();
        for (int r = 0; r < rounds || (r < MaxRoundsFactor * rounds && Math.Min(zoo.Sum(), pytorch.Sum()) < MinTimedSeconds); r++)
        {
            var zooRound = zooWorker.Run(benchCase.Name, RoundRequest.Measured(benchCase.Iterations), threads);
            var pytorchRound = pytorchWorker.Run(benchCase.Name, RoundRequest.Measured(benchCase.Iterations), threads);
            zoo.AddRange(zooRound);
            pytorch.AddRange(pytorchRound);
            ratios.Add(Median(zooRound) / Median(pytorchRound));
        }
        return new Result(benchCase, Median(zoo), Median(pytorch), Median(ratios));
    }

    /// <summary>Adds both sides' step memory to a timed result (see <see cref="MemoryProbe"/>), each side in a fresh process.</summary>
    public Result MeasureMemory(Result timed)
    {
        var zoo = MemoryProbe.InFreshProcess(timed.Case.Name, threads);
        var pytorch = BenchWorker.PyTorchMemory(benchFolder, timed.Case.Name, threads);
        return timed with { ZooPeakBytes = zoo, TorchPeakBytes = pytorch };
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        int n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
