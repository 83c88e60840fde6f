using System.Text.Json;

namespace Zoo.Bench;

/// <summary>
/// What one round of a case runs in a worker, on either side: untimed steps for <paramref name="SettleSeconds"/>, then
/// timed steps until there are at least <paramref name="Iterations"/> of them and they took at least
/// <paramref name="MinSeconds"/>.
/// </summary>
/// <remarks>
/// Why settle: on this kind of machine (a virtual machine whose idle second core halts), a process that has waited
/// while the other side ran needs tens of milliseconds before its two-thread steps reach their steady speed: a
/// few-millisecond block's first steps after the wait measured 7 ms, the following ones 3 ms, on both sides alike. A
/// training loop runs in the steady state, so each round times it after that ramp, and long enough to be dominated by
/// it.
/// </remarks>
public sealed record RoundRequest(int Iterations, double SettleSeconds, double MinSeconds)
{
    /// <summary>A warm-up round: half the iterations, nothing more.</summary>
    public static RoundRequest WarmUp(int iterations) => new(Math.Max(1, iterations / 2), 0, 0);

    /// <summary>A measured round: after 0.1 s of untimed steps (at least one), at least 0.25 s of timed ones.</summary>
    public static RoundRequest Measured(int iterations) => new(iterations, 0.1, 0.25);

    /// <summary>The JSON fields both workers read (bench/python/bench_worker.py reads the same names).</summary>
    public object ToJson(string name, int threads) =>
        new { @case = name, threads, iterations = Iterations, settle_seconds = SettleSeconds, min_seconds = MinSeconds };

    public static RoundRequest From(JsonElement request) => new(
        request.GetProperty("iterations").GetInt32(),
        request.TryGetProperty("settle_seconds", out var settle) ? settle.GetDouble() : 0,
        request.TryGetProperty("min_seconds", out var min) ? min.GetDouble() : 0);
}
