using Xunit.Sdk;
using Zoo.Torch;
using static Zoo.Torch.torch;

namespace Zoo.Testing;

/// <summary>
/// Finite-difference gradient checks (as <c>torch.autograd.gradcheck</c>): the gradient autograd computes for
/// Σ f(x)·g (g a fixed random upstream gradient) must match central differences of that same sum, in float64.
/// Works element by element in managed code, so it depends only on the function under test.
/// </summary>
public static class GradCheck
{
    /// <param name="f">The function under test, over float64 inputs.</param>
    /// <param name="inputs">Float64 inputs; every one is checked. Keep them small (each element costs two calls of f).</param>
    /// <param name="eps">The finite-difference step.</param>
    public static void Check(Func<Tensor[], Tensor> f, Tensor[] inputs, double eps = 1e-6, double atol = 1e-5, double rtol = 1e-3, string? what = null)
    {
        using var scope = NewDisposeScope();
        foreach (var x in inputs)
            if (x.dtype != ScalarType.Float64)
                throw new ArgumentException("GradCheck needs float64 inputs (float32 differences are too noisy).");

        var leaves = inputs.Select(x => x.detach().clone().requires_grad_()).ToArray();
        var output = f(leaves);
        manual_seed(4321);
        var upstream = randn_like(output);
        var g = upstream.ToArray<double>();
        var analytic = autograd.grad(new[] { output }, leaves, new[] { upstream }, allow_unused: true);

        for (int i = 0; i < inputs.Length; i++)
        {
            var shape = inputs[i].shape;
            var values = inputs[i].ToArray<double>();
            var numeric = new double[values.Length];
            for (int k = 0; k < values.Length; k++)
            {
                double original = values[k];
                values[k] = original + eps;
                double plus = Objective(f, inputs, i, values, shape, g);
                values[k] = original - eps;
                double minus = Objective(f, inputs, i, values, shape, g);
                values[k] = original;
                numeric[k] = (plus - minus) / (2 * eps);
            }
            var a = analytic[i]?.ToArray<double>() ?? new double[values.Length];
            for (int k = 0; k < numeric.Length; k++)
            {
                if (Math.Abs(a[k] - numeric[k]) > atol + rtol * Math.Abs(numeric[k]))
                    throw new XunitException(
                        $"{what ?? "gradcheck"}: input {i}, element {k}: autograd {a[k]:R}, finite differences {numeric[k]:R} " +
                        $"(|diff| {Math.Abs(a[k] - numeric[k]):G4}, atol {atol}, rtol {rtol})");
            }
        }
    }

    private static double Objective(Func<Tensor[], Tensor> f, Tensor[] inputs, int index, double[] values, long[] shape, double[] g)
    {
        using var scope = NewDisposeScope();
        using var guard = no_grad();
        var args = (Tensor[])inputs.Clone();
        args[index] = tensor(values, shape);
        var y = f(args).ToArray<double>();
        double sum = 0;
        for (int k = 0; k < y.Length; k++) sum += y[k] * g[k];
        return sum;
    }
}
