using Zoo.Blocks;

namespace Zoo.Tests.Blocks;

public class TripletAttentionTests
{
    private const string Reference = "tests/reference/blocks/triplet.py";

    [Theory]
    [InlineData(7, true, 2, false)]
    [InlineData(7, true, 2, true)]
    [InlineData(3, false, 1, false)]
    [InlineData(3, false, 3, true)]
    public void Matches_the_reference_in_pytorch(long kernel, bool spatial, long batch, bool train)
    {
        using var block = new TripletAttention(kernel_size: kernel, spatial: spatial);
        using var x = ModuleParity.RandomLike(zeros(batch, 24, 9, 13), seed: kernel + batch);
        ModuleParity.Check(block, $"TripletAttention({kernel}, spatial={(spatial ? "True" : "False")})", Reference, x, train);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_gate_matches_the_reference_on_its_own(bool train)
    {
        using var gate = new ZPoolGate(5);
        using var z = ModuleParity.RandomLike(zeros(2, 6, 8, 5), seed: 9);
        ModuleParity.Check(gate, "ZPoolGate(5)", Reference, z, train);
    }

    [Fact]
    public void Any_channel_count_works_because_no_weight_depends_on_it()
    {
        using var block = new TripletAttention();
        block.eval();
        using var scope = NewDisposeScope();
        foreach (var shape in new[] { new long[] { 1, 3, 5, 5 }, new long[] { 2, 100, 4, 9 } })
            Assert.Equal(shape, block.call(randn(shape)).shape);
    }

    [Fact]
    public void A_wrong_input_names_the_block_and_both_shapes()
    {
        using var block = new TripletAttention();
        using var scope = NewDisposeScope();
        var wrongRank = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 64, 5)));
        Assert.Contains("TripletAttention", wrongRank.Message);
        Assert.Contains("[B, C, H, W]", wrongRank.Message);
        Assert.Contains("[2, 64, 5]", wrongRank.Message);
        var gate = new ZPoolGate();
        var wrongGateRank = Assert.ThrowsAny<Exception>(() => gate.call(zeros(4, 2, 3, 5, 5)));
        Assert.Contains("ZPoolGate", wrongGateRank.Message);
        Assert.Contains("[4, 2, 3, 5, 5]", wrongGateRank.Message);
    }

    [Fact]
    public void Given_its_channels_it_checks_the_input_against_them()
    {
        // A network's attention slot gives every block the channels; Triplet attention's weights do not need them.
        using var block = new TripletAttention(channels: 64);
        using var scope = NewDisposeScope();
        TensorAssert.ShapeIs(block.call(zeros(1, 64, 5, 6)), 1, 64, 5, 6);
        var wrong = Assert.ThrowsAny<Exception>(() => block.call(zeros(1, 32, 5, 6)));
        Assert.Contains("TripletAttention", wrong.Message);
        Assert.Contains("expected [1, 64, 5, 6]", wrong.Message);
        Assert.Contains("got [1, 32, 5, 6]", wrong.Message);
    }
}
