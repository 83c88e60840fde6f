namespace Zoo.Bench;

/// <summary>
/// One benchmark case: its name (shared with the PyTorch half in bench/python/bench_cases.py), the group it is
/// reported in, and a factory that builds inputs once and returns one iteration's work. Cases that allocate real
/// tensors (blocks, networks) also have their step memory measured.
/// </summary>
public sealed record BenchCase(string Name, string Group, string Description, Func<Action> Prepare, int Iterations, int OpsPerIteration = 1)
{
    public bool MeasuresMemory { get; init; }
}
