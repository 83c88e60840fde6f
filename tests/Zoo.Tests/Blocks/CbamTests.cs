using Zoo.Blocks;

namespace Zoo.Tests.Blocks;

public class CbamTests
{
    private const string Reference = "tests/reference/blocks/cbam.py";

    [Theory]
    [InlineData(64, 16, 7, 2, false)]
    [InlineData(64, 16, 7, 2, true)]
    [InlineData(32, 4, 3, 1, false)]
    [InlineData(32, 4, 3, 3, true)]
    public void Matches_the_paper_reference_in_pytorch(long channels, long reduction, long kernel, long batch, bool train)
    {
        using var block = new Cbam(channels, reduction: reduction, kernel_size: kernel);
        using var x = ModuleParity.RandomLike(zeros(batch, channels, 9, 6), seed: channels + kernel);
        ModuleParity.Check(block, $"CBAM({channels}, reduction={reduction}, kernel_size={kernel})", Reference, x, train);
    }

    [Fact]
    public void A_wrong_input_names_the_block_and_both_shapes()
    {
        using var block = new Cbam(64);
        using var scope = NewDisposeScope();
        var wrongChannels = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 32, 5, 5)));
        Assert.Contains("Cbam", wrongChannels.Message);
        Assert.Contains("[B, 64, H, W]", wrongChannels.Message);
        Assert.Contains("[2, 32, 5, 5]", wrongChannels.Message);
        var wrongRank = Assert.ThrowsAny<Exception>(() => block.call(zeros(64, 5, 5)));
        Assert.Contains("[64, 5, 5]", wrongRank.Message);
    }
}
