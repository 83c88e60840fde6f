using Zoo.Blocks;

namespace Zoo.Tests.Blocks;

public class DanetCamTests
{
    private const string Reference = "tests/reference/blocks/danet.py";

    [Theory]
    [InlineData(64, DanetCam.Mode.Paper, false)]
    [InlineData(64, DanetCam.Mode.Paper, true)]
    [InlineData(16, DanetCam.Mode.Official, false)]
    [InlineData(16, DanetCam.Mode.Official, true)]
    public void Matches_the_paper_reference_in_pytorch(long channels, DanetCam.Mode mode, bool train)
    {
        using var block = new DanetCam(channels, mode: mode);
        // Small values keep A·Aᵀ in softmax's useful range, so the comparison is not of saturated one-hot rows.
        using var x = ModuleParity.RandomLike(zeros(2, channels, 7, 9), seed: channels).mul_(0.2);
        ModuleParity.Check(block, $"ChannelAttention(mode='{Py(mode)}')", Reference, x, train);
    }

    [Fact]
    public void The_two_modes_weight_the_channels_differently()
    {
        // 'paper' weights the most similar channels most, 'official' (max(E) − E) the least: with β = 1 the outputs differ.
        using var paper = new DanetCam(8);
        using var official = new DanetCam(8, mode: DanetCam.Mode.Official);
        using (no_grad())
        {
            paper.beta.fill_(1);
            official.beta.fill_(1);
        }
        using var scope = NewDisposeScope();
        var x = ModuleParity.RandomLike(zeros(1, 8, 3, 4), seed: 5).mul_(0.3);
        Assert.True(TensorAssert.MaxAbsDiff(paper.call(x), official.call(x)) > 1e-3);
    }

    [Fact]
    public void Starts_as_the_identity_with_one_parameter()
    {
        using var block = new DanetCam(32, mode: DanetCam.Mode.Official);
        Assert.Equal(new[] { "beta" }, block.state_dict().Keys);
        using var scope = NewDisposeScope();
        var x = ModuleParity.RandomLike(zeros(2, 32, 4, 5), seed: 3);
        TensorAssert.Close(x, block.call(x), 0, 0, "output of a fresh block");
    }

    [Fact]
    public void A_wrong_input_names_the_block_and_both_shapes()
    {
        using var block = new DanetCam(64);
        using var scope = NewDisposeScope();
        var wrongChannels = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 32, 5, 5)));
        Assert.Contains("DanetCam", wrongChannels.Message);
        Assert.Contains("[B, 64, H, W]", wrongChannels.Message);
        Assert.Contains("[2, 32, 5, 5]", wrongChannels.Message);
        var wrongRank = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 64, 5)));
        Assert.Contains("DanetCam", wrongRank.Message);
        Assert.Contains("[2, 64, 5]", wrongRank.Message);
    }

    private static string Py(DanetCam.Mode mode) => mode == DanetCam.Mode.Official ? "official" : "paper";
}
