using Zoo.Blocks;

namespace Zoo.Tests.Blocks;

public class CrissCrossAttentionTests
{
    private const string Reference = "tests/reference/blocks/criss_cross.py";

    [Theory]
    [InlineData(64, 8, 7, 9, false)]
    [InlineData(64, 8, 7, 9, true)]
    [InlineData(32, 4, 1, 6, false)]
    [InlineData(32, 4, 5, 1, true)]
    public void Matches_the_paper_reference_in_pytorch(long channels, long reduction, long height, long width, bool train)
    {
        using var block = new CrissCrossAttention(channels, reduction: reduction);
        using var x = ModuleParity.RandomLike(zeros(2, channels, height, width), seed: channels + height);
        ModuleParity.Check(block, $"CrissCrossAttention({channels}, reduction={reduction})", Reference, x, train);
    }

    [Fact]
    public void Each_position_attends_once_to_every_position_of_its_row_and_column()
    {
        // A plain loop over positions: the H + W − 1 positions of u's row and column (u itself once), one softmax
        // over their scores, the values weighted by it.
        const long channels = 8, height = 4, width = 5;
        using var block = new CrissCrossAttention(channels, reduction: 2);
        ModuleParity.Randomize(block, seed: 4);
        using var scope = NewDisposeScope();
        using var guard = no_grad();
        var x = ModuleParity.RandomLike(zeros(2, channels, height, width), seed: 5);
        var q = block.query_conv.call(x);
        var k = block.key_conv.call(x);
        var v = block.value_conv.call(x);
        var expected = x.clone();
        for (long i = 0; i < height; i++)
        for (long j = 0; j < width; j++)
        {
            var neighbours = new List<(long Row, long Column)>();
            for (long r = 0; r < height; r++) neighbours.Add((r, j));
            for (long c = 0; c < width; c++) if (c != j) neighbours.Add((i, c));
            Assert.Equal(height + width - 1, neighbours.Count);
            var keys = stack(neighbours.Select(p => k[.., .., p.Row, p.Column]).ToArray(), 2);     // [B, C', H + W − 1]
            var values = stack(neighbours.Select(p => v[.., .., p.Row, p.Column]).ToArray(), 2);   // [B, C, H + W − 1]
            var weights = (q[.., .., i, j].unsqueeze(2) * keys).sum(1).softmax(-1);               // [B, H + W − 1]
            var aggregated = (values * weights.unsqueeze(1)).sum(2);                              // [B, C]
            expected[.., .., i, j] = x[.., .., i, j] + block.gamma * aggregated;
        }
        TensorAssert.Close(expected, block.call(x), 1e-5, 1e-5, "criss-cross attention against the per-position loop");
    }

    [Fact]
    public void Starts_as_the_identity()
    {
        using var block = new CrissCrossAttention(16);
        using var scope = NewDisposeScope();
        var x = ModuleParity.RandomLike(zeros(2, 16, 6, 3), seed: 3);
        TensorAssert.Close(x, block.call(x), 0, 0, "output of a fresh block");
    }

    [Fact]
    public void A_wrong_input_names_the_block_and_both_shapes()
    {
        using var block = new CrissCrossAttention(64);
        using var scope = NewDisposeScope();
        var wrongChannels = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 32, 5, 5)));
        Assert.Contains("CrissCrossAttention", wrongChannels.Message);
        Assert.Contains("[B, 64, H, W]", wrongChannels.Message);
        Assert.Contains("[2, 32, 5, 5]", wrongChannels.Message);
        var wrongRank = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 64, 5)));
        Assert.Contains("CrissCrossAttention", wrongRank.Message);
        Assert.Contains("[2, 64, 5]", wrongRank.Message);
    }
}
