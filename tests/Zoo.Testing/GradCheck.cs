using System.Globalization;
using Xunit.Sdk;
using Zoo.Torch;
using static Zoo.Torch.torch;

namespace Zoo.Testing;

/// <summary>
/// Checks autograd against central finite differences, as PyTorch's <c>torch.autograd.gradcheck</c>: the full
/// Jacobian of a function of float64 tensors, column by column from perturbed inputs and row by row from backward
/// passes. Use small inputs (each input element costs two forward passes, each output element one backward pass).
/// </summary>
public static class GradCheck
{
    /// <summary>Checks the gradient of <paramref name="function"/> with respect to every input that requires grad.</summary>
    public static void Check(Func<Tensor[], Tensor> function, params Tensor[] inputs) => Check(function, inputs, eps: 1e-6);

    /// <param name="function">The function under test; it must not change its inputs.</param>
    /// <param name="inputs">float64 tensors; those with <c>requires_grad</c> are checked, the others are constants.</param>
    /// <param name="eps">The finite-difference step.</param>
    /// <param name="atol">Absolute tolerance of each Jacobian entry.</param>
    /// <param name="rtol">Tolerance relative to the numerical Jacobian entry.</param>
    public static void Check(Func<Tensor[], Tensor> function, Tensor[] inputs, double eps = 1e-6, double atol = 1e-5, double rtol = 1e-3)
    {
        ArgumentNullException.ThrowIfNull(function);
        for (int k = 0; k < inputs.Length; k++)
            if (inputs[k].dtype != ScalarType.Float64)
                throw new ArgumentException($"GradCheck needs float64 inputs (finite differences in float32 are too coarse); input {k} is {inputs[k].dtype}.", nameof(inputs));
        var checkedInputs = Enumerable.Range(0, inputs.Length).Where(k => inputs[k].requires_grad).ToArray();
        if (checkedInputs.Length == 0) throw new ArgumentException("No input requires grad: nothing to check.", nameof(inputs));

        using var scope = NewDisposeScope();
        var analytic = AnalyticJacobians(function, inputs, checkedInputs, out long outputs);
        for (int c = 0; c < checkedInputs.Length; c++)
        {
            int k = checkedInputs[c];
            var numeric = NumericJacobian(function, inputs, k, eps, outputs);
            Compare(analytic[c], numeric, k, inputs[k].shape, outputs, atol, rtol);
        }
    }

    /// <summary>J[c][j, i] = d output[j] / d input[c][i], one backward pass per output element.</summary>
    private static double[][,] AnalyticJacobians(Func<Tensor[], Tensor> function, Tensor[] inputs, int[] checkedInputs, out long outputs)
    {
        var output = function(inputs);
        if (output.dtype != ScalarType.Float64)
            throw new ArgumentException($"GradCheck needs a float64 output; the function returned {output.dtype}.");
        long count = outputs = output.numel();
        var wrt = checkedInputs.Select(k => inputs[k]).ToArray();
        var jacobians = wrt.Select(t => new double[count, t.numel()]).ToArray();
        for (long j = 0; j < count; j++)
        {
            using var step = NewDisposeScope();
            var upstream = zeros(new long[] { count }, dtype: ScalarType.Float64);
            upstream[j] = ones(new long[0], dtype: ScalarType.Float64);
            var grads = autograd.grad(new[] { output }, wrt, new[] { upstream.view(output.shape) }, retain_graph: true, allow_unused: true);
            for (int c = 0; c < wrt.Length; c++)
            {
                if (grads[c] is not { } g) continue; // the output does not depend on this input: a zero row
                var row = g.ToArray<double>();
                for (long i = 0; i < row.LongLength; i++) jacobians[c][j, i] = row[i];
            }
        }
        return jacobians;
    }

    /// <summary>J[j, i] = (f(x + eps e_i)[j] - f(x - eps e_i)[j]) / 2 eps, perturbing input <paramref name="k"/> in place.</summary>
    private static double[,] NumericJacobian(Func<Tensor[], Tensor> function, Tensor[] inputs, int k, double eps, long outputs)
    {
        using var noGrad = no_grad();
        var data = inputs[k].detach(); // shares storage: perturbations are seen through the original tensor
        var shape = data.shape;
        long n = data.numel();
        var jacobian = new double[outputs, n];
        for (long i = 0; i < n; i++)
        {
            using var step = NewDisposeScope();
            var element = Element(data, shape, i);
            var original = element.clone();
            element.add_(eps);
            var plus = function(inputs).ToArray<double>();
            element.copy_(original).sub_(eps);
            var minus = function(inputs).ToArray<double>();
            element.copy_(original);
            for (long j = 0; j < outputs; j++) jacobian[j, i] = (plus[j] - minus[j]) / (2 * eps);
        }
        return jacobian;
    }

    /// <summary>A view of the element at row-major position <paramref name="flat"/> (works for any strides).</summary>
    private static Tensor Element(Tensor t, long[] shape, long flat)
    {
        var index = new TensorIndex[shape.Length];
        for (int d = shape.Length - 1; d >= 0; d--)
        {
            index[d] = flat % shape[d];
            flat /= shape[d];
        }
        return t.index(index);
    }

    private static void Compare(double[,] analytic, double[,] numeric, int input, long[] shape, long outputs, double atol, double rtol)
    {
        double worstExcess = 0;
        (long j, long i) worst = (-1, -1);
        for (long j = 0; j < outputs; j++)
            for (long i = 0; i < numeric.GetLongLength(1); i++)
            {
                double a = analytic[j, i], n = numeric[j, i];
                double excess = Math.Abs(a - n) - (atol + rtol * Math.Abs(n));
                if (excess > worstExcess || double.IsNaN(excess))
                {
                    worstExcess = double.IsNaN(excess) ? double.PositiveInfinity : excess;
                    worst = (j, i);
                }
            }
        if (worst.j < 0) return;
        static string Num(double v) => v.ToString("G6", CultureInfo.InvariantCulture);
        throw new XunitException(
            $"Gradient of input {input} (shape [{string.Join(", ", shape)}]) differs from finite differences: " +
            $"d output[{worst.j}] / d input[{worst.i}] is {Num(analytic[worst.j, worst.i])} by autograd, " +
            $"{Num(numeric[worst.j, worst.i])} numerically (atol {atol}, rtol {rtol}).");
    }
}
