using Zoo.Networks;
using Zoo.Torch;
using static Zoo.Torch.torch;

namespace Zoo.Bench;

/// <summary>
/// Whole-network cases: one training step (forward, cross-entropy, backward) of a generated network against the same
/// torchvision network in PyTorch (bench/python/bench_cases.py, same names).
/// </summary>
public static class NetworkCases
{
    private const string Group = "networks: forward + backward (training step)";

    public static IReadOnlyList<BenchCase> All { get; } = new[]
    {
        TrainStep("resnet18_train_step", "ResNet-18, batch 16, 3x64x64", () => ResNet.resnet18(), batch: 16, size: 64),
    };

    private static BenchCase TrainStep(string name, string description, Func<nn.Module<Tensor, Tensor>> build, int batch, int size) =>
        new(name, Group, description, () =>
        {
            manual_seed(0);
            var model = build();
            model.train();
            var x = randn(batch, 3, size, size).DetachFromDisposeScope();
            var y = randint(0, 1000, new long[] { batch }).DetachFromDisposeScope();
            return () =>
            {
                model.zero_grad();
                nn.functional.cross_entropy(model.call(x), y).backward();
            };
        }, Iterations: 5);
}
