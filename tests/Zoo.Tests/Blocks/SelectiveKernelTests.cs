using Zoo.Blocks;

namespace Zoo.Tests.Blocks;

public class SelectiveKernelTests
{
    private const string Reference = "tests/reference/blocks/selective_kernel.py";

    // The fuse step batch-normalises one pooled vector per sample: training needs a batch of 2 or more, and with 2
    // the normalised values are ±1 and their gradients scale with 1 / |difference|, too ill-conditioned to compare.
    [Theory]
    [InlineData(64, 64, 1, 2, 32, 2, false)]
    [InlineData(64, 64, 1, 2, 32, 4, true)]
    [InlineData(32, 64, 2, 3, 8, 1, false)]
    [InlineData(32, 64, 2, 3, 8, 3, true)]
    public void Matches_the_reference_in_pytorch(long inChannels, long outChannels, long stride, long paths, long groups, long batch, bool train)
    {
        using var block = new SelectiveKernel(inChannels, out_channels: outChannels, stride: stride, num_paths: paths, groups: groups);
        using var x = ModuleParity.RandomLike(zeros(batch, inChannels, 9, 8), seed: inChannels + paths);
        ModuleParity.Check(block,
            $"SelectiveKernel({inChannels}, out_channels={outChannels}, stride={stride}, num_paths={paths}, groups={groups})",
            Reference, x, train);
    }

    [Fact]
    public void The_attention_weights_of_the_paths_sum_to_one_for_every_channel()
    {
        // Two paths whose convolutions give the same output: whatever the softmax weights are, their sum is 1, so
        // the output equals that one path.
        using var block = new SelectiveKernel(16, groups: 4, num_paths: 2);
        block.eval();
        using var scope = NewDisposeScope();
        using (no_grad())
        {
            // The second path's dilation-2 kernel with only its centre tap equals the first path's centre-only kernel.
            var centre = ModuleParity.RandomLike(zeros(16, 4), seed: 5);
            foreach (var path in block.paths)
            {
                var conv = (Zoo.Torch.Modules.Conv2d)path.children().First();
                conv.weight.zero_();
                conv.weight[.., .., 1, 1] = centre;
            }
            var x = ModuleParity.RandomLike(zeros(2, 16, 6, 7), seed: 6);
            var firstPath = block.paths[0].call(x);
            TensorAssert.Close(firstPath, block.call(x), 1e-5, 1e-5, "output when both paths agree");
        }
    }

    [Fact]
    public void A_wrong_input_names_the_block_and_both_shapes()
    {
        using var block = new SelectiveKernel(64);
        using var scope = NewDisposeScope();
        var wrongChannels = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 32, 5, 5)));
        Assert.Contains("SelectiveKernel", wrongChannels.Message);
        Assert.Contains("[B, 64, H, W]", wrongChannels.Message);
        Assert.Contains("[2, 32, 5, 5]", wrongChannels.Message);
        var wrongRank = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 64, 5)));
        Assert.Contains("[2, 64, 5]", wrongRank.Message);
    }
}
