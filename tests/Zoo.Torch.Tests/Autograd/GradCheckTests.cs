namespace Zoo.Torch.Tests.Autograd;

public class GradCheckTests
{
    [Fact]
    public void Gradcheck_accepts_a_correct_gradient()
    {
        manual_seed(0);
        using var scope = NewDisposeScope();
        var a = randn(new long[] { 3, 4 }, dtype: ScalarType.Float64);
        var b = randn(new long[] { 4 }, dtype: ScalarType.Float64);
        GradCheck.Check(x => x[0] * x[1] / (x[0] * x[0] + 1), new[] { a, b });
    }

    [Fact]
    public void Gradcheck_rejects_a_function_whose_autograd_gradient_is_wrong()
    {
        // detach() hides one path from autograd, so the analytic gradient misses a term the differences see.
        manual_seed(0);
        using var scope = NewDisposeScope();
        var a = randn(new long[] { 5 }, dtype: ScalarType.Float64);
        Assert.Throws<Xunit.Sdk.XunitException>(() => GradCheck.Check(x => x[0] * x[0].detach(), new[] { a }));
    }

    [Fact]
    public void Autograd_grad_returns_gradients_without_touching_grad_fields()
    {
        using var scope = NewDisposeScope();
        var x = tensor(new double[] { 1, 2, 3 }).requires_grad_();
        var y = x * x;
        var g = autograd.grad(new[] { y }, new[] { x }, new[] { ones_like(y) });
        Assert.Equal(new double[] { 2, 4, 6 }, g[0]!.ToArray<double>());
        Assert.Null(x.grad);
    }
}
