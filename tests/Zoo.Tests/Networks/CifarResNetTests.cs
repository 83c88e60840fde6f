using Zoo.Blocks;
using Zoo.Networks;

namespace Zoo.Tests.Networks;

/// <summary>The CIFAR ResNets (He et al. 2016, section 4.2) against their PyTorch reference, and their sizes.</summary>
public class CifarResNetTests
{
    private const string Reference = "tests/reference/networks/resnet.py";

    [Theory]
    [InlineData("zero_pad", false)]
    [InlineData("zero_pad", true)]
    [InlineData("projection", true)]
    public void ResNet20_matches_the_reference_with_either_shortcut(string shortcut, bool train)
    {
        using var model = CifarResNet.resnet20(shortcut: shortcut == "projection" ? CifarResNet.Shortcut.Projection : CifarResNet.Shortcut.ZeroPad);
        using var x = ModuleParity.RandomLike(zeros(2, 3, 32, 32), seed: 20);
        NetworkParity.Check(model, $"CifarResNet(3, shortcut='{shortcut}')", Reference, x, train);
    }

    [Theory]
    [InlineData("se_resnet20", "SE(c)")]
    [InlineData("cbam_resnet20", "CBAM(c)")]
    [InlineData("eca_resnet20", "ECA(c)")]
    public void The_attention_variants_take_fashion_mnist_images_and_match_the_reference(string preset, string block)
    {
        using var model = (CifarResNet)ModelCatalog.Create(preset, BlockArguments.Empty.With("in_channels", 1L));
        using var x = ModuleParity.RandomLike(zeros(2, 1, 28, 28), seed: 28);
        NetworkParity.Check(model, $"CifarResNet(3, in_channels=1, attention=lambda c: {block})", Reference, x, train: true);
    }

    [Theory]
    [InlineData(3, 269_722L)]
    [InlineData(5, 464_154L)]
    [InlineData(9, 853_018L)]
    public void The_depths_have_the_papers_sizes(long blocksPerStage, long parameters)
    {
        // The paper's table 6: ResNet-20 0.27M, ResNet-32 0.46M, ResNet-56 0.85M (option A shortcuts).
        using var model = new CifarResNet(blocksPerStage);
        Assert.Equal(parameters, model.parameters().Sum(p => p.numel()));
        Assert.Equal(6 * blocksPerStage + 2, model.modules().Count(m => m is Zoo.Torch.Modules.Conv2d or Zoo.Torch.Modules.Linear));
    }

    [Fact]
    public void Option_A_pads_the_subsampled_input_with_zero_channels()
    {
        using var scope = NewDisposeScope();
        using var unit = new BasicBlock(16, 32, stride: 2, shortcut: BasicBlock.Shortcut.ZeroPad);
        unit.eval();
        using (no_grad())
            foreach (var p in unit.parameters()) p.zero_(); // the residual branch gives 0 (BN weight and bias 0)
        var x = rand(1, 16, 6, 6);
        var y = unit.call(x);
        TensorAssert.Close(x[.., .., TensorIndex.Slice(step: 2), TensorIndex.Slice(step: 2)], y[.., ..16]);
        TensorAssert.Equal(zeros(1, 16, 3, 3), y[.., 16..]);
    }
}
