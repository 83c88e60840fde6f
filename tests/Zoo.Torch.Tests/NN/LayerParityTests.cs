using Zoo.Torch.Modules;

namespace Zoo.Torch.Tests.NN;

/// <summary>
/// Every layer against the PyTorch layer of the same configuration (see <see cref="LayerParity"/>). Runs in the
/// seeded collection: dropout's masks must come from the same point of the generator's stream as in PyTorch.
/// </summary>
[Collection(SeededRandomCollection.Name)]
public class LayerParityTests
{
    private sealed record Case(Func<nn.Module<Tensor, Tensor>> Zoo, string PyTorch, long[] Input, bool Train = true);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["Linear"] = new(() => nn.Linear(5, 3), "nn.Linear(5, 3)", new long[] { 4, 5 }),
        ["Linear_no_bias"] = new(() => nn.Linear(5, 3, bias: false), "nn.Linear(5, 3, bias=False)", new long[] { 2, 4, 5 }),
        ["Conv1d"] = new(() => nn.Conv1d(3, 4, 3, stride: 2, padding: 1), "nn.Conv1d(3, 4, 3, stride=2, padding=1)", new long[] { 2, 3, 9 }),
        ["Conv1d_same_reflect"] = new(() => nn.Conv1d(3, 4, 4, Padding.Same, padding_mode: PaddingModes.Reflect),
            "nn.Conv1d(3, 4, 4, padding='same', padding_mode='reflect')", new long[] { 2, 3, 9 }),
        ["Conv2d"] = new(() => nn.Conv2d(3, 4, 3), "nn.Conv2d(3, 4, 3)", new long[] { 2, 3, 6, 7 }),
        ["Conv2d_stem"] = new(() => nn.Conv2d(3, 8, 7, stride: 2, padding: 3, bias: false), "nn.Conv2d(3, 8, 7, stride=2, padding=3, bias=False)", new long[] { 1, 3, 12, 12 }),
        ["Conv2d_tuples_groups_dilation"] = new(() => nn.Conv2d(4, 6, (3, 2), stride: (2, 1), padding: (1, 2), dilation: (1, 2), groups: 2),
            "nn.Conv2d(4, 6, (3, 2), stride=(2, 1), padding=(1, 2), dilation=(1, 2), groups=2)", new long[] { 2, 4, 7, 6 }),
        ["Conv2d_same"] = new(() => nn.Conv2d(3, 4, 3, Padding.Same), "nn.Conv2d(3, 4, 3, padding='same')", new long[] { 2, 3, 5, 6 }),
        ["Conv2d_circular"] = new(() => nn.Conv2d(2, 3, 3, padding: 1, padding_mode: PaddingModes.Circular),
            "nn.Conv2d(2, 3, 3, padding=1, padding_mode='circular')", new long[] { 2, 2, 5, 5 }),
        ["Conv2d_replicate"] = new(() => nn.Conv2d(2, 3, 3, padding: 2, padding_mode: PaddingModes.Replicate),
            "nn.Conv2d(2, 3, 3, padding=2, padding_mode='replicate')", new long[] { 1, 2, 4, 5 }),
        ["ConvTranspose2d"] = new(() => nn.ConvTranspose2d(4, 2, 3, stride: 2, padding: 1, output_padding: 1),
            "nn.ConvTranspose2d(4, 2, 3, stride=2, padding=1, output_padding=1)", new long[] { 2, 4, 3, 4 }),
        ["BatchNorm1d_train"] = new(() => nn.BatchNorm1d(5), "nn.BatchNorm1d(5)", new long[] { 6, 5 }),
        ["BatchNorm1d_3d_cumulative"] = new(() => nn.BatchNorm1d(3, momentum: null), "nn.BatchNorm1d(3, momentum=None)", new long[] { 4, 3, 5 }),
        ["BatchNorm2d_train"] = new(() => nn.BatchNorm2d(3), "nn.BatchNorm2d(3)", new long[] { 4, 3, 5, 5 }),
        ["BatchNorm2d_eval"] = new(() => WithRunningStats(nn.BatchNorm2d(3, eps: 1e-3, momentum: 0.2)), "nn.BatchNorm2d(3, eps=1e-3, momentum=0.2)",
            new long[] { 2, 3, 4, 4 }, Train: false),
        ["BatchNorm2d_no_affine_no_tracking"] = new(() => nn.BatchNorm2d(3, affine: false, track_running_stats: false),
            "nn.BatchNorm2d(3, affine=False, track_running_stats=False)", new long[] { 4, 3, 3, 3 }, Train: false),
        ["InstanceNorm2d"] = new(() => nn.InstanceNorm2d(3), "nn.InstanceNorm2d(3)", new long[] { 2, 3, 4, 5 }),
        ["InstanceNorm2d_affine_tracked"] = new(() => nn.InstanceNorm2d(3, affine: true, track_running_stats: true),
            "nn.InstanceNorm2d(3, affine=True, track_running_stats=True)", new long[] { 2, 3, 4, 5 }),
        ["InstanceNorm2d_unbatched"] = new(() => nn.InstanceNorm2d(3, affine: true), "nn.InstanceNorm2d(3, affine=True)", new long[] { 3, 4, 5 }),
        ["GroupNorm"] = new(() => nn.GroupNorm(2, 6), "nn.GroupNorm(2, 6)", new long[] { 2, 6, 3, 3 }),
        ["LayerNorm"] = new(() => nn.LayerNorm(6), "nn.LayerNorm(6)", new long[] { 2, 4, 6 }),
        ["LayerNorm_2d_no_affine"] = new(() => nn.LayerNorm(new long[] { 4, 6 }, eps: 1e-6, elementwise_affine: false),
            "nn.LayerNorm([4, 6], eps=1e-6, elementwise_affine=False)", new long[] { 2, 4, 6 }),
        ["ReLU"] = new(() => nn.ReLU(), "nn.ReLU()", new long[] { 3, 4 }),
        ["Sigmoid"] = new(() => nn.Sigmoid(), "nn.Sigmoid()", new long[] { 3, 4 }),
        ["Tanh"] = new(() => nn.Tanh(), "nn.Tanh()", new long[] { 3, 4 }),
        ["Softmax"] = new(() => nn.Softmax(1), "nn.Softmax(dim=1)", new long[] { 3, 4 }),
        ["LogSoftmax"] = new(() => nn.LogSoftmax(-1), "nn.LogSoftmax(dim=-1)", new long[] { 2, 3, 4 }),
        ["Flatten"] = new(() => nn.Flatten(), "nn.Flatten()", new long[] { 2, 3, 4, 2 }),
        ["Flatten_range"] = new(() => nn.Flatten(0, 2), "nn.Flatten(0, 2)", new long[] { 2, 3, 4, 2 }),
        ["Unflatten"] = new(() => nn.Unflatten(1, new long[] { 2, 3 }), "nn.Unflatten(1, (2, 3))", new long[] { 2, 6, 4 }),
        ["GELU"] = new(() => nn.GELU(), "nn.GELU()", new long[] { 3, 4 }),
        ["GELU_tanh"] = new(() => nn.GELU("tanh"), "nn.GELU(approximate='tanh')", new long[] { 3, 4 }),
        ["SiLU"] = new(() => nn.SiLU(), "nn.SiLU()", new long[] { 3, 4 }),
        ["Mish"] = new(() => nn.Mish(), "nn.Mish()", new long[] { 3, 4 }),
        ["LeakyReLU"] = new(() => nn.LeakyReLU(0.2), "nn.LeakyReLU(0.2)", new long[] { 3, 4 }),
        ["ReLU6"] = new(() => nn.ReLU6(), "nn.ReLU6()", new long[] { 3, 4 }),
        ["Hardtanh"] = new(() => nn.Hardtanh(-0.5, 2.5), "nn.Hardtanh(-0.5, 2.5)", new long[] { 3, 4 }),
        ["ELU"] = new(() => nn.ELU(0.5), "nn.ELU(0.5)", new long[] { 3, 4 }),
        ["SELU"] = new(() => nn.SELU(), "nn.SELU()", new long[] { 3, 4 }),
        ["Hardsigmoid"] = new(() => nn.Hardsigmoid(), "nn.Hardsigmoid()", new long[] { 3, 4 }),
        ["Hardswish"] = new(() => nn.Hardswish(), "nn.Hardswish()", new long[] { 3, 4 }),
        ["Softplus"] = new(() => nn.Softplus(), "nn.Softplus()", new long[] { 3, 4 }),
        ["Softplus_custom"] = new(() => nn.Softplus(2.5, 10.5), "nn.Softplus(2.5, 10.5)", new long[] { 3, 4 }),
        ["MaxPool1d"] = new(() => nn.MaxPool1d(3, 2, 1), "nn.MaxPool1d(3, 2, 1)", new long[] { 2, 3, 9 }),
        ["MaxPool2d"] = new(() => nn.MaxPool2d(3, 2, 1), "nn.MaxPool2d(3, 2, 1)", new long[] { 2, 3, 7, 8 }),
        ["MaxPool2d_tuple_ceil"] = new(() => nn.MaxPool2d((2, 3), ceil_mode: true), "nn.MaxPool2d((2, 3), ceil_mode=True)", new long[] { 2, 3, 7, 8 }),
        ["AvgPool1d"] = new(() => nn.AvgPool1d(3), "nn.AvgPool1d(3)", new long[] { 2, 3, 9 }),
        ["AvgPool2d"] = new(() => nn.AvgPool2d(3, stride: 2, padding: 1, count_include_pad: false),
            "nn.AvgPool2d(3, stride=2, padding=1, count_include_pad=False)", new long[] { 2, 3, 7, 8 }),
        ["AdaptiveAvgPool1d"] = new(() => nn.AdaptiveAvgPool1d(3), "nn.AdaptiveAvgPool1d(3)", new long[] { 2, 3, 8 }),
        ["AdaptiveAvgPool2d"] = new(() => nn.AdaptiveAvgPool2d((1, 1)), "nn.AdaptiveAvgPool2d((1, 1))", new long[] { 2, 3, 5, 6 }),
        ["AdaptiveAvgPool2d_int"] = new(() => nn.AdaptiveAvgPool2d(3), "nn.AdaptiveAvgPool2d(3)", new long[] { 2, 3, 7, 6 }),
        ["AdaptiveMaxPool2d"] = new(() => nn.AdaptiveMaxPool2d((2, 3)), "nn.AdaptiveMaxPool2d((2, 3))", new long[] { 2, 3, 5, 6 }),
        ["Dropout_train"] = new(() => nn.Dropout(0.3), "nn.Dropout(0.3)", new long[] { 4, 8 }),
        ["Dropout_eval"] = new(() => nn.Dropout(), "nn.Dropout()", new long[] { 4, 8 }, Train: false),
        ["Dropout2d_train"] = new(() => nn.Dropout2d(0.4), "nn.Dropout2d(0.4)", new long[] { 2, 6, 3, 3 }),
        ["Identity"] = new(() => nn.Identity(), "nn.Identity()", new long[] { 2, 3 }),
        ["Upsample_nearest"] = new(() => nn.Upsample(scale_factor: new[] { 2.0 }), "nn.Upsample(scale_factor=2)", new long[] { 1, 2, 3, 4 }),
        ["Upsample_bilinear_size"] = new(() => nn.Upsample(new long[] { 5, 7 }, mode: UpsampleMode.Bilinear, align_corners: true),
            "nn.Upsample(size=(5, 7), mode='bilinear', align_corners=True)", new long[] { 1, 2, 3, 4 }),
        ["Upsample_bicubic_tuple_scale"] = new(() => nn.Upsample(scale_factor: new[] { 1.5, 2.0 }, mode: UpsampleMode.Bicubic),
            "nn.Upsample(scale_factor=(1.5, 2.0), mode='bicubic')", new long[] { 1, 2, 4, 4 }),
        ["PixelShuffle"] = new(() => nn.PixelShuffle(2), "nn.PixelShuffle(2)", new long[] { 1, 8, 2, 3 }),
        ["PixelUnshuffle"] = new(() => nn.PixelUnshuffle(2), "nn.PixelUnshuffle(2)", new long[] { 1, 2, 4, 6 }),
        ["Sequential"] = new(() => nn.Sequential(nn.Conv2d(3, 4, 3, padding: 1), nn.BatchNorm2d(4), nn.ReLU(inplace: true), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(4, 2)),
            "nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.BatchNorm2d(4), nn.ReLU(inplace=True), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(4, 2))", new long[] { 2, 3, 5, 5 }),
        ["Sequential_named"] = new(() => nn.Sequential(("conv", nn.Conv2d(2, 3, 1)), ("norm", nn.GroupNorm(1, 3)), ("act", nn.GELU())),
            "nn.Sequential(collections.OrderedDict([('conv', nn.Conv2d(2, 3, 1)), ('norm', nn.GroupNorm(1, 3)), ('act', nn.GELU())]))",
            new long[] { 2, 2, 3, 3 }),
    };

    /// <summary>Non-trivial running statistics, so that evaluation mode really uses them.</summary>
    private static nn.Module<Tensor, Tensor> WithRunningStats(BatchNorm2d norm)
    {
        using (no_grad())
        {
            norm.running_mean!.copy_(tensor(new float[] { 0.5f, -0.3f, 0.1f }));
            norm.running_var!.copy_(tensor(new float[] { 0.8f, 1.7f, 0.4f }));
            norm.weight!.copy_(tensor(new float[] { 1.5f, 0.7f, -1.1f }));
            norm.bias!.copy_(tensor(new float[] { 0.2f, -0.4f, 0.9f }));
        }
        return norm;
    }

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Layer_matches_pytorch(string name)
    {
        var c = Cases[name];
        using var layer = c.Zoo();
        using var input = TestData.Normal(name.Length * 31 + 5, c.Input) * 1.5;
        LayerParity.Check(layer, c.PyTorch, input, c.Train);
    }
}
