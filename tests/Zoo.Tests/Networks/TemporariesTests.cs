using Zoo.Blocks;
using Zoo.Networks;

namespace Zoo.Tests.Networks;

/// <summary>
/// A generated forward frees its temporaries: each tensor statement keeps only its result, and the call keeps only
/// the output, so a network's step holds what PyTorch's reference counting would (docs/benchmarks.md measures it).
/// </summary>
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
