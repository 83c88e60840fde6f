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
        PerOpCase("op_relu", "relu(a)", (a, _) => a.relu()),
        PerOpCase("op_matmul", "a @ b", (a, b) => a.matmul(b)),
        PerOpCase("op_sum", "a.sum()", (a, _) => a.sum()),
        PerOpCase("op_view", "a.view(16)", (a, _) => a.view(16)),
        PerOpCase("op_cat", "cat([a, b])", (a, b) => cat(new[] { a, b }, 0)),
        PerOpCase("op_softmax", "softmax(a, -1)", (a, _) => a.softmax(-1)),
        Conv2dCase(),
        BackwardCase(),
    };

    private static BenchCase Conv2dCase() =>
        new("op_conv2d", PerOp, "conv2d 1x2x4x4, 3x3", () =>
        {
            manual_seed(0);
            var x = randn(1, 2, 4, 4).DetachFromDisposeScope();
            var w = randn(2, 2, 3, 3).DetachFromDisposeScope();
            var padding = new long[] { 1, 1 };
            return () =>
            {
                for (int i = 0; i < Ops; i++) nn.functional.conv2d(x, w, padding: padding);
            };
        }, Iterations: 200, OpsPerIteration: Ops);

    // Four calls per repetition (mul, add, sum, backward), as the PyTorch half.
    private static BenchCase BackwardCase() =>
        new("op_backward", PerOp, "((x * w) + 1).sum().backward()", () =>
        {
            manual_seed(0);
            var w = randn(4, 4).requires_grad_().DetachFromDisposeScope();
            var x = randn(4, 4).DetachFromDisposeScope();
            return () =>
            {
                for (int i = 0; i < Ops / 4; i++) ((x * w) + 1.0).sum().backward();
            };
        }, Iterations: 200, OpsPerIteration: Ops);

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
