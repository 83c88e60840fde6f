using Zoo.Blocks;

namespace Zoo.Tests.Blocks;

public class BamTests
{
    private const string Reference = "tests/reference/blocks/bam.py";

    // The channel branch batch-normalises one pooled vector per sample: training needs a batch of 2 or more.
    [Theory]
    [InlineData(64, 16, 4, "paper", 2, false)]
    [InlineData(64, 16, 4, "paper", 2, true)]
    [InlineData(64, 16, 4, "official", 1, false)]
    [InlineData(64, 16, 4, "official", 3, true)]
    [InlineData(48, 8, 2, "paper", 3, true)]
    public void Matches_the_reference_in_pytorch(long channels, long reduction, long dilation, string variant, long batch, bool train)
    {
        var v = variant == "paper" ? Bam.Variant.Paper : Bam.Variant.Official;
        using var block = new Bam(channels, reduction: reduction, dilation: dilation, variant: v);
        using var x = ModuleParity.RandomLike(zeros(batch, channels, 10, 7), seed: channels + dilation);
        ModuleParity.Check(block, $"BAM({channels}, reduction={reduction}, dilation={dilation}, variant='{variant}')", Reference, x, train);
    }

    [Fact]
    public void The_variants_differ_in_the_batch_norms_they_hold()
    {
        using var paper = new Bam(64);
        using var official = new Bam(64, variant: Bam.Variant.Official);
        var paperKeys = paper.state_dict().Keys.ToList();
        var officialKeys = official.state_dict().Keys.ToList();
        Assert.Contains("channel_bn.weight", paperKeys);
        Assert.Contains("spatial_bn.weight", paperKeys);
        Assert.DoesNotContain("channel_hidden_bn.weight", paperKeys);
        Assert.Contains("channel_hidden_bn.weight", officialKeys);
        Assert.DoesNotContain("channel_bn.weight", officialKeys);
        Assert.DoesNotContain("spatial_bn.weight", officialKeys);
    }

    [Fact]
    public void The_dilated_convolutions_keep_the_map_size_even_when_it_is_smaller_than_the_dilation()
    {
        using var block = new Bam(32, reduction: 4, dilation: 4);
        block.eval();
        using var scope = NewDisposeScope();
        Assert.Equal(new long[] { 1, 32, 3, 2 }, block.call(randn(1, 32, 3, 2)).shape);
    }

    [Fact]
    public void A_wrong_input_names_the_block_and_both_shapes()
    {
        using var block = new Bam(64);
        using var scope = NewDisposeScope();
        var wrongChannels = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 32, 5, 5)));
        Assert.Contains("Bam", wrongChannels.Message);
        Assert.Contains("[B, 64, H, W]", wrongChannels.Message);
        Assert.Contains("[2, 32, 5, 5]", wrongChannels.Message);
        var wrongRank = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 64, 5)));
        Assert.Contains("[2, 64, 5]", wrongRank.Message);
    }
}
