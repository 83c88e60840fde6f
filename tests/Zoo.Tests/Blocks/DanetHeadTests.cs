using Zoo.Blocks;

namespace Zoo.Tests.Blocks;

public class DanetHeadTests
{
    private const string Reference = "tests/reference/blocks/danet.py";

    [Theory]
    [InlineData(64, 5, DanetHead.CamMode.Paper)]
    [InlineData(32, 3, DanetHead.CamMode.Official)]
    public void Matches_the_reference_in_evaluation_mode(long inChannels, long numClasses, DanetHead.CamMode camMode)
    {
        // Evaluation mode: the dropout is off, the batch norms use their running statistics.
        using var head = new DanetHead(inChannels, numClasses, cam_mode: camMode);
        using var x = ModuleParity.RandomLike(zeros(2, inChannels, 9, 7), seed: inChannels);
        ModuleParity.Check(head, $"DAHead({inChannels}, {numClasses}, cam_mode='{Py(camMode)}')", Reference, x, train: false);
    }

    [Theory]
    [InlineData(64, 5, DanetHead.CamMode.Paper)]
    [InlineData(32, 3, DanetHead.CamMode.Official)]
    public void Matches_the_reference_in_training_mode_without_dropout(long inChannels, long numClasses, DanetHead.CamMode camMode)
    {
        // Training mode with batch statistics; dropout 0 so that both sides compute the same thing.
        using var head = new DanetHead(inChannels, numClasses, cam_mode: camMode, dropout: 0.0);
        using var x = ModuleParity.RandomLike(zeros(2, inChannels, 6, 8), seed: inChannels + 1);
        ModuleParity.Check(head, $"DAHead({inChannels}, {numClasses}, cam_mode='{Py(camMode)}', dropout=0.0)", Reference, x, train: true);
    }

    [Fact]
    public void Trains_with_dropout_and_every_parameter_gets_a_gradient()
    {
        using var head = new DanetHead(32, 4);
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

        // Dropout2d zeroes whole channels while training: two passes differ; in evaluation mode they do not.
        using (no_grad())
        {
            Assert.True(TensorAssert.MaxAbsDiff(head.call(x), head.call(x)) > 0, "dropout is not active while training");
            head.eval();
            TensorAssert.Close(head.call(x), head.call(x), 0, 0, "evaluation mode");
        }
    }

    [Fact]
    public void A_wrong_input_names_the_block_and_both_shapes()
    {
        using var head = new DanetHead(64, 5);
        using var scope = NewDisposeScope();
        var wrongChannels = Assert.ThrowsAny<Exception>(() => head.call(zeros(2, 32, 5, 5)));
        Assert.Contains("DanetHead", wrongChannels.Message);
        Assert.Contains("[B, 64, H, W]", wrongChannels.Message);
        Assert.Contains("[2, 32, 5, 5]", wrongChannels.Message);
        var wrongRank = Assert.ThrowsAny<Exception>(() => head.call(zeros(64, 5, 5)));
        Assert.Contains("DanetHead", wrongRank.Message);
        Assert.Contains("[64, 5, 5]", wrongRank.Message);
    }

    private static string Py(DanetHead.CamMode mode) => mode == DanetHead.CamMode.Official ? "official" : "paper";
}
