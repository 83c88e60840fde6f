using Zoo.Blocks;
using Zoo.Networks;

namespace Zoo.Tests.Networks;

/// <summary>
/// DANet and CCNet: dilated backbones with attention heads, against their PyTorch reference, at odd sizes. (Every
/// preset also runs forward and backward on 2x3x65x97 images in <see cref="EveryNetworkTests"/>.)
/// </summary>
public class SegmentationNetTests
{
    private const string Reference = "tests/reference/networks/segmentation.py";

    [Theory]
    [InlineData("danet", false)]
    [InlineData("danet", true)]
    [InlineData("ccnet", true)]
    public void Matches_the_reference_at_an_odd_size(string head, bool train)
    {
        // No dropout: the two sides would drop different channels in training mode.
        var block = head == "danet" ? DanetHead.Block(dropout: 0.0) : Rcca.Block(out_channels: 32, dropout: 0.0);
        var extra = head == "danet" ? "" : ", out_channels=32";
        using var model = new SegmentationNet(BasicBlock.Block(), new long[] { 1, 1, 1, 1 }, block, num_classes: 5);
        using var x = ModuleParity.RandomLike(zeros(2, 3, 33, 41), seed: 33);
        NetworkParity.Check(model, $"SegmentationNet('basic', [1, 1, 1, 1], '{head}', num_classes=5, dropout=0.0{extra})", Reference, x, train);
    }

    [Fact]
    public void The_backbone_loads_a_torchvision_resnet_by_prefix()
    {
        using var model = SegmentationNet.danet_resnet50();
        using var resnet = ResNet.resnet50(output_stride: 8);
        var backbone = model.state_dict().Keys.Where(k => k.StartsWith("backbone.", StringComparison.Ordinal))
            .Select(k => k["backbone.".Length..]);
        Assert.Equal(resnet.state_dict().Keys.Where(k => !k.StartsWith("fc.", StringComparison.Ordinal)), backbone);
        Assert.All(model.state_dict().Keys, k => Assert.True(k.StartsWith("backbone.", StringComparison.Ordinal) || k.StartsWith("head.", StringComparison.Ordinal), k));
    }
}
