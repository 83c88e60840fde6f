using Zoo.Blocks;

namespace Zoo.Tests.Blocks;

public class GsopTests
{
    private const string Reference = "tests/reference/blocks/gsop.py";

    [Theory]
    [InlineData(64, 128, 1, false, 2, false)]
    [InlineData(64, 128, 1, false, 2, true)]
    [InlineData(96, 32, 2, true, 1, false)]
    [InlineData(96, 32, 2, true, 1, true)]
    [InlineData(40, 16, 1, true, 3, true)]
    public void Matches_the_reference_in_pytorch(long channels, long reduced, long stride, bool reluInput, long batch, bool train)
    {
        using var block = new Gsop(channels, reduced: reduced, stride: stride, relu_input: reluInput);
        using var x = ModuleParity.RandomLike(zeros(batch, channels, 7, 9), seed: channels + reduced);
        var python = reluInput ? "True" : "False";
        ModuleParity.Check(block, $"GSoP({channels}, reduced={reduced}, stride={stride}, relu_input={python})", Reference, x, train);
    }

    [Fact]
    public void The_covariance_is_centred_so_a_constant_shift_of_the_reduced_features_does_not_change_the_gate()
    {
        // Shifting every reduced feature by a per-channel constant moves the mean, not the covariance: with the
        // reduction's bias changed (and the following batch norm in evaluation mode, ReLU kept in its linear range
        // by a large positive bias), the output must not move.
        using var block = new Gsop(8, reduced: 4);
        block.eval();
        using var scope = NewDisposeScope();
        using (no_grad())
        {
            block.reduce.bias!.fill_(50);
            var x = ModuleParity.RandomLike(zeros(2, 8, 5, 6), seed: 3);
            var before = block.call(x);
            block.reduce.bias!.add_(tensor(new float[] { 1, -2, 3, 0.5f }));
            TensorAssert.Close(before, block.call(x), 1e-4, 1e-4, "output after a shift of the reduced features");
        }
    }

    [Fact]
    public void A_wrong_input_names_the_block_and_both_shapes()
    {
        using var block = new Gsop(64);
        using var scope = NewDisposeScope();
        var wrongChannels = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 32, 5, 5)));
        Assert.Contains("Gsop", wrongChannels.Message);
        Assert.Contains("[B, 64, H, W]", wrongChannels.Message);
        Assert.Contains("[2, 32, 5, 5]", wrongChannels.Message);
        var wrongRank = Assert.ThrowsAny<Exception>(() => block.call(zeros(2, 64, 5)));
        Assert.Contains("[2, 64, 5]", wrongRank.Message);
    }
}
