using Zoo.Blocks;

namespace Zoo.Tests.Blocks;

public class DanetPamTests
{
    private const string Reference = "tests/reference/blocks/danet.py";

    [Theory]
    [InlineData(64, 8, false)]
    [InlineData(64, 8, true)]
    [InlineData(32, 4, false)]
    [InlineData(32, 4, true)]
    public void Matches_the_paper_reference_in_pytorch(long channels, long reduction, bool train)
    {
        using var block = new DanetPam(channels, reduction: reduction);
        using var x = ModuleParity.RandomLike(zeros(2, channels, 7, 9), seed: channels + reduction);
        ModuleParity.Check(block, $"PositionAttention({channels}, reduction={reduction})", Reference, x, train);
    }

    [Fact]
    public void Runs_at_batch_one_and_a_single_row()
    {
        using var block = new DanetPam(16);
        using var x = ModuleParity.RandomLike(zeros(1, 16, 1, 11), seed: 2);
        ModuleParity.Check(block, "PositionAttention(16)", Reference, x);
    }

    [Fact]
    public void Query_key_and_value_are_three_different_convolutions_and_gamma_starts_at_zero()
    {
        using var block = new DanetPam(64);
        Assert.Equal(new[] { "gamma", "query_conv.weight", "query_conv.bias", "key_conv.weight", "key_conv.bias", "value_conv.weight", "value_conv.bias" },
            block.state_dict().Keys);
        Assert.Equal(new long[] { 8, 64, 1, 1 }, block.query_conv.weight.shape);
        Assert.Equal(new long[] { 8, 64, 1, 1 }, block.key_conv.weight.shape);
        Assert.Equal(new long[] { 64, 64, 1, 1 }, block.value_conv.weight.shape);
        using var scope = NewDisposeScope();
        var x = ModuleParity.RandomLike(zeros(2, 64, 4, 5), seed: 3);
        TensorAssert.Close(x, block.call(x), 0, 0, "output of a fresh block");
    }

    [Fact]
    public void A_wrong_input_names_the_block_and_both_shapes()
    {
        using var block = new DanetPam(64);
        using var scope = NewDisposeScope();
        var wrongChannels = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 32, 5, 5)));
        Assert.Contains("DanetPam", wrongChannels.Message);
        Assert.Contains("[B, 64, H, W]", wrongChannels.Message);
        Assert.Contains("[2, 32, 5, 5]", wrongChannels.Message);
        var wrongRank = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 64, 5)));
        Assert.Contains("DanetPam", wrongRank.Message);
        Assert.Contains("[2, 64, 5]", wrongRank.Message);
    }
}
