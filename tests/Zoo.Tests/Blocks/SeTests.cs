using Zoo.Blocks;

namespace Zoo.Tests.Blocks;

public class SeTests
{
    private const string Reference = "tests/reference/blocks/se.py";

    [Theory]
    [InlineData(64, 16, false)]
    [InlineData(64, 16, true)]
    [InlineData(24, 4, false)]
    public void Matches_the_paper_reference_in_pytorch(long channels, long reduction, bool train)
    {
        using var block = new Se(channels, reduction: reduction);
        using var x = ModuleParity.RandomLike(zeros(2, channels, 9, 7), seed: channels);
        ModuleParity.Check(block, $"SE({channels}, reduction={reduction})", Reference, x, train);
    }

    [Fact]
    public void A_wrong_input_names_the_block_and_both_shapes()
    {
        using var block = new Se(64);
        using var scope = NewDisposeScope();
        var wrongChannels = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 32, 5, 5)));
        Assert.Contains("Se", wrongChannels.Message);
        Assert.Contains("[B, 64, H, W]", wrongChannels.Message);
        Assert.Contains("[2, 32, 5, 5]", wrongChannels.Message);
        var wrongRank = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 64, 5)));
        Assert.Contains("[2, 64, 5]", wrongRank.Message);
    }
}
