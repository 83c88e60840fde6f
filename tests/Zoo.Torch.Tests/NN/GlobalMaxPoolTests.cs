namespace Zoo.Torch.Tests.NN;

/// <summary>
/// adaptive_max_pool2d(x, 1) without a gradient to record is computed as a maximum over H and W: the same values as
/// the pool, and the pool's own gradient whenever one is recorded.
/// </summary>
public class GlobalMaxPoolTests
{
    [Theory]
    [InlineData(new long[] { 3, 5, 7, 6 })]
    [InlineData(new long[] { 5, 4, 9 })]
    [InlineData(new long[] { 2, 3, 1, 1 })]
    public void Without_a_gradient_it_gives_the_maxima_over_height_and_width(long[] shape)
    {
        using var scope = NewDisposeScope();
        var x = TestData.Normal(3, shape).requires_grad_();
        Tensor pooled;
        using (no_grad()) pooled = nn.functional.adaptive_max_pool2d(x, 1);
        Assert.False(pooled.requires_grad);
        TensorAssert.Equal(x.detach().amax(new long[] { -2, -1 }, keepdim: true), pooled);
        // The same values as the pool computes when it records a gradient.
        TensorAssert.Equal(nn.functional.adaptive_max_pool2d(x, 1).detach(), pooled);
    }

    [Fact]
    public void Without_a_gradient_a_nan_is_the_maximum_as_in_the_pool()
    {
        using var scope = NewDisposeScope();
        var x = TestData.Normal(4, 1, 2, 3, 3);
        x[0, 1, 2, 0] = tensor(float.NaN);
        var pooled = nn.functional.adaptive_max_pool2d(x, 1).flatten().ToArray<float>();
        Assert.False(float.IsNaN(pooled[0]));
        Assert.True(float.IsNaN(pooled[1]));
    }

    [Fact]
    public void With_a_gradient_the_whole_gradient_goes_to_one_maximum_even_among_ties()
    {
        using var scope = NewDisposeScope();
        // Every channel has its maximum twice: a max pool sends the gradient to one of them (amax would split it).
        var x = tensor(new float[] { 1, 5, 5, 2, 0, 3, 3, -1 }).view(1, 2, 2, 2).requires_grad_();
        var pooled = nn.functional.adaptive_max_pool2d(x, 1);
        Assert.True(pooled.requires_grad);
        TensorAssert.Equal(tensor(new float[] { 5, 3 }).view(1, 2, 1, 1), pooled.detach());
        pooled.sum().backward();
        var gradient = x.grad!.flatten().ToArray<float>();
        Assert.Equal(new[] { 1f, 1f }, new[] { gradient[..4].Sum(), gradient[4..].Sum() });
        Assert.Equal(2, gradient.Count(g => g == 1f));
        Assert.Equal(6, gradient.Count(g => g == 0f));
    }

    [Fact]
    public void Inputs_the_pool_rejects_are_rejected_without_a_gradient_too()
    {
        using var scope = NewDisposeScope();
        using (no_grad())
        {
            Assert.Throws<TorchException>(() => nn.functional.adaptive_max_pool2d(zeros(2, 0, 3, 3), 1));
            Assert.Throws<TorchException>(() => nn.functional.adaptive_max_pool2d(zeros(new long[] { 2, 3, 3, 3 }, ScalarType.Int64), 1));
        }
    }
}
