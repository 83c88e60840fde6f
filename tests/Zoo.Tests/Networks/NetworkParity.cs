namespace Zoo.Tests.Networks;

/// <summary>
/// <see cref="ModuleParity"/> for whole networks, in double precision on both sides: through dozens of layers and
/// training-mode batch norms, float32 rounding alone moves the stem's gradients by 1e-3, which would hide nothing a
/// real difference would show but makes the comparison flaky; in float64 the same tolerances leave a wide margin.
/// </summary>
public static class NetworkParity
{
    public static void Check(nn.Module<Tensor, Tensor> network, string reference, string referenceFile, Tensor input, bool train)
    {
        network.to(float64);
        using var x = input.to(float64);
        ModuleParity.Check(network, $"({reference}).double()", referenceFile, x, train);
    }
}
