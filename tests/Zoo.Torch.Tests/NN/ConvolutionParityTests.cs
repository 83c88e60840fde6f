namespace Zoo.Torch.Tests.NN;

/// <summary>Convolutions, linear layers and unfold/fold against PyTorch: values, input and weight gradients.</summary>
public class ConvolutionParityTests
{
    private static Dictionary<string, Tensor> Conv(long[] x, long[] w, bool bias = true)
    {
        var inputs = new Dictionary<string, Tensor> { ["x"] = TestData.Normal(21, x), ["w"] = TestData.Normal(22, w) * 0.3 };
        if (bias) inputs["b"] = TestData.Normal(23, w[0]);
        return inputs;
    }

    private static Dictionary<string, Tensor> ConvT(long[] x, long[] w, long outChannels)
    {
        var inputs = Conv(x, w, bias: false);
        inputs["b"] = TestData.Normal(23, outChannels);
        return inputs;
    }

    private static readonly string[] XWB = { "x", "w", "b" };
    private static readonly string[] XW = { "x", "w" };

    private static readonly ParityTable Table = new()
    {
        { "linear", "F.linear(x, w, b)", t => nn.functional.linear(t["x"], t["w"], t["b"]), () => Conv(new long[] { 4, 5 }, new long[] { 3, 5 }), XWB },
        { "linear_no_bias", "F.linear(x, w)", t => nn.functional.linear(t["x"], t["w"]), () => Conv(new long[] { 4, 5 }, new long[] { 3, 5 }, false), XW },
        { "linear_3d_input", "F.linear(x, w, b)", t => nn.functional.linear(t["x"], t["w"], t["b"]), () => Conv(new long[] { 2, 4, 5 }, new long[] { 3, 5 }), XWB },
        { "conv1d", "F.conv1d(x, w, b)", t => nn.functional.conv1d(t["x"], t["w"], t["b"]), () => Conv(new long[] { 2, 3, 10 }, new long[] { 4, 3, 3 }), XWB },
        { "conv1d_stride_padding_dilation", "F.conv1d(x, w, b, stride=2, padding=1, dilation=2)",
            t => nn.functional.conv1d(t["x"], t["w"], t["b"], stride: 2, padding: 1, dilation: 2), () => Conv(new long[] { 2, 3, 11 }, new long[] { 4, 3, 3 }), XWB },
        { "conv1d_groups", "F.conv1d(x, w, b, groups=2)", t => nn.functional.conv1d(t["x"], t["w"], t["b"], groups: 2), () => Conv(new long[] { 2, 4, 9 }, new long[] { 6, 2, 3 }), XWB },
        { "conv1d_same", "F.conv1d(x, w, b, padding='same')", t => nn.functional.conv1d(t["x"], t["w"], t["b"], 1, Padding.Same), () => Conv(new long[] { 2, 3, 10 }, new long[] { 4, 3, 4 }), XWB },
        { "conv2d", "F.conv2d(x, w, b)", t => nn.functional.conv2d(t["x"], t["w"], t["b"]), () => Conv(new long[] { 2, 3, 7, 8 }, new long[] { 4, 3, 3, 3 }), XWB },
        { "conv2d_stride2_padding1", "F.conv2d(x, w, b, stride=2, padding=1)",
            t => nn.functional.conv2d(t["x"], t["w"], t["b"], strides: new long[] { 2 }, padding: new long[] { 1 }), () => Conv(new long[] { 2, 3, 9, 8 }, new long[] { 4, 3, 3, 3 }), XWB },
        { "conv2d_per_dimension", "F.conv2d(x, w, b, stride=(2, 1), padding=(0, 2), dilation=(1, 2))",
            t => nn.functional.conv2d(t["x"], t["w"], t["b"], new long[] { 2, 1 }, new long[] { 0, 2 }, new long[] { 1, 2 }), () => Conv(new long[] { 1, 2, 9, 8 }, new long[] { 3, 2, 3, 2 }), XWB },
        { "conv2d_dilation2", "F.conv2d(x, w, b, padding=2, dilation=2)",
            t => nn.functional.conv2d(t["x"], t["w"], t["b"], padding: new long[] { 2 }, dilation: new long[] { 2 }), () => Conv(new long[] { 2, 3, 8, 8 }, new long[] { 4, 3, 3, 3 }), XWB },
        { "conv2d_groups", "F.conv2d(x, w, b, groups=2)", t => nn.functional.conv2d(t["x"], t["w"], t["b"], groups: 2), () => Conv(new long[] { 2, 4, 6, 6 }, new long[] { 6, 2, 3, 3 }), XWB },
        { "conv2d_depthwise", "F.conv2d(x, w, b, padding=1, groups=4)",
            t => nn.functional.conv2d(t["x"], t["w"], t["b"], padding: new long[] { 1 }, groups: 4), () => Conv(new long[] { 2, 4, 6, 6 }, new long[] { 4, 1, 3, 3 }), XWB },
        { "conv2d_no_bias", "F.conv2d(x, w)", t => nn.functional.conv2d(t["x"], t["w"]), () => Conv(new long[] { 2, 3, 6, 6 }, new long[] { 4, 3, 1, 1 }, false), XW },
        { "conv2d_same_even_kernel", "F.conv2d(x, w, b, padding='same', dilation=2)",
            t => nn.functional.conv2d(t["x"], t["w"], t["b"], null, Padding.Same, new long[] { 2 }), () => Conv(new long[] { 2, 3, 9, 8 }, new long[] { 4, 3, 4, 2 }), XWB },
        { "conv2d_valid", "F.conv2d(x, w, b, padding='valid')", t => nn.functional.conv2d(t["x"], t["w"], t["b"], null, Padding.Valid), () => Conv(new long[] { 2, 3, 7, 7 }, new long[] { 4, 3, 3, 3 }), XWB },
        { "conv2d_unbatched", "F.conv2d(x, w, b, padding=1)", t => nn.functional.conv2d(t["x"], t["w"], t["b"], padding: new long[] { 1 }), () => Conv(new long[] { 3, 6, 5 }, new long[] { 4, 3, 3, 3 }), XWB },
        { "conv_transpose1d", "F.conv_transpose1d(x, w, b, stride=2, padding=1, output_padding=1)",
            t => nn.functional.conv_transpose1d(t["x"], t["w"], t["b"], stride: 2, padding: 1, output_padding: 1), () => ConvT(new long[] { 2, 3, 6 }, new long[] { 3, 4, 3 }, 4), XWB },
        { "conv_transpose2d", "F.conv_transpose2d(x, w, b, stride=2, padding=1, output_padding=1)",
            t => nn.functional.conv_transpose2d(t["x"], t["w"], t["b"], new long[] { 2 }, new long[] { 1 }, new long[] { 1 }), () => ConvT(new long[] { 2, 3, 5, 4 }, new long[] { 3, 4, 3, 3 }, 4), XWB },
        { "conv_transpose2d_groups_dilation", "F.conv_transpose2d(x, w, b, stride=1, padding=0, groups=2, dilation=2)",
            t => nn.functional.conv_transpose2d(t["x"], t["w"], t["b"], groups: 2, dilation: new long[] { 2 }), () => ConvT(new long[] { 2, 4, 5, 5 }, new long[] { 4, 3, 3, 3 }, 6), XWB },
        { "unfold", "F.unfold(x, kernel_size=(2, 3), dilation=1, padding=1, stride=2)",
            t => nn.functional.unfold(t["x"], new long[] { 2, 3 }, padding: new long[] { 1 }, stride: new long[] { 2 }), () => new() { ["x"] = TestData.Normal(24, 2, 3, 6, 7) }, "x" },
        { "fold", "F.fold(x, output_size=(5, 6), kernel_size=2, stride=1)",
            t => nn.functional.fold(t["x"], new long[] { 5, 6 }, new long[] { 2 }), () => new() { ["x"] = TestData.Normal(25, 2, 12, 20) }, "x" },
    };

    public static TheoryData<string> Cases => Table.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_pytorch(string name) => Table.Check(name);
}
