using Zoo.Blocks;

namespace Zoo.Tests.Blocks;

public class EcaTests
{
    private const string Reference = "tests/reference/blocks/eca.py";

    [Theory]
    [InlineData(64, 2, false)]
    [InlineData(64, 2, true)]
    [InlineData(256, 1, false)]
    [InlineData(256, 3, true)]
    public void Matches_the_paper_reference_in_pytorch_with_the_adaptive_kernel(long channels, long batch, bool train)
    {
        using var block = new Eca(channels);
        using var x = ModuleParity.RandomLike(zeros(batch, channels, 6, 9), seed: channels + batch);
        ModuleParity.Check(block, $"ECA({channels})", Reference, x, train);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Matches_the_reference_with_a_fixed_kernel(bool train)
    {
        using var block = new Eca(128, kernel_size: 7);
        using var x = ModuleParity.RandomLike(zeros(2, 128, 5, 4), seed: 7);
        ModuleParity.Check(block, "ECA(128, kernel_size=7)", Reference, x, train);
    }

    [Theory]
    [InlineData(16, 3)]
    [InlineData(64, 3)]
    [InlineData(256, 5)]
    [InlineData(512, 5)]
    [InlineData(1024, 5)]
    [InlineData(2048, 7)]
    public void The_adaptive_kernel_follows_the_papers_formula(long channels, long k)
    {
        using var block = new Eca(channels);
        Assert.Equal(new long[] { 1, 1, k }, block.conv.weight.shape);
        Assert.Null(block.conv.bias);
    }

    [Fact]
    public void A_wrong_input_names_the_block_and_both_shapes()
    {
        using var block = new Eca(64);
        using var scope = NewDisposeScope();
        var wrongChannels = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 32, 5, 5)));
        Assert.Contains("Eca", wrongChannels.Message);
        Assert.Contains("[B, 64, H, W]", wrongChannels.Message);
        Assert.Contains("[2, 32, 5, 5]", wrongChannels.Message);
        var wrongRank = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 64, 5)));
        Assert.Contains("[2, 64, 5]", wrongRank.Message);
    }
}
