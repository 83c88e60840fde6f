using System.Globalization;

namespace Zoo;

/// <summary>
/// The exception a module throws when a tensor does not have the shape its spec annotates: it names the module, the
/// tensor, the expected and the actual shape ("Cbam.forward: input x expected [B, 64, H, W], got [2, 32, 14, 14]").
/// </summary>
public sealed class ShapeMismatchException : ArgumentException
{
    /// <summary>A mismatch of <paramref name="tensor"/> in <paramref name="module"/>'s forward.</summary>
    public ShapeMismatchException(string module, string tensor, string expected, long[] actual)
        : base($"{module}.forward: {tensor} expected {expected}, got {ShapeCheck.Format(actual)}")
    {
        Module = module;
        Tensor = tensor;
        Expected = expected;
        Actual = actual;
    }

    /// <summary>The module's class name.</summary>
    public string Module { get; }

    /// <summary>Which tensor: "input x", "output", or a name from forward.</summary>
    public string Tensor { get; }

    /// <summary>The expected shape, with the sizes known at run time filled in: "[B, 64, H, W]".</summary>
    public string Expected { get; }

    /// <summary>The actual shape.</summary>
    public long[] Actual { get; }
}

/// <summary>What generated modules call when a shape check fails.</summary>
public static class ShapeCheck
{
    /// <summary>
    /// The exception for a failed check. <paramref name="expected"/> is the annotation with {0}, {1} ... where a size
    /// is only known at run time (a hyperparameter, a size seen earlier); <paramref name="values"/> fill them in.
    /// </summary>
    public static ShapeMismatchException Mismatch(string module, string tensor, string expected, long[] actual, params long[] values) =>
        new(module, tensor, string.Format(CultureInfo.InvariantCulture, expected, values.Select(v => (object)v).ToArray()), actual);

    /// <summary>"[2, 64, 14, 14]".</summary>
    public static string Format(long[] shape) => "[" + string.Join(", ", shape.Select(d => d.ToString(CultureInfo.InvariantCulture))) + "]";
}
