using Zoo.Blocks;
using Zoo.Torch.Profiling;

namespace Zoo.Tests.Blocks;

public class DoubleAttentionTests
{
    private const string Reference = "tests/reference/blocks/double_attention.py";

    [Theory]
    [InlineData(64, null, null, false)]
    [InlineData(64, null, null, true)]
    [InlineData(32, 8L, 4L, false)]
    [InlineData(32, 8L, 4L, true)]
    public void Matches_the_paper_reference_in_pytorch(long channels, long? m, long? n, bool train)
    {
        using var block = new DoubleAttention(channels, m: m, n: n);
        using var x = ModuleParity.RandomLike(zeros(2, channels, 7, 9), seed: channels);
        ModuleParity.Check(block, $"DoubleAttention({channels}, m={Py(m)}, n={Py(n)})", Reference, x, train);
    }

    [Fact]
    public void Runs_at_batch_one_and_one_position()
    {
        using var block = new DoubleAttention(16, m: 6, n: 3);
        using var x = ModuleParity.RandomLike(zeros(1, 16, 1, 1), seed: 2);
        ModuleParity.Check(block, "DoubleAttention(16, m=6, n=3)", Reference, x);
    }

    [Fact]
    public void Gathers_first_so_no_intermediate_grows_with_the_square_of_the_positions()
    {
        const long batch = 2, channels = 32, m = 8, n = 4, h = 16, w = 16, hw = h * w;
        using var block = new DoubleAttention(channels, m: m, n: n);
        ModuleParity.Randomize(block, seed: 3);
        using var scope = NewDisposeScope();
        using var guard = no_grad();
        var x = ModuleParity.RandomLike(zeros(batch, channels, h, w), seed: 4);

        long macs;
        Tensor y;
        using (var counter = MacCounter.Start())
        {
            y = block.call(x);
            macs = counter.MACs;
        }
        // The four 1x1 convolutions, then the two products of the gather-first order: G = A·softmax(B)ᵀ costs
        // m·n·hw, Z = G·softmax(V) costs m·hw·n. The other order would cost hw·hw·(n + m).
        long convolutions = batch * hw * channels * (m + n + n) + batch * hw * m * channels;
        long gatherFirst = batch * (m * n * hw + m * hw * n);
        Assert.Equal(convolutions + gatherFirst, macs);

        // The other association order, from the block's own convolutions: the same output, through an
        // (hw)x(hw) matrix that is hw / max(m, n) times larger than the largest intermediate of the block's order.
        var a = block.conv_a.call(x).flatten(2);                                   // [B, m, hw]
        var maps = block.conv_b.call(x).flatten(2).softmax(-1);                   // [B, n, hw]
        var vectors = block.conv_v.call(x).flatten(2).softmax(1);                 // [B, n, hw]
        long otherMacs;
        Tensor positionsByPositions, z;
        using (var counter = MacCounter.Start())
        {
            positionsByPositions = maps.transpose(1, 2).bmm(vectors);             // [B, hw, hw]
            z = a.bmm(positionsByPositions);                                      // [B, m, hw]
            otherMacs = counter.MACs;
        }
        Assert.Equal(batch * hw * hw * (n + m), otherMacs);
        TensorAssert.ShapeIs(positionsByPositions, batch, hw, hw);
        var g = a.bmm(maps.transpose(1, 2));                                      // [B, m, n]
        long largestOfGatherFirst = new[] { a, maps, vectors, g, g.bmm(vectors) }.Max(t => t.numel());
        Assert.Equal(batch * Math.Max(m, n) * hw, largestOfGatherFirst);
        Assert.Equal(hw / Math.Max(m, n), positionsByPositions.numel() / largestOfGatherFirst);

        var other = x + block.conv_out.call(z.view(batch, m, h, w));
        TensorAssert.Close(other, y, 1e-4, 1e-4, "the two association orders");
    }

    [Fact]
    public void A_wrong_input_names_the_block_and_both_shapes()
    {
        using var block = new DoubleAttention(64);
        using var scope = NewDisposeScope();
        var wrongChannels = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 32, 5, 5)));
        Assert.Contains("DoubleAttention", wrongChannels.Message);
        Assert.Contains("[B, 64, H, W]", wrongChannels.Message);
        Assert.Contains("[2, 32, 5, 5]", wrongChannels.Message);
        var wrongRank = Assert.ThrowsAny<Exception>(() => block.call(zeros(64, 5, 5)));
        Assert.Contains("DoubleAttention", wrongRank.Message);
        Assert.Contains("[64, 5, 5]", wrongRank.Message);
    }

    private static string Py(long? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "None";
}
