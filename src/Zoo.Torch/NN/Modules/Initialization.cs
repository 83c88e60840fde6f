using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules;

/// <summary>The initialisations PyTorch's layers use by default.</summary>
internal static class Initialization
{
    /// <summary>An uninitialised parameter (its layer fills it).</summary>
    public static Parameter NewParameter(long[] shape, ScalarType? dtype, Device? device)
    {
        using var data = empty(shape, dtype, device);
        return new Parameter(data);
    }

    /// <summary>A buffer filled with <paramref name="value"/>, owned by its module rather than by a dispose scope.</summary>
    public static Tensor NewBuffer(long[] shape, Scalar value, ScalarType? dtype, Device? device) =>
        full(shape, value, dtype, device).DetachFromDisposeScope();

    /// <summary>
    /// Conv and Linear layers: weight kaiming_uniform_(a = √5), i.e. U(±1/√fan_in); bias U(±1/√fan_in).
    /// The weight is drawn first, as in PyTorch, so a seeded layer gets PyTorch's values.
    /// </summary>
    public static void KaimingDefault(Tensor weight, Tensor? bias)
    {
        nn.init.kaiming_uniform_(weight, a: Math.Sqrt(5));
        if (bias is null) return;
        var (fanIn, _) = nn.init._calculate_fan_in_and_fan_out(weight);
        if (fanIn == 0) return;
        double bound = 1 / Math.Sqrt(fanIn);
        nn.init.uniform_(bias, -bound, bound);
    }
}
