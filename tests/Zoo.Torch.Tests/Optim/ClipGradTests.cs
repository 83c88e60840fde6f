using Zoo.Torch.Modules;

namespace Zoo.Torch.Tests.Optim;

/// <summary>Gradient clipping matches torch.nn.utils.</summary>
public class ClipGradTests
{
    [Theory]
    [InlineData(2.0, 1.0)]
    [InlineData(1.0, 2.5)]
    [InlineData(3.5, 0.5)]
    [InlineData(double.PositiveInfinity, 0.7)]
    [InlineData(2.0, 1000.0)] // below the limit: the gradients stay as they are
    public void Clip_grad_norm_matches_pytorch(double normType, double maxNorm)
    {
        using var scope = NewDisposeScope();
        manual_seed(3);
        var grads = new[] { randn(3, 4), randn(5), randn(2, 2, 2) };
        var parameters = new[] { nn.Parameter(zeros(3, 4)), nn.Parameter(zeros(5)), nn.Parameter(zeros(2, 2, 2)), nn.Parameter(zeros(7)) };
        for (int i = 0; i < grads.Length; i++) parameters[i].grad = grads[i].clone(); // the last parameter has none

        double total = nn.utils.clip_grad_norm_(parameters, maxNorm, normType);

        string p = double.IsPositiveInfinity(normType) ? "float('inf')" : normType.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string m = maxNorm.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var reference = PyTorchOracle.Shared.Run(string.Join("\n",
            "ps = [torch.zeros_like(g0, requires_grad=True), torch.zeros_like(g1, requires_grad=True), torch.zeros_like(g2, requires_grad=True), torch.zeros(7, requires_grad=True)]",
            "for p, g in zip(ps, [g0, g1, g2]):",
            "    p.grad = g.clone()",
            $"total = torch.nn.utils.clip_grad_norm_(ps, {m}, {p})",
            "out = [total.reshape(1)] + [p.grad for p in ps[:3]]"),
            new Dictionary<string, Tensor> { ["g0"] = grads[0], ["g1"] = grads[1], ["g2"] = grads[2] });
        Assert.Equal(reference.Out(0).ToDouble(), total);
        for (int i = 0; i < grads.Length; i++) TensorAssert.Close(reference.Out(i + 1), parameters[i].grad!, atol: 0, rtol: 1e-6, $"gradient {i}");
        Assert.Null(parameters[3].grad);
        foreach (var q in parameters) q.Dispose();
    }

    [Fact]
    public void Clip_grad_norm_of_no_gradients_is_zero()
    {
        using var p = nn.Parameter(ones(2));
        Assert.Equal(0.0, nn.utils.clip_grad_norm_(new[] { p }, 1.0));
    }

    [Fact]
    public void A_non_finite_norm_is_an_error_when_asked()
    {
        using var scope = NewDisposeScope();
        using var p = nn.Parameter(ones(2));
        p.grad = tensor(new float[] { 1, float.PositiveInfinity });
        var e = Assert.Throws<TorchException>(() => nn.utils.clip_grad_norm_(new[] { p }, 1.0, error_if_nonfinite: true));
        Assert.Contains("non-finite", e.Message);
        Assert.Equal(double.PositiveInfinity, nn.utils.clip_grad_norm_(new[] { p }, 1.0));
    }

    [Fact]
    public void Clip_grad_value_clamps_every_gradient()
    {
        using var scope = NewDisposeScope();
        using var a = nn.Parameter(zeros(3));
        using var b = nn.Parameter(zeros(2));
        using var c = nn.Parameter(zeros(1));
        a.grad = tensor(new float[] { -2, 0.5f, 3 });
        b.grad = tensor(new float[] { 0.1f, -0.2f });
        nn.utils.clip_grad_value_(new[] { a, b, c }, 1.0);
        Assert.Equal(new float[] { -1, 0.5f, 1 }, a.grad!.ToArray<float>());
        Assert.Equal(new float[] { 0.1f, -0.2f }, b.grad!.ToArray<float>());
        Assert.Null(c.grad);
    }
}
