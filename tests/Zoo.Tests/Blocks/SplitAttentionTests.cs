using Zoo.Blocks;

namespace Zoo.Tests.Blocks;

public class SplitAttentionTests
{
    private const string Reference = "tests/reference/blocks/split_attention.py";

    // The attention's bottleneck batch-normalises one pooled vector per sample: training needs a batch of 2 or more.
    [Theory]
    [InlineData(64, 64, 1, 1, 2, 1, 2, false)]
    [InlineData(64, 64, 1, 1, 2, 1, 2, true)]
    [InlineData(64, 128, 2, 1, 4, 2, 1, false)]
    [InlineData(64, 128, 2, 1, 4, 2, 3, true)]
    [InlineData(32, 32, 1, 2, 1, 4, 2, true)]
    [InlineData(32, 32, 1, 2, 1, 4, 1, false)]
    public void Matches_the_official_layout_in_pytorch(long inChannels, long channels, long stride, long dilation, long radix,
        long cardinality, long batch, bool train)
    {
        using var block = new SplitAttention(inChannels, channels, stride: stride, dilation: dilation, radix: radix, cardinality: cardinality);
        using var x = ModuleParity.RandomLike(zeros(batch, inChannels, 7, 10), seed: channels + radix);
        ModuleParity.Check(block,
            $"SplitAttention({inChannels}, {channels}, stride={stride}, dilation={dilation}, radix={radix}, cardinality={cardinality})",
            Reference, x, train);
    }

    [Fact]
    public void A_wrong_input_names_the_block_and_both_shapes()
    {
        using var block = new SplitAttention(64, 64);
        using var scope = NewDisposeScope();
        var wrongChannels = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 32, 5, 5)));
        Assert.Contains("SplitAttention", wrongChannels.Message);
        Assert.Contains("[B, 64, H, W]", wrongChannels.Message);
        Assert.Contains("[2, 32, 5, 5]", wrongChannels.Message);
        var wrongRank = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 64, 5)));
        Assert.Contains("[2, 64, 5]", wrongRank.Message);
    }
}
