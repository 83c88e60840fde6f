using Zoo.Blocks;
using Zoo.Networks;
using Placement = Zoo.Networks.ResNet.AttentionPlacement;

namespace Zoo.Tests.Networks;

/// <summary>
/// The ResNet spec against its PyTorch reference (tests/reference/networks/resnet.py, torchvision's units): each
/// attention placement, the deep stem, dilation and other input channels, forward and backward, in train and eval
/// mode. Small stages keep it fast; the full-size presets are checked against torchvision itself.
/// </summary>
public class ResNetTests
{
    private const string Reference = "tests/reference/networks/resnet.py";

    [Theory]
    [InlineData(Placement.EveryUnit, "every_unit", true)]
    [InlineData(Placement.UnitsOfStages2To4, "units_of_stages_2_to_4", true)]
    [InlineData(Placement.LastUnitOfEachStage, "last_unit_of_each_stage", true)]
    [InlineData(Placement.AfterAlternateUnitsOfStages2And3, "after_alternate_units_of_stages_2_and_3", false)]
    [InlineData(Placement.AfterStages1To3, "after_stages_1_to_3", true)]
    public void Each_attention_placement_matches_the_reference(Placement placement, string python, bool train)
    {
        using var model = new ResNet(BasicBlock.Block(), new long[] { 1, 2, 2, 1 }, num_classes: 5,
            attention: Se.Block(reduction: 4), attention_placement: placement);
        using var x = ModuleParity.RandomLike(zeros(2, 3, 24, 24), seed: 3);
        NetworkParity.Check(model,
            $"ResNet('basic', [1, 2, 2, 1], num_classes=5, attention=lambda c: SE(c, reduction=4), attention_placement='{python}')",
            Reference, x, train);
    }

    [Theory]
    [InlineData("gc", false)]
    [InlineData("bam", true)]
    [InlineData("gsop", true)]
    [InlineData("triplet", true)]
    [InlineData("nl", true)]
    [InlineData("a2", false)]
    public void The_papers_blocks_in_their_places_match_the_reference(string attention, bool train)
    {
        var (block, placement, python) = attention switch
        {
            "gc" => (GlobalContext.Block(ratio: 0.0625), Placement.UnitsOfStages2To4, "GlobalContext(c), attention_placement='units_of_stages_2_to_4'"),
            "bam" => (Bam.Block(), Placement.AfterStages1To3, "BAM(c), attention_placement='after_stages_1_to_3'"),
            "gsop" => (Gsop.Block(reduced: 16, relu_input: true), Placement.LastUnitOfEachStage, "GSoP(c, reduced=16, relu_input=True), attention_placement='last_unit_of_each_stage'"),
            "triplet" => (TripletAttention.Block(), Placement.EveryUnit, "TripletAttention(channels=c)"),
            "nl" => (NonLocal.Block(sub_sample: true), Placement.AfterAlternateUnitsOfStages2And3, "NonLocal(c, sub_sample=True), attention_placement='after_alternate_units_of_stages_2_and_3'"),
            _ => (DoubleAttention.Block(reduction: 2), Placement.AfterAlternateUnitsOfStages2And3, "DoubleAttention(c, reduction=2), attention_placement='after_alternate_units_of_stages_2_and_3'"),
        };
        using var model = new ResNet(BasicBlock.Block(), new long[] { 1, 2, 2, 1 }, num_classes: 5, attention: block, attention_placement: placement);
        using var x = ModuleParity.RandomLike(zeros(2, 3, 26, 22), seed: 6);
        NetworkParity.Check(model, $"ResNet('basic', [1, 2, 2, 1], num_classes=5, attention=lambda c: {python})", Reference, x, train);
    }

    [Fact]
    public void SKNet_units_match_the_reference()
    {
        using var model = new ResNet(SkBottleneck.Block(groups: 8, base_width: 8), new long[] { 1, 1, 1, 1 }, num_classes: 5);
        using var x = ModuleParity.RandomLike(zeros(2, 3, 24, 24), seed: 7);
        NetworkParity.Check(model, "ResNet('sk', [1, 1, 1, 1], num_classes=5, groups=8, base_width=8)", Reference, x, train: true);
    }

    [Fact]
    public void ResNeSt_units_and_the_deep_stem_match_the_reference()
    {
        using var model = new ResNet(ResNeStBottleneck.Block(), new long[] { 1, 2, 1, 1 }, num_classes: 5, stem: ResNet.Stem.Deep, stem_width: 16);
        using var x = ModuleParity.RandomLike(zeros(2, 3, 27, 25), seed: 8);
        NetworkParity.Check(model, "ResNet('resnest', [1, 2, 1, 1], num_classes=5, stem='deep', stem_width=16)", Reference, x, train: true);
    }

