using Zoo.Blocks;

namespace Zoo.Tests.Blocks;

public class GlobalContextTests
{
    private const string Reference = "tests/reference/blocks/global_context.py";

    [Theory]
    [InlineData(64, 0.0625, 2, false)]
    [InlineData(64, 0.0625, 2, true)]
    [InlineData(48, 0.25, 1, false)]
    [InlineData(48, 0.25, 3, true)]
    public void Matches_the_reference_in_pytorch(long channels, double ratio, long batch, bool train)
    {
        using var block = new GlobalContext(channels, ratio: ratio);
        using var x = ModuleParity.RandomLike(zeros(batch, channels, 5, 11), seed: channels + batch);
        var python = ratio.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ModuleParity.Check(block, $"GlobalContext({channels}, ratio={python})", Reference, x, train);
    }

    [Fact]
    public void A_fresh_block_is_the_identity_because_its_last_convolution_starts_at_zero()
    {
        using var block = new GlobalContext(32);
        using var scope = NewDisposeScope();
        Assert.Equal(0, block.channel_add_conv.parameters().Last().abs().sum().ToDouble());
        var x = randn(2, 32, 6, 5);
        TensorAssert.Equal(x, block.call(x), "output of a fresh block");
    }

    [Fact]
    public void The_transform_normalises_over_the_bottleneck_channels()
    {
        using var block = new GlobalContext(64, ratio: 0.125);
        var norm = block.state_dict()["channel_add_conv.1.weight"];
        Assert.Equal(new long[] { 8, 1, 1 }, norm.shape);
    }

    [Fact]
    public void A_wrong_input_names_the_block_and_both_shapes()
    {
        using var block = new GlobalContext(64);
        using var scope = NewDisposeScope();
        var wrongChannels = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 32, 5, 5)));
        Assert.Contains("GlobalContext", wrongChannels.Message);
        Assert.Contains("[B, 64, H, W]", wrongChannels.Message);
        Assert.Contains("[2, 32, 5, 5]", wrongChannels.Message);
        var wrongRank = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 64, 5)));
        Assert.Contains("[2, 64, 5]", wrongRank.Message);
    }
}
