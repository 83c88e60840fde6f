using Zoo.Torch;
using static Zoo.Torch.torch;

namespace Zoo.Bench;

/// <summary>
/// The Zoo half of the binding's cases (bench/python/bench_cases.py holds the PyTorch half under the same names).
/// Per-op cases run 100 operations per iteration on 4x4 tensors, so they measure per-call overhead.
/// </summary>
public static class TorchCases
{
    private const int Ops = 100;
    private const string PerOp = "per-op overhead (4x4 tensors, per call)";

    public static IReadOnlyList<BenchCase> All { get; } = new[]
    {
        PerOpCase("op_add", "a + b", (a, b) => a + b),
        PerOpCase("op_mul_scalar", "a * 2.0", (a, _) => a * 2.0),
    };

    private static BenchCase PerOpCase(string name, string description, Func<Tensor, Tensor, Tensor> op) =>
        new(name, PerOp, description, () =>
        {
            manual_seed(0);
            var a = randn(4, 4).DetachFromDisposeScope();
            var b = randn(4, 4).DetachFromDisposeScope();
            return () =>
            {
                for (int i = 0; i < Ops; i++) op(a, b);
            };
        }, Iterations: 200, OpsPerIteration: Ops);
}