    [Fact]
    public void Attention_augmented_units_after_a_plain_first_stage_match_the_reference()
    {
        using var model = new ResNet(AaBottleneck.Block(heads: 2), new long[] { 1, 2, 1, 1 }, num_classes: 5, stage1_block: Bottleneck.Block());
        using var x = ModuleParity.RandomLike(zeros(2, 3, 37, 29), seed: 9);
        NetworkParity.Check(model, "ResNet('aa', [1, 2, 1, 1], num_classes=5, stage1_block='bottleneck', heads=2)", Reference, x, train: true);
        Assert.IsType<Bottleneck>(model.layer1[0]);
        Assert.IsType<AaBottleneck>(model.layer2[0]);
    }

    [Fact]
    public void Each_placement_puts_the_blocks_where_its_paper_does()
    {
        string[] Attentions(Placement placement)
        {
            using var model = ResNet.resnet50(attention: Se.Block(), attention_placement: placement);
            return model.named_modules().Where(m => m.module is Se).Select(m => m.name).ToArray();
        }

        Assert.Equal(16, Attentions(Placement.EveryUnit).Length);
        Assert.Equal(13, Attentions(Placement.UnitsOfStages2To4).Length);
        Assert.DoesNotContain(Attentions(Placement.UnitsOfStages2To4), n => n.StartsWith("layer1", StringComparison.Ordinal));
        Assert.Equal(new[] { "layer1.2.attn", "layer2.3.attn", "layer3.5.attn", "layer4.2.attn" }, Attentions(Placement.LastUnitOfEachStage));
        Assert.Equal(new[] { "layer2.1.post_attn", "layer2.3.post_attn", "layer3.1.post_attn", "layer3.3.post_attn", "layer3.5.post_attn" },
            Attentions(Placement.AfterAlternateUnitsOfStages2And3));
        Assert.Equal(new[] { "stage_attn1", "stage_attn2", "stage_attn3" }, Attentions(Placement.AfterStages1To3));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_deep_stem_dilation_and_one_channel_input_match_the_reference(bool train)
    {
        using var model = new ResNet(BasicBlock.Block(), new long[] { 1, 1, 2, 2 }, num_classes: 7, in_channels: 1,
            output_stride: 16, stem: ResNet.Stem.Deep, stem_width: 16, attention: Cbam.Block(reduction: 8));
        using var x = ModuleParity.RandomLike(zeros(2, 1, 29, 35), seed: 4);
        NetworkParity.Check(model,
            "ResNet('basic', [1, 1, 2, 2], num_classes=7, in_channels=1, output_stride=16, stem='deep', stem_width=16, attention=lambda c: CBAM(c, reduction=8))",
            Reference, x, train);
    }

    [Fact]
    public void Bottleneck_units_with_eca_and_output_stride_8_match_the_reference()
    {
        using var model = new ResNet(Bottleneck.Block(groups: 2, base_width: 16), new long[] { 1, 1, 2, 2 }, num_classes: 3,
            output_stride: 8, attention: Eca.Block());
        using var x = ModuleParity.RandomLike(zeros(1, 3, 33, 31), seed: 5);
        NetworkParity.Check(model,
            "ResNet('bottleneck', [1, 1, 2, 2], num_classes=3, output_stride=8, groups=2, base_width=16, attention=lambda c: ECA(c))",
            Reference, x, train: true);
    }

    [Fact]
    public void Without_the_classifier_it_returns_the_last_stages_map_and_has_no_head()
    {
        using var scope = NewDisposeScope();
        using var backbone = ResNet.resnet18(classifier: false);
        Assert.DoesNotContain(backbone.state_dict().Keys, k => k.StartsWith("fc.", StringComparison.Ordinal));
        TensorAssert.ShapeIs(backbone.call(randn(1, 3, 64, 96)), 1, 512, 2, 3);
        using var dilated = ResNet.resnet18(classifier: false, output_stride: 8);
        TensorAssert.ShapeIs(dilated.call(randn(1, 3, 65, 97)), 1, 512, 9, 13);
    }

    [Fact]
    public void A_wrong_input_names_the_network_and_both_shapes()
    {
        using var scope = NewDisposeScope();
        using var model = ResNet.resnet18(in_channels: 1);
        var error = Assert.ThrowsAny<Exception>(() => model.call(zeros(1, 3, 32, 32)));
        Assert.Contains("ResNet", error.Message);
        Assert.Contains("[B, 1, H, W]", error.Message);
        Assert.Contains("[1, 3, 32, 32]", error.Message);
    }
}
