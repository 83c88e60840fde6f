using Zoo.Backbones;
using Zoo.Networks;

namespace Zoo.Tests.Networks;

/// <summary>A network's stage outputs (timm's features_only) from <see cref="FeatureExtractor"/>.</summary>
public class FeatureExtractorTests
{
    [Fact]
    public void ResNet50_gives_its_four_stages_and_the_last_is_what_its_head_pools()
    {
        using var scope = NewDisposeScope();
        using var model = ResNet.resnet50(num_classes: 10);
        model.eval();
        using var features = FeatureExtractor.Stages(model);
        Assert.Equal(new[] { "layer1", "layer2", "layer3", "layer4" }, features.Names);

        var x = randn(2, 3, 64, 96);
        Tensor[] stages;
        Tensor logits;
        using (no_grad())
        {
            stages = features.call(x);
            logits = model.call(x);
        }
        Assert.Equal(new[] { new long[] { 2, 256, 16, 24 }, new long[] { 2, 512, 8, 12 }, new long[] { 2, 1024, 4, 6 }, new long[] { 2, 2048, 2, 3 } },
            stages.Select(s => s.shape));
        using (no_grad())
            TensorAssert.Close(logits, model.fc!.call(model.avgpool!.call(stages[3]).flatten(1)), 1e-5, 1e-5);
        // The network's weights load into it by name: its keys are the network's but the head's.
        Assert.Equal(model.state_dict().Keys.Where(k => !k.StartsWith("fc.", StringComparison.Ordinal)), features.state_dict().Keys);
    }

    [Fact]
    public void Works_for_the_cifar_resnets_the_attention_networks_and_dilated_backbones()
    {
        using var scope = NewDisposeScope();
        using var cifar = FeatureExtractor.Stages(CifarResNet.resnet20(in_channels: 1));
        Assert.Equal(new[] { new long[] { 1, 16, 28, 28 }, new long[] { 1, 32, 14, 14 }, new long[] { 1, 64, 7, 7 } },
            cifar.call(randn(1, 1, 28, 28)).Select(s => s.shape));

        using var attention = FeatureExtractor.Stages(ResidualAttentionNet.attention56_cifar());
        Assert.Equal(new[] { "stage1", "stage2", "stage3", "stage4" }, attention.Names);
        Assert.Equal(new long[] { 1, 512, 4, 4 }, attention.call(randn(1, 3, 32, 32))[3].shape);

        using var dilated = new FeatureExtractor(ResNet.resnet18(output_stride: 8), "layer2", "layer4");
        Assert.Equal(new[] { new long[] { 1, 128, 9, 13 }, new long[] { 1, 512, 9, 13 } }, dilated.call(randn(1, 3, 65, 97)).Select(s => s.shape));
    }

    [Fact]
    public void A_child_that_is_not_there_is_named_with_the_children_that_are()
    {
        using var model = CifarResNet.resnet20();
        var error = Assert.Throws<ArgumentException>(() => new FeatureExtractor(model, "layer4"));
        Assert.Contains("CifarResNet has no child 'layer4'", error.Message);
        Assert.Contains("conv1, bn1, relu, layer1, layer2, layer3, avgpool, fc", error.Message);
    }
}
