using Zoo.Blocks;

namespace Zoo.Tests.Blocks;

public class NonLocalTests
{
    private const string Reference = "tests/reference/blocks/non_local.py";

    [Theory]
    [InlineData(64, 2, false, false, false)]
    [InlineData(64, 2, false, false, true)]
    [InlineData(32, 4, true, true, false)]
    [InlineData(32, 4, true, true, true)]
    [InlineData(16, 2, true, false, true)]
    [InlineData(16, 2, false, true, false)]
    public void Matches_the_paper_reference_in_pytorch(long channels, long reduction, bool subSample, bool useScale, bool train)
    {
        using var block = new NonLocal(channels, reduction: reduction, sub_sample: subSample, use_scale: useScale);
        // 7x9: odd sizes, so max-pooling floors (3x4 keys) on both sides.
        using var x = ModuleParity.RandomLike(zeros(2, channels, 7, 9), seed: channels + reduction);
        ModuleParity.Check(block,
            $"NonLocal({channels}, reduction={reduction}, sub_sample={Py(subSample)}, use_scale={Py(useScale)})", Reference, x, train);
    }

    [Fact]
    public void Runs_at_batch_one_and_a_square_map()
    {
        using var block = new NonLocal(24, sub_sample: true);
        using var x = ModuleParity.RandomLike(zeros(1, 24, 12, 12), seed: 3);
        ModuleParity.Check(block, "NonLocal(24, sub_sample=True)", Reference, x, train: false);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Starts_as_the_identity(bool train)
    {
        // The batch norm after W_z starts with weight 0: z = BN(W_z y) + x = x until it learns.
        using var block = new NonLocal(16, sub_sample: true);
        block.train(train);
        using var scope = NewDisposeScope();
        var x = ModuleParity.RandomLike(zeros(2, 16, 6, 8), seed: 5);
        TensorAssert.Close(x, block.call(x), 0, 0, "output of a fresh block");
    }

    [Fact]
    public void Scaling_divides_the_logits_by_the_square_root_of_the_inner_width()
    {
        // Scaling θ's weights and bias by 1/sqrt(C') scales every logit θᵀφ by 1/sqrt(C'): the unscaled block with
        // that θ must equal the scaled block.
        using var scaled = new NonLocal(32, reduction: 4, use_scale: true);
        using var plain = new NonLocal(32, reduction: 4);
        ModuleParity.Randomize(scaled, seed: 7);
        plain.load_state_dict(scaled.state_dict());
        scaled.eval();
        plain.eval();
        using var scope = NewDisposeScope();
        var x = ModuleParity.RandomLike(zeros(2, 32, 5, 6), seed: 8);
        Assert.True(TensorAssert.MaxAbsDiff(scaled.call(x), plain.call(x)) > 1e-3, "use_scale changes nothing");
        using (no_grad())
        {
            plain.theta.weight.mul_(1 / Math.Sqrt(8));
            plain.theta.bias!.mul_(1 / Math.Sqrt(8));
        }
        TensorAssert.Close(scaled.call(x), plain.call(x), 1e-5, 1e-5);
    }

    [Fact]
    public void A_wrong_input_names_the_block_and_both_shapes()
    {
        using var block = new NonLocal(64);
        using var scope = NewDisposeScope();
        var wrongChannels = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 32, 5, 5)));
        Assert.Contains("NonLocal", wrongChannels.Message);
        Assert.Contains("[B, 64, H, W]", wrongChannels.Message);
        Assert.Contains("[2, 32, 5, 5]", wrongChannels.Message);
        var wrongRank = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 64, 5)));
        Assert.Contains("NonLocal", wrongRank.Message);
        Assert.Contains("[2, 64, 5]", wrongRank.Message);
    }

    private static string Py(bool value) => value ? "True" : "False";
}
