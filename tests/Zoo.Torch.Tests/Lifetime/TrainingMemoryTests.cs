using System.Globalization;
using Zoo.Torch.Modules;

namespace Zoo.Torch.Tests.Lifetime;

/// <summary>
/// A long training loop must not leak: libtorch memory is invisible to the .NET garbage collector, so every step's
/// tensors (activations, gradients, the loss) have to be freed by the dispose scope around the step.
/// </summary>
[Collection(ProcessWideStateCollection.Name)]
public class TrainingMemoryTests
{
    private sealed class SmallCnn : nn.Module<Tensor, Tensor>
    {
        private readonly Conv2d conv1 = nn.Conv2d(1, 8, 3, padding: 1);
        private readonly BatchNorm2d bn1 = nn.BatchNorm2d(8);
        private readonly Conv2d conv2 = nn.Conv2d(8, 16, 3, stride: 2, padding: 1);
        private readonly BatchNorm2d bn2 = nn.BatchNorm2d(16);
        private readonly Linear fc = nn.Linear(16, 10);

        public SmallCnn() : base(nameof(SmallCnn)) => RegisterComponents();

        public override Tensor forward(Tensor x)
        {
            x = bn1.call(conv1.call(x)).relu();
            x = bn2.call(conv2.call(x)).relu();
            return fc.call(x.mean(new long[] { 2, 3 }));
        }
    }

    [Fact]
    public void Two_thousand_training_steps_return_to_the_baseline_live_count_and_keep_memory_flat()
    {
        UnreachableTensors.FreeNow();
        manual_seed(0);
        using var model = new SmallCnn();
        using var optimizer = optim.SGD(model.parameters(), lr: 0.01, momentum: 0.9);
        using var inputs = randn(8, 1, 16, 16);
        using var targets = randint(0, 10, new long[] { 8 });

        void Train(int steps)
        {
            for (int i = 0; i < steps; i++)
            {
                using var scope = NewDisposeScope();
                var loss = nn.functional.cross_entropy(model.call(inputs), targets);
                optimizer.zero_grad();
                loss.backward();
                optimizer.step();
            }
        }

        // Warm-up: allocator caches, momentum buffers and JIT reach their steady state first.
        Train(200);
        UnreachableTensors.FreeNow();
        long baselineTensors = TensorCounters.Live;
        long baselineRss = ResidentBytes();

        Train(2000);
        UnreachableTensors.FreeNow();
        long growth = ResidentBytes() - baselineRss;

        Assert.Equal(baselineTensors, TensorCounters.Live);
        Assert.True(growth < 50L * 1024 * 1024,
            $"resident memory grew by {(growth / 1048576.0).ToString("F1", CultureInfo.InvariantCulture)} MB over 2,000 steps");
    }

    private static long ResidentBytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        throw new InvalidOperationException("VmRSS not found in /proc/self/status");
    }
}
