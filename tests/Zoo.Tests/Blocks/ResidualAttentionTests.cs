using Zoo.Blocks;

namespace Zoo.Tests.Blocks;

public class ResidualAttentionTests
{
    private const string Reference = "tests/reference/blocks/residual_attention.py";

    [Theory]
    [InlineData(3, 28, 27, false)]
    [InlineData(3, 28, 27, true)]
    [InlineData(2, 14, 15, true)]
    [InlineData(1, 7, 5, false)]
    [InlineData(1, 3, 2, true)]
    public void Matches_the_paper_reference_in_pytorch_at_any_size(long depth, long height, long width, bool train)
    {
        using var block = new ResidualAttention(16, depth: depth);
        using var x = ModuleParity.RandomLike(zeros(2, 16, height, width), seed: depth * 100 + height);
        ModuleParity.Check(block, $"ResidualAttentionModule(16, {depth})", Reference, x, train);
    }

    [Fact]
    public void Matches_the_reference_with_other_unit_counts()
    {
        using var block = new ResidualAttention(8, depth: 2, p: 0, t: 1, r: 2);
        using var x = ModuleParity.RandomLike(zeros(1, 8, 9, 11), seed: 9);
        ModuleParity.Check(block, "ResidualAttentionModule(8, 2, p=0, t=1, r=2)", Reference, x, train: true);
    }

    [Theory]
    [InlineData(16, 16, 1, false)]
    [InlineData(16, 64, 2, true)]
    public void The_pre_activation_unit_matches_the_reference(long inChannels, long outChannels, long stride, bool train)
    {
        using var unit = new Zoo.Blocks.PreActBottleneck(inChannels, outChannels, stride: stride);
        using var x = ModuleParity.RandomLike(zeros(2, inChannels, 7, 6), seed: outChannels);
        ModuleParity.Check(unit, $"PreActBottleneck({inChannels}, {outChannels}, {stride})", Reference, x, train);
    }

    [Fact]
    public void A_wrong_input_names_the_block_and_both_shapes()
    {
        using var block = new ResidualAttention(16, depth: 2);
        using var scope = NewDisposeScope();
        var wrongChannels = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 8, 14, 14)));
        Assert.Contains("ResidualAttention", wrongChannels.Message);
        Assert.Contains("[B, 16, H, W]", wrongChannels.Message);
        Assert.Contains("[2, 8, 14, 14]", wrongChannels.Message);
        var wrongRank = Assert.ThrowsAny<Exception>(() => block.call(zeros(16, 14, 14)));
        Assert.Contains("[16, 14, 14]", wrongRank.Message);
    }
}
