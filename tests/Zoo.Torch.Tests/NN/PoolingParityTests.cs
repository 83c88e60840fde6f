namespace Zoo.Torch.Tests.NN;

/// <summary>Pooling against PyTorch: values and input gradients.</summary>
public class PoolingParityTests
{
    private static Dictionary<string, Tensor> X(params long[] shape) => new() { ["x"] = TestData.Normal(41, shape) };

    private static readonly ParityTable Table = new()
    {
        { "max_pool1d", "F.max_pool1d(x, 3, stride=2, padding=1)", t => nn.functional.max_pool1d(t["x"], 3, 2, 1), () => X(2, 3, 9), "x" },
        { "max_pool2d", "F.max_pool2d(x, 2)", t => nn.functional.max_pool2d(t["x"], 2), () => X(2, 3, 6, 8), "x" },
        { "max_pool2d_k3_s2_p1", "F.max_pool2d(x, 3, 2, 1)", t => nn.functional.max_pool2d(t["x"], 3, 2, 1), () => X(2, 3, 9, 8), "x" },
        { "max_pool2d_ceil_mode", "F.max_pool2d(x, 2, ceil_mode=True)", t => nn.functional.max_pool2d(t["x"], 2, ceil_mode: true), () => X(1, 2, 7, 5), "x" },
        { "max_pool2d_dilation", "F.max_pool2d(x, (2, 3), stride=1, padding=(1, 0), dilation=2)",
            t => nn.functional.max_pool2d(t["x"], new long[] { 2, 3 }, new long[] { 1 }, new long[] { 1, 0 }, new long[] { 2 }), () => X(1, 2, 7, 8), "x" },
        { "max_pool2d_with_indices", "F.max_pool2d(x, 3, 2, 1, return_indices=True)[1]",
            t => nn.functional.max_pool2d_with_indices(t["x"], new long[] { 3 }, new long[] { 2 }, new long[] { 1 }).indices, () => X(2, 2, 7, 6) },
        { "avg_pool1d", "F.avg_pool1d(x, 3, stride=2, padding=1, count_include_pad=False)",
            t => nn.functional.avg_pool1d(t["x"], 3, 2, 1, count_include_pad: false), () => X(2, 3, 8), "x" },
        { "avg_pool2d", "F.avg_pool2d(x, 2)", t => nn.functional.avg_pool2d(t["x"], 2), () => X(2, 3, 6, 8), "x" },
        { "avg_pool2d_padding_excluded", "F.avg_pool2d(x, 3, stride=2, padding=1, count_include_pad=False)",
            t => nn.functional.avg_pool2d(t["x"], 3, 2, 1, count_include_pad: false), () => X(2, 3, 7, 6), "x" },
        { "avg_pool2d_padding_included_ceil", "F.avg_pool2d(x, 3, stride=2, padding=1, ceil_mode=True)",
            t => nn.functional.avg_pool2d(t["x"], 3, 2, 1, ceil_mode: true), () => X(2, 3, 8, 6), "x" },
        { "avg_pool2d_divisor_override", "F.avg_pool2d(x, (2, 3), divisor_override=4)",
            t => nn.functional.avg_pool2d(t["x"], new long[] { 2, 3 }, divisor_override: 4), () => X(1, 2, 6, 6), "x" },
        { "adaptive_avg_pool1d", "F.adaptive_avg_pool1d(x, 3)", t => nn.functional.adaptive_avg_pool1d(t["x"], 3), () => X(2, 3, 10), "x" },
        { "adaptive_avg_pool2d_global", "F.adaptive_avg_pool2d(x, 1)", t => nn.functional.adaptive_avg_pool2d(t["x"], 1), () => X(2, 3, 5, 7), "x" },
        { "adaptive_avg_pool2d_uneven", "F.adaptive_avg_pool2d(x, (3, 2))", t => nn.functional.adaptive_avg_pool2d(t["x"], new long[] { 3, 2 }), () => X(2, 3, 7, 5), "x" },
        { "adaptive_max_pool1d", "F.adaptive_max_pool1d(x, 4)", t => nn.functional.adaptive_max_pool1d(t["x"], 4), () => X(2, 3, 9), "x" },
        { "adaptive_max_pool2d", "F.adaptive_max_pool2d(x, (2, 3))", t => nn.functional.adaptive_max_pool2d(t["x"], new long[] { 2, 3 }), () => X(2, 3, 7, 8), "x" },
        { "adaptive_max_pool2d_global", "F.adaptive_max_pool2d(x, 1)", t => nn.functional.adaptive_max_pool2d(t["x"], 1), () => X(2, 3, 5, 7), "x" },
        { "adaptive_max_pool2d_indices", "F.adaptive_max_pool2d(x, 2, return_indices=True)[1]",
            t => nn.functional.adaptive_max_pool2d_with_indices(t["x"], new long[] { 2 }).indices, () => X(1, 2, 5, 5) },
    };

    public static TheoryData<string> Cases => Table.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_pytorch(string name) => Table.Check(name);
}
