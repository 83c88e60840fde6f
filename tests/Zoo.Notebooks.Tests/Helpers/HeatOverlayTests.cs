using Zoo.Torch;
using static Zoo.Torch.torch;

namespace Zoo.Notebooks.Tests.Helpers;

public sealed class HeatOverlayTests
{
    [Theory]
    [InlineData(4, 4, 32, 32)]
    [InlineData(3, 5, 17, 9)]
    [InlineData(8, 6, 4, 3)]
    public void Resize_matches_pytorchs_bilinear_interpolation_without_aligned_corners(int height, int width, int newHeight, int newWidth)
    {
        manual_seed(height * 100 + width);
        using var map = rand(1, 1, height, width);
        using var expected = nn.functional.interpolate(map, size: new long[] { newHeight, newWidth }, mode: InterpolationMode.Bilinear, align_corners: false);

        var resized = HeatOverlay.Resize(map.ToArray<float>(), height, width, newHeight, newWidth);

        var reference = expected.ToArray<float>();
        Assert.Equal(reference.Length, resized.Length);
        for (int i = 0; i < resized.Length; i++)
            Assert.True(Math.Abs(reference[i] - resized[i]) < 1e-5, $"pixel {i}: {resized[i]} against PyTorch's {reference[i]}");
    }

    [Fact]
    public void Colorize_spans_viridis_from_the_lowest_to_the_highest_value()
    {
        var rgb = HeatOverlay.Colorize(new[] { 2f, 5f, 3.5f }, 1, 3);

        Assert.Equal(new byte[] { 0x44, 0x01, 0x54 }, rgb[0..3]);      // the lowest value: viridis' dark purple
        Assert.Equal(new byte[] { 0xfd, 0xe7, 0x25 }, rgb[3..6]);      // the highest: its yellow
        Assert.Equal(new byte[] { 0x21, 0x91, 0x8c }, rgb[6..9]);      // half-way: its middle stop
    }

    [Fact]
    public void Colorize_clamps_values_outside_the_given_range()
    {
        var rgb = HeatOverlay.Colorize(new[] { -1f, 10f }, 1, 2, min: 0, max: 1);

        Assert.Equal(new byte[] { 0x44, 0x01, 0x54, 0xfd, 0xe7, 0x25 }, rgb);
    }

    [Fact]
    public void Interleave_turns_channel_planes_into_rgb_pixels_and_grey_into_three_equal_channels()
    {
        var planar = new byte[] { 1, 2, 10, 20, 100, 200 };             // R plane, G plane, B plane of a 1x2 image
        Assert.Equal(new byte[] { 1, 10, 100, 2, 20, 200 }, HeatOverlay.Interleave(planar, 3, 1, 2));
        Assert.Equal(new byte[] { 7, 7, 7, 9, 9, 9 }, HeatOverlay.Interleave(new byte[] { 7, 9 }, 1, 1, 2));
    }

    [Fact]
    public void Blend_mixes_the_image_and_the_colours_by_the_opacity()
    {
        var image = new byte[] { 200, 200, 200, 200 };                  // grey 2x2
        var map = new[] { 0f, 1f };                                       // 1x2, resized to 2x2

        Assert.Equal(HeatOverlay.Interleave(image, 1, 2, 2), HeatOverlay.Blend(image, 1, 2, 2, map, 1, 2, opacity: 0));
        var colours = HeatOverlay.Colorize(HeatOverlay.Resize(map, 1, 2, 2, 2), 2, 2);
        Assert.Equal(colours, HeatOverlay.Blend(image, 1, 2, 2, map, 1, 2, opacity: 1));
        var half = HeatOverlay.Blend(image, 1, 2, 2, map, 1, 2, opacity: 0.5);
        Assert.Equal((byte)Math.Round(0.5 * 200 + 0.5 * colours[0]), half[0]);
    }

    [Fact]
    public void Wrong_sizes_are_refused_with_the_sizes_in_the_message()
    {
        var wrongMap = Assert.Throws<ArgumentException>(() => HeatOverlay.Colorize(new float[5], 2, 3));
        Assert.Contains("2x3 map has 6 values, not 5", wrongMap.Message);
        var wrongImage = Assert.Throws<ArgumentException>(() => HeatOverlay.Interleave(new byte[5], 3, 1, 2));
        Assert.Contains("3x1x2 image has 6 bytes, not 5", wrongImage.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => HeatOverlay.Blend(new byte[4], 1, 2, 2, new float[4], 2, 2, opacity: 1.5));
    }
}
