using Zoo.Torch.Tests.NN;
using Zoo.Torch.Profiling;

namespace Zoo.Torch.Tests.Profiling;

public class MacCounterTests
{
    [Fact]
    public void Matrix_products_count_output_elements_times_the_contracted_length()
    {
        using var scope = NewDisposeScope();
        using var counter = MacCounter.Start();
        zeros(5, 3).matmul(zeros(3, 7));                  // 5·7·3
        zeros(2, 5, 3).bmm(zeros(2, 3, 7));               // 2·5·7·3
        zeros(7).addmm(zeros(5, 3), zeros(3, 7));         // 5·7·3
        zeros(4, 2, 5, 3).matmul(zeros(3, 7));            // broadcast: 4·2·5·7·3
        Assert.Equal(105 + 210 + 105 + 840, counter.MACs);
    }

    [Fact]
    public void Einsum_is_counted_per_pairwise_contraction_from_left_to_right()
    {
        using var scope = NewDisposeScope();
        using (var counter = MacCounter.Start())
        {
            einsum("bij,bjk->bik", zeros(2, 5, 3), zeros(2, 3, 7));
            Assert.Equal(2 * 5 * 3 * 7, counter.MACs);
        }
        using (var counter = MacCounter.Start())
        {
            // (ij,jk) first: i,j,k = 4·5·6; then (ik,kl): i,k,l = 4·6·3.
            einsum("ij,jk,kl->il", zeros(4, 5), zeros(5, 6), zeros(6, 3));
            Assert.Equal(4 * 5 * 6 + 4 * 6 * 3, counter.MACs);
        }
        using (var counter = MacCounter.Start())
        {
            einsum("...ij,...jk->...ik", zeros(3, 2, 5, 4), zeros(3, 2, 4, 6));
            Assert.Equal(3 * 2 * 5 * 4 * 6, counter.MACs);
        }
    }

    [Fact]
    public void Convolutions_and_linear_layers_count_as_pytorch_hooks_do()
    {
        using var scope = NewDisposeScope();
        using var counter = MacCounter.Start();
        nn.functional.conv2d(zeros(2, 8, 10, 10), zeros(16, 4, 3, 3), padding: new long[] { 1 }, groups: 2); // 2·16·10·10 outputs x 4·3·3
        nn.functional.linear(zeros(6, 20), zeros(30, 20));                                                  // 6·30 outputs x 20
        nn.functional.conv_transpose2d(zeros(1, 4, 5, 5), zeros(4, 2, 3, 3));                               // 1·4·5·5 inputs x 2·3·3
        Assert.Equal(2 * 16 * 100 * 36 + 6 * 30 * 20 + 100 * 18, counter.MACs);
    }

    [Fact]
    public void Counters_nest_and_nothing_is_counted_outside_them()
    {
        using var scope = NewDisposeScope();
        using var outer = MacCounter.Start();
        using (var inner = MacCounter.Start())
        {
            zeros(2, 3).matmul(zeros(3, 4));
            Assert.Equal(24, inner.MACs);
        }
        zeros(2, 3).matmul(zeros(3, 4));
        Assert.Equal(48, outer.MACs);
    }

    [Fact]
    public void A_resnet18_counts_the_convolution_and_linear_macs_pytorch_hooks_count()
    {
        using var scope = NewDisposeScope();
        using var model = new ResNet18();
        model.eval();
        long macs;
        using (no_grad())
        using (var counter = MacCounter.Start())
        {
            model.call(zeros(1, 3, 224, 224));
            macs = counter.MACs;
        }
        const string code = """
            import torchvision
            m = torchvision.models.resnet18().eval()
            total = [0]
            def hook(mod, inp, out):
                total[0] += out.numel() * (mod.weight.numel() // mod.weight.shape[0])
            for mod in m.modules():
                if isinstance(mod, (torch.nn.Conv2d, torch.nn.Linear)):
                    mod.register_forward_hook(hook)
            with torch.no_grad():
                m(x)
            out = torch.tensor(total[0])
            """;
        using var reference = PyTorchOracle.Shared.Run(code, ("x", zeros(1, 3, 224, 224)));
        Assert.Equal(reference.Output.ToInt64(), macs);
        Assert.Equal(1_814_073_344L, macs); // the figure fvcore reports for torchvision's ResNet-18 at 224x224
    }
}
