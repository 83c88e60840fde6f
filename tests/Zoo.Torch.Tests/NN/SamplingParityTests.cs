namespace Zoo.Torch.Tests.NN;

/// <summary>Interpolation, padding and pixel shuffling against PyTorch: values and input gradients.</summary>
public class SamplingParityTests
{
    private static Dictionary<string, Tensor> X(params long[] shape) => new() { ["x"] = TestData.Normal(51, shape) };

    private static readonly ParityTable Table = new()
    {
        { "nearest_scale2", "F.interpolate(x, scale_factor=2)", t => nn.functional.interpolate(t["x"], scale_factor: new[] { 2.0 }), () => X(2, 3, 4, 5), "x" },
        { "nearest_size", "F.interpolate(x, size=(5, 7))", t => nn.functional.interpolate(t["x"], new long[] { 5, 7 }), () => X(2, 3, 4, 5), "x" },
        { "nearest_downscale_fraction", "F.interpolate(x, scale_factor=0.6)", t => nn.functional.interpolate(t["x"], scale_factor: new[] { 0.6 }), () => X(1, 2, 7, 9), "x" },
        { "nearest_1d", "F.interpolate(x, scale_factor=3)", t => nn.functional.interpolate(t["x"], scale_factor: new[] { 3.0 }), () => X(2, 3, 4), "x" },
        { "nearest_exact", "F.interpolate(x, size=(6, 4), mode='nearest-exact')",
            t => nn.functional.interpolate(t["x"], new long[] { 6, 4 }, mode: InterpolationMode.NearestExact), () => X(1, 2, 4, 5), "x" },
        { "bilinear_scale2", "F.interpolate(x, scale_factor=2, mode='bilinear')",
            t => nn.functional.interpolate(t["x"], scale_factor: new[] { 2.0 }, mode: InterpolationMode.Bilinear), () => X(2, 3, 4, 5), "x" },
        { "bilinear_align_corners_size", "F.interpolate(x, size=(7, 3), mode='bilinear', align_corners=True)",
            t => nn.functional.interpolate(t["x"], new long[] { 7, 3 }, mode: InterpolationMode.Bilinear, align_corners: true), () => X(2, 3, 4, 5), "x" },
        { "bilinear_fractional_scale", "F.interpolate(x, scale_factor=(1.5, 0.7), mode='bilinear', align_corners=False)",
            t => nn.functional.interpolate(t["x"], scale_factor: new[] { 1.5, 0.7 }, mode: InterpolationMode.Bilinear, align_corners: false), () => X(1, 2, 5, 7), "x" },
        { "bilinear_recompute_scale", "F.interpolate(x, scale_factor=1.7, mode='bilinear', recompute_scale_factor=True)",
            t => nn.functional.interpolate(t["x"], scale_factor: new[] { 1.7 }, mode: InterpolationMode.Bilinear, recompute_scale_factor: true), () => X(1, 2, 5, 7), "x" },
        { "bilinear_antialias", "F.interpolate(x, size=(3, 4), mode='bilinear', antialias=True)",
            t => nn.functional.interpolate(t["x"], new long[] { 3, 4 }, mode: InterpolationMode.Bilinear, antialias: true), () => X(1, 2, 9, 11), "x" },
        { "bicubic", "F.interpolate(x, scale_factor=2, mode='bicubic', align_corners=True)",
            t => nn.functional.interpolate(t["x"], scale_factor: new[] { 2.0 }, mode: InterpolationMode.Bicubic, align_corners: true), () => X(1, 2, 4, 5), "x" },
        { "linear_1d", "F.interpolate(x, size=9, mode='linear')", t => nn.functional.interpolate(t["x"], new long[] { 9 }, mode: InterpolationMode.Linear), () => X(2, 3, 5), "x" },
        { "trilinear", "F.interpolate(x, scale_factor=(2, 1.5, 1), mode='trilinear')",
            t => nn.functional.interpolate(t["x"], scale_factor: new[] { 2.0, 1.5, 1.0 }, mode: InterpolationMode.Trilinear), () => X(1, 2, 3, 4, 5), "x" },
        { "area", "F.interpolate(x, scale_factor=0.5, mode='area')", t => nn.functional.interpolate(t["x"], scale_factor: new[] { 0.5 }, mode: InterpolationMode.Area), () => X(1, 2, 8, 6), "x" },
        { "pad_constant", "F.pad(x, [1, 2, 0, 3], value=1.5)", t => nn.functional.pad(t["x"], new long[] { 1, 2, 0, 3 }, value: 1.5), () => X(2, 3, 4, 5), "x" },
        { "pad_negative_crops", "F.pad(x, [-1, 0, 1, -2])", t => nn.functional.pad(t["x"], new long[] { -1, 0, 1, -2 }), () => X(2, 3, 4, 5), "x" },
        { "pad_reflect", "F.pad(x, [2, 1, 1, 3], mode='reflect')", t => nn.functional.pad(t["x"], new long[] { 2, 1, 1, 3 }, PaddingModes.Reflect), () => X(2, 3, 4, 5), "x" },
        { "pad_replicate", "F.pad(x, [2, 1, 1, 3], mode='replicate')", t => nn.functional.pad(t["x"], new long[] { 2, 1, 1, 3 }, PaddingModes.Replicate), () => X(2, 3, 4, 5), "x" },
        { "pad_circular", "F.pad(x, [2, 1, 1, 3], mode='circular')", t => nn.functional.pad(t["x"], new long[] { 2, 1, 1, 3 }, PaddingModes.Circular), () => X(2, 3, 4, 5), "x" },
        { "pad_reflect_1d", "F.pad(x, [3, 2], mode='reflect')", t => nn.functional.pad(t["x"], new long[] { 3, 2 }, PaddingModes.Reflect), () => X(2, 3, 6), "x" },
        { "pixel_shuffle", "F.pixel_shuffle(x, 2)", t => nn.functional.pixel_shuffle(t["x"], 2), () => X(2, 8, 3, 4), "x" },
        { "pixel_unshuffle", "F.pixel_unshuffle(x, 2)", t => nn.functional.pixel_unshuffle(t["x"], 2), () => X(2, 2, 6, 4), "x" },
    };

    public static TheoryData<string> Cases => Table.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_pytorch(string name) => Table.Check(name);
}
