using Zoo.Blocks;

namespace Zoo.Tests.Blocks;

public class RccaTests
{
    private const string Reference = "tests/reference/blocks/criss_cross.py";

    [Theory]
    [InlineData(64, 5, 2, 32)]
    [InlineData(32, 3, 1, 16)]
    [InlineData(32, 3, 3, 16)]
    public void Matches_the_reference_in_evaluation_mode(long inChannels, long numClasses, long recurrence, long outChannels)
    {
        using var head = new Rcca(inChannels, numClasses, recurrence: recurrence, out_channels: outChannels);
        using var x = ModuleParity.RandomLike(zeros(2, inChannels, 9, 7), seed: inChannels + recurrence);
        ModuleParity.Check(head, $"RCCA({inChannels}, {numClasses}, recurrence={recurrence}, out_channels={outChannels})", Reference, x, train: false);
    }

    [Theory]
    [InlineData(64, 5, 2, 32)]
    [InlineData(32, 3, 3, 16)]
    public void Matches_the_reference_in_training_mode_without_dropout(long inChannels, long numClasses, long recurrence, long outChannels)
    {
        using var head = new Rcca(inChannels, numClasses, recurrence: recurrence, out_channels: outChannels, dropout: 0.0);
        using var x = ModuleParity.RandomLike(zeros(2, inChannels, 6, 8), seed: inChannels + 1);
        ModuleParity.Check(head, $"RCCA({inChannels}, {numClasses}, recurrence={recurrence}, out_channels={outChannels}, dropout=0.0)",
            Reference, x, train: true);
    }

    [Fact]
    public void The_recurrences_share_one_attention_module()
    {
        using var once = new Rcca(32, 3, recurrence: 1, out_channels: 16);
        using var twice = new Rcca(32, 3, out_channels: 16);
        Assert.Equal(once.state_dict().Keys, twice.state_dict().Keys);
        Assert.Equal(once.parameters().Sum(p => p.numel()), twice.parameters().Sum(p => p.numel()));

        // With the same weights, two recurrences are the attention applied to its own output.
        ModuleParity.Randomize(twice, seed: 6);
        once.load_state_dict(twice.state_dict());
        once.eval();
        twice.eval();
        using var scope = NewDisposeScope();
        var x = ModuleParity.RandomLike(zeros(1, 32, 5, 6), seed: 7);
        var reduced = twice.conva.call(x);
        var expected = twice.bottleneck.call(cat(new[] { x, twice.convb.call(twice.cca.call(twice.cca.call(reduced))) }, 1));
        TensorAssert.Close(expected, twice.call(x), 1e-5, 1e-5, "R = 2");
        Assert.True(TensorAssert.MaxAbsDiff(once.call(x), twice.call(x)) > 1e-4, "R = 1 and R = 2 agree");
    }

    [Fact]
    public void Trains_with_dropout_and_every_parameter_gets_a_gradient()
    {
        using var head = new Rcca(32, 4, out_channels: 16);
        ModuleParity.Randomize(head, seed: 2);
        head.train();
        using var scope = NewDisposeScope();
        var x = ModuleParity.RandomLike(zeros(3, 32, 10, 6), seed: 3).requires_grad_();
        var y = head.call(x);
        TensorAssert.ShapeIs(y, 3, 4, 10, 6);
        y.square().sum().backward();
        Assert.True(x.grad!.abs().sum().ToDouble() > 0, "no gradient reached the input");
        foreach (var (name, parameter) in head.named_parameters())
            Assert.True(parameter.grad is { } g && g.abs().sum().ToDouble() > 0, $"{name} got no gradient");
    }

    [Fact]
    public void A_wrong_input_names_the_block_and_both_shapes()
    {
        using var head = new Rcca(64, 5);
        using var scope = NewDisposeScope();
        var wrongChannels = Assert.ThrowsAny<Exception>(() => head.call(zeros(2, 32, 5, 5)));
        Assert.Contains("Rcca", wrongChannels.Message);
        Assert.Contains("[B, 64, H, W]", wrongChannels.Message);
        Assert.Contains("[2, 32, 5, 5]", wrongChannels.Message);
        var wrongRank = Assert.ThrowsAny<Exception>(() => head.call(zeros(64, 5, 5)));
        Assert.Contains("Rcca", wrongRank.Message);
        Assert.Contains("[64, 5, 5]", wrongRank.Message);
    }
}
