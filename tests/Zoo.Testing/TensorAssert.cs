using System.Globalization;
using Xunit.Sdk;
using Zoo.Torch;
using static Zoo.Torch.torch;

namespace Zoo.Testing;

/// <summary>
/// Assertions on tensors that say where and by how much two tensors differ. Comparisons run in managed code on
/// float64 copies, so they do not depend on the tensor operations under test.
/// </summary>
public static class TensorAssert
{
    /// <summary>Asserts equal shapes and |expected - actual| &lt;= atol + rtol·|expected| everywhere (NaNs must match).</summary>
    public static void Close(Tensor expected, Tensor actual, double atol = 1e-5, double rtol = 1e-5, string? what = null)
    {
        var label = what is null ? "" : what + ": ";
        if (!expected.shape.SequenceEqual(actual.shape))
            throw new XunitException($"{label}shape differs: expected {Fmt(expected.shape)}, actual {Fmt(actual.shape)}");
        var e = Values(expected);
        var a = Values(actual);
        int worst = -1;
        double worstExcess = 0, maxAbs = 0;
        for (int i = 0; i < e.Length; i++)
        {
            if (double.IsNaN(e[i]) || double.IsNaN(a[i]))
            {
                if (double.IsNaN(e[i]) != double.IsNaN(a[i]))
                    throw new XunitException($"{label}NaN mismatch at flat index {i}: expected {Num(e[i])}, actual {Num(a[i])}");
                continue;
            }
            if (e[i] == a[i]) continue; // covers equal infinities
            double diff = Math.Abs(e[i] - a[i]);
            maxAbs = Math.Max(maxAbs, diff);
            double excess = diff - (atol + rtol * Math.Abs(e[i]));
            if (excess > worstExcess || double.IsNaN(excess))
            {
                worstExcess = double.IsNaN(excess) ? double.PositiveInfinity : excess;
                worst = i;
            }
        }
        if (worst >= 0)
            throw new XunitException(
                $"{label}tensors differ: max |diff| = {Num(maxAbs)} (atol {atol}, rtol {rtol}); worst at flat index {worst} " +
                $"of shape {Fmt(expected.shape)}: expected {Num(e[worst])}, actual {Num(a[worst])}");
    }

    /// <summary>The largest absolute difference between two tensors of the same shape.</summary>
    public static double MaxAbsDiff(Tensor expected, Tensor actual)
    {
        var e = Values(expected);
        var a = Values(actual);
        if (e.Length != a.Length) throw new XunitException($"sizes differ: {e.Length} vs {a.Length}");
        double max = 0;
        for (int i = 0; i < e.Length; i++) max = Math.Max(max, Math.Abs(e[i] - a[i]));
        return max;
    }

    /// <summary>Asserts a tensor's shape.</summary>
    public static void ShapeIs(Tensor t, params long[] shape)
    {
        if (!t.shape.SequenceEqual(shape)) throw new XunitException($"expected shape {Fmt(shape)}, actual {Fmt(t.shape)}");
    }

    /// <summary>Asserts exact equality of shape and values (for integer and bool results).</summary>
    public static void Equal(Tensor expected, Tensor actual, string? what = null) => Close(expected, actual, 0, 0, what);

    private static double[] Values(Tensor t)
    {
        using var converted = t.detach().cpu().to(ScalarType.Float64);
        return converted.ToArray<double>();
    }

    private static string Num(double v) => v.ToString("R", CultureInfo.InvariantCulture);
    private static string Fmt(long[] s) => "[" + string.Join(", ", s) + "]";
}
