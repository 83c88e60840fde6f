namespace Zoo.Torch.Tests.NN;

/// <summary>
/// The gradients libtorch's autograd gives the nn functions agree with finite differences (float64, small sizes):
/// independent of PyTorch, so they would catch a wrong argument reaching the native op even where the PyTorch
/// comparison used the same wrong argument.
/// </summary>
public class NNGradCheckTests
{
    private static Tensor D(int seed, params long[] shape) => TestData.Normal(seed, ScalarType.Float64, shape);

    [Theory]
    [InlineData(1, 0, 1, 1)]
    [InlineData(2, 1, 1, 1)]
    [InlineData(1, 2, 2, 1)]
    [InlineData(2, 1, 1, 2)]
    public void Conv2d(long stride, long padding, long dilation, long groups)
    {
        using var scope = NewDisposeScope();
        GradCheck.Check(t => nn.functional.conv2d(t[0], t[1], t[2], new[] { stride }, new[] { padding }, new[] { dilation }, groups),
            new[] { D(1, 1, 4, 5, 5), D(2, 2, 4 / groups, 3, 3), D(3, 2) }, what: $"conv2d stride {stride} padding {padding} dilation {dilation} groups {groups}");
    }

    [Fact]
    public void Conv2d_same_padding_with_an_even_kernel()
    {
        using var scope = NewDisposeScope();
        GradCheck.Check(t => nn.functional.conv2d(t[0], t[1], null, null, Padding.Same), new[] { D(4, 1, 2, 4, 4), D(5, 2, 2, 2, 2) });
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public void Softmax(long dim)
    {
        using var scope = NewDisposeScope();
        GradCheck.Check(t => nn.functional.softmax(t[0], dim), new[] { D(6, 3, 4) });
        GradCheck.Check(t => nn.functional.log_softmax(t[0], dim), new[] { D(7, 3, 4) });
    }

    [Fact]
    public void Batch_norm_in_training_mode()
    {
        using var scope = NewDisposeScope();
        GradCheck.Check(t => nn.functional.batch_norm(t[0], null, null, t[1], t[2], training: true), new[] { D(8, 3, 2, 2, 2), D(9, 2), D(10, 2) });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Bilinear_interpolation(bool align_corners)
    {
        using var scope = NewDisposeScope();
        GradCheck.Check(t => nn.functional.interpolate(t[0], new long[] { 5, 4 }, mode: InterpolationMode.Bilinear, align_corners: align_corners),
            new[] { D(11, 1, 2, 3, 3) }, what: $"bilinear, align_corners={align_corners}");
        GradCheck.Check(t => nn.functional.interpolate(t[0], scale_factor: new[] { 1.5 }, mode: InterpolationMode.Bilinear, align_corners: align_corners),
            new[] { D(12, 1, 1, 3, 4) }, what: $"bilinear by 1.5, align_corners={align_corners}");
    }

    [Fact]
    public void Layer_norm()
    {
        using var scope = NewDisposeScope();
        GradCheck.Check(t => nn.functional.layer_norm(t[0], new long[] { 4 }, t[1], t[2]), new[] { D(13, 3, 4), D(14, 4), D(15, 4) });
    }

    [Fact]
    public void Group_norm_and_normalize()
    {
        using var scope = NewDisposeScope();
        GradCheck.Check(t => nn.functional.group_norm(t[0], 2, t[1], t[2]), new[] { D(16, 2, 4, 3), D(17, 4), D(18, 4) });
        GradCheck.Check(t => nn.functional.normalize(t[0], dim: -1), new[] { D(19, 3, 4) });
    }

    [Fact]
    public void Cross_entropy_with_ignore_index_label_smoothing_and_weight()
    {
        using var scope = NewDisposeScope();
        var target = tensor(new long[] { 0, 2, -1, 1, 2 });
        var weight = TestData.Uniform(21, 0.5, 2, 3).to(ScalarType.Float64); // class weights are constants to libtorch
        GradCheck.Check(t => nn.functional.cross_entropy(t[0], target, weight, ignore_index: -1, label_smoothing: 0.2), new[] { D(20, 5, 3) });
    }
}
