using Zoo.Blocks;
using Zoo.Networks;

namespace Zoo.Tests.Networks;

/// <summary>
/// A generated forward frees its temporaries: each tensor statement keeps only its result, and the call keeps only
/// the output, so a network's step holds what PyTorch's reference counting would (docs/benchmarks.md measures it).
/// </summary>
[Collection(ProcessWideStateCollection.Name)] // one test counts live tensors, which other tests would move
public class TemporariesTests
{
    [Fact]
    public void A_generated_forward_leaves_only_its_output()
    {
        using var unit = new Bottleneck(16, 4, stride: 2);
        using var scope = NewDisposeScope();
        var x = randn(2, 16, 8, 8);
        var y = unit.call(x);
        Assert.Equal(2, scope.DisposablesCount); // x and y
        Assert.Equal(new long[] { 2, 16, 4, 4 }, y.shape);
    }

    [Fact]
    public void Each_statement_frees_its_temporaries_even_when_forward_is_called_directly()
    {
        using var unit = new Bottleneck(16, 4);
        using var scope = NewDisposeScope();
        var x = randn(2, 16, 8, 8);
        unit.forward(x);
        // x, then one tensor per statement (three convolution stages, the residual sum); a forward that kept the
        // convolutions' and batch norms' outputs too would leave eleven.
        Assert.Equal(5, scope.DisposablesCount);
    }

    [Fact]
    public void A_network_holds_a_few_activations_at_a_time_not_a_stages_worth()
    {
        // Each input is freed once the call consuming it returns (a statement's nested results, a variable's value at
        // its last read, a Sequential's input to each layer), as PyTorch frees them.
        using var net = ResNet.resnet50();
        net.eval();
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var x = randn(1, 3, 64, 64);
        UnreachableTensors.FreeNow();

        long PeakTensors()
        {
            TensorCounters.ResetPeak();
            var before = TensorCounters.Live;
            using (var y = net.call(x)) Assert.Equal(new long[] { 1, 1000 }, y.shape);
            return TensorCounters.Peak - before;
        }

        var freeing = PeakTensors();
        // A hook turns freeing off in the modules above it (it may keep any tensor): with one on every layer, every
        // call holds its intermediates until it returns.
        var hooks = net.named_modules().Select(m => m.module).OfType<nn.Module<Tensor, Tensor>>()
            .Select(m => m.register_forward_hook((_, _, _) => null)).ToList();
        var kept = PeakTensors();
        hooks.ForEach(h => h.Dispose());
        Assert.InRange(freeing, 1, 8);
        Assert.True(kept > 10 * freeing, $"{kept} tensors at the peak without freeing, {freeing} with");
    }

    [Fact]
    public void A_hook_inside_a_network_keeps_what_it_captures()
    {
        using var net = CifarResNet.resnet20();
        net.eval();
        using var scope = NewDisposeScope();
        var captured = new List<Tensor>();
        var conv = (nn.Module<Tensor, Tensor>)net.get_submodule("layer1.0.conv1")!;
        using (conv.register_forward_hook((_, _, output) => { captured.Add(output); return null; }))
            net.call(randn(1, 3, 32, 32));
        var map = Assert.Single(captured);
        Assert.False(map.IsInvalid);
        Assert.Equal(new long[] { 1, 16, 32, 32 }, map.shape);
    }
}
