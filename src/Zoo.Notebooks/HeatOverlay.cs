namespace Zoo.Notebooks;

/// <summary>
/// Attention maps drawn over the images they attend to: a map (any size, any range) is resized to the image with
/// bilinear interpolation, coloured with the viridis colour map and blended over the image. Images come as data sets
/// and tensors hold them, channel planes (CHW, one or three channels); results are 8-bit RGB with interleaved
/// channels (HWC), what <c>Zoo.Plotting.ImageTrace</c> draws.
/// </summary>
public static class HeatOverlay
{
    // Viridis at nine evenly spaced stops (matplotlib's values): dark blue for low, yellow for high.
    private static readonly byte[,] Viridis =
    {
        { 0x44, 0x01, 0x54 }, { 0x47, 0x2d, 0x7b }, { 0x3b, 0x52, 0x8b }, { 0x2c, 0x72, 0x8e }, { 0x21, 0x91, 0x8c },
        { 0x28, 0xae, 0x80 }, { 0x5e, 0xc9, 0x62 }, { 0xad, 0xdc, 0x30 }, { 0xfd, 0xe7, 0x25 },
    };

    /// <summary>
    /// <paramref name="map"/> (<paramref name="mapHeight"/> x <paramref name="mapWidth"/>, row-major) resized to the
    /// image and blended over it: each pixel is (1 − opacity)·image + opacity·colour. The colours span
    /// [<paramref name="min"/>, <paramref name="max"/>], by default the map's own range.
    /// </summary>
    public static byte[] Blend(byte[] image, int channels, int height, int width, float[] map, int mapHeight, int mapWidth,
        double opacity = 0.55, double? min = null, double? max = null)
    {
        if (opacity is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(opacity), opacity, "between 0 and 1");
        var rgb = Interleave(image, channels, height, width);
        var colours = Colorize(Resize(map, mapHeight, mapWidth, height, width), height, width, min ?? map.Min(), max ?? map.Max());
        for (int i = 0; i < rgb.Length; i++)
            rgb[i] = (byte)Math.Round((1 - opacity) * rgb[i] + opacity * colours[i]);
        return rgb;
    }

    /// <summary>The map's values as viridis colours (RGB, HWC); <paramref name="min"/> and <paramref name="max"/> give the range (the map's own by default).</summary>
    public static byte[] Colorize(float[] map, int height, int width, double? min = null, double? max = null)
    {
        CheckSize(map, height, width, nameof(map));
        double low = min ?? map.Min(), high = max ?? map.Max();
        double span = high > low ? high - low : 1;
        var rgb = new byte[height * width * 3];
        int last = Viridis.GetLength(0) - 1;
        for (int p = 0; p < map.Length; p++)
        {
            double t = Math.Clamp((map[p] - low) / span, 0, 1) * last;
            int k = Math.Min((int)t, last - 1);
            double f = t - k;
            for (int c = 0; c < 3; c++)
                rgb[p * 3 + c] = (byte)Math.Round(Viridis[k, c] + f * (Viridis[k + 1, c] - Viridis[k, c]));
        }
        return rgb;
    }

    /// <summary>Channel planes (CHW, grey or RGB) as interleaved RGB (HWC); a grey image gets three equal channels.</summary>
    public static byte[] Interleave(byte[] image, int channels, int height, int width)
    {
        if (channels is not (1 or 3)) throw new ArgumentException($"Images have 1 (grey) or 3 (RGB) channels, not {channels}.", nameof(channels));
        if (image.Length != channels * height * width)
            throw new ArgumentException($"A {channels}x{height}x{width} image has {channels * height * width} bytes, not {image.Length}.", nameof(image));
        int plane = height * width;
        var rgb = new byte[plane * 3];
        for (int p = 0; p < plane; p++)
            for (int c = 0; c < 3; c++)
                rgb[p * 3 + c] = image[(channels == 1 ? 0 : c) * plane + p];
        return rgb;
    }

    /// <summary>
    /// Bilinear resizing of a row-major map, with the pixel-centre convention of PyTorch's
    /// <c>interpolate(mode='bilinear', align_corners=False)</c>.
    /// </summary>
    public static float[] Resize(float[] map, int height, int width, int newHeight, int newWidth)
    {
        CheckSize(map, height, width, nameof(map));
        if (newHeight < 1 || newWidth < 1) throw new ArgumentOutOfRangeException(nameof(newHeight), $"{newHeight}x{newWidth} is not a size.");
        var result = new float[newHeight * newWidth];
        for (int y = 0; y < newHeight; y++)
        {
            var (y0, y1, fy) = Source(y, height, newHeight);
            for (int x = 0; x < newWidth; x++)
            {
                var (x0, x1, fx) = Source(x, width, newWidth);
                double top = map[y0 * width + x0] * (1 - fx) + map[y0 * width + x1] * fx;
                double bottom = map[y1 * width + x0] * (1 - fx) + map[y1 * width + x1] * fx;
                result[y * newWidth + x] = (float)(top * (1 - fy) + bottom * fy);
            }
        }
        return result;
    }

    // The two source indices around output index i and the weight of the second.
    private static (int, int, double) Source(int i, int size, int newSize)
    {
        double position = Math.Max(0, (i + 0.5) * size / newSize - 0.5);
        int low = Math.Min((int)position, size - 1);
        int high = Math.Min(low + 1, size - 1);
        return (low, high, position - low);
    }

    private static void CheckSize(float[] map, int height, int width, string name)
    {
        if (height < 1 || width < 1 || map.Length != height * width)
            throw new ArgumentException($"A {height}x{width} map has {height * width} values, not {map.Length}.", name);
    }
}
