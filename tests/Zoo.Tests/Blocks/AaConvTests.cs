using Zoo.Blocks;

namespace Zoo.Tests.Blocks;

public class AaConvTests
{
    private const string Reference = "tests/reference/blocks/aa_conv.py";

    [Theory]
    [InlineData(7, 9, false)]
    [InlineData(7, 9, true)]
    [InlineData(12, 12, false)]
    [InlineData(12, 12, true)]
    public void Matches_the_paper_reference_in_pytorch(long height, long width, bool train)
    {
        using var block = new AaConv(16, 64, max_relative: 12);
        using var x = ModuleParity.RandomLike(zeros(2, 16, height, width), seed: height * width);
        ModuleParity.Check(block, "AAConv(16, 64, max_relative=12)", Reference, x, train);
    }

    [Theory]
    [InlineData(1, 5, 6, false)]
    [InlineData(3, 4, 3, true)]
    public void Matches_the_reference_with_explicit_depths_heads_and_kernel(long kernel, long height, long width, bool train)
    {
        using var block = new AaConv(8, 20, kernel_size: kernel, dk: 12, dv: 6, heads: 3, max_relative: 6);
        using var x = ModuleParity.RandomLike(zeros(1, 8, height, width), seed: kernel + height);
        ModuleParity.Check(block, $"AAConv(8, 20, kernel_size={kernel}, dk=12, dv=6, heads=3, max_relative=6)", Reference, x, train);
    }

    [Fact]
    public void Runs_on_inputs_larger_than_max_relative_with_clipped_offsets()
    {
        // 11x13 with max_relative 4: offsets beyond ±3 share the outermost embeddings, on both sides.
        using var block = new AaConv(8, 16, dk: 8, dv: 4, heads: 2, max_relative: 4);
        using var x = ModuleParity.RandomLike(zeros(2, 8, 11, 13), seed: 9);
        ModuleParity.Check(block, "AAConv(8, 16, dk=8, dv=4, heads=2, max_relative=4)", Reference, x, train: true);
    }

    [Theory]
    [InlineData(64, 16, 8)]
    [InlineData(128, 24, 16)]
    [InlineData(256, 48, 24)]
    public void Default_depths_are_kappa_and_upsilon_of_the_output_rounded_to_whole_heads(long outChannels, long dk, long dv)
    {
        using var block = new AaConv(16, outChannels, max_relative: 4);
        Assert.Equal(new long[] { 2 * dk + dv, 16, 1, 1 }, block.qkv_conv.weight.shape);
        Assert.Equal(new long[] { outChannels - dv, 16, 3, 3 }, block.conv_out.weight.shape);
        Assert.Equal(new long[] { 7, dk / 8 }, block.key_rel_w.shape);
    }

    [Fact]
    public void Depths_that_do_not_split_into_whole_heads_are_rejected()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new AaConv(8, 16, dk: 10, dv: 4, heads: 4));
        Assert.Contains("AaConv", error.Message);
        Assert.Contains("dk", error.Message);
    }

    [Fact]
    public void A_wrong_input_names_the_block_and_both_shapes()
    {
        using var block = new AaConv(16, 32);
        using var scope = NewDisposeScope();
        var wrongChannels = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 8, 5, 5)));
        Assert.Contains("AaConv", wrongChannels.Message);
        Assert.Contains("[B, 16, H, W]", wrongChannels.Message);
        Assert.Contains("[2, 8, 5, 5]", wrongChannels.Message);
        var wrongRank = Assert.ThrowsAny<Exception>(() => block.call(zeros(16, 5, 5)));
        Assert.Contains("AaConv", wrongRank.Message);
        Assert.Contains("[16, 5, 5]", wrongRank.Message);
    }
}
