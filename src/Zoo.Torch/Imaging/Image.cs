namespace Zoo.Torch.Imaging;

/// <summary>
/// An 8-bit image in memory: <see cref="Height"/> rows of <see cref="Width"/> pixels of <see cref="Channels"/>
/// interleaved values (HWC, the layout image files use). Plain managed memory, so it can be made on any thread.
/// </summary>
public sealed class Image
{
    public Image(int width, int height, int channels, byte[] pixels)
    {
        if (width <= 0 || height <= 0) throw new ArgumentException($"An image needs a positive size, got {width}x{height}.");
        if (channels is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(channels), channels, "an image has 1 to 4 channels");
        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.Length != (long)width * height * channels)
            throw new ArgumentException($"A {width}x{height} image with {channels} channels holds {(long)width * height * channels} bytes, the array {pixels.Length}.", nameof(pixels));
        Width = width;
        Height = height;
        Channels = channels;
        Pixels = pixels;
    }

    public int Width { get; }
    public int Height { get; }
    public int Channels { get; }

    /// <summary>The pixels, row after row, channels interleaved.</summary>
    public byte[] Pixels { get; }

    /// <summary>The value of one channel of one pixel.</summary>
    public byte this[int y, int x, int channel = 0] => Pixels[((long)y * Width + x) * Channels + channel];

    /// <summary>The pixels as channel planes (CHW), the layout convolutions take.</summary>
    public byte[] ToPlanar()
    {
        if (Channels == 1) return (byte[])Pixels.Clone();
        int plane = Width * Height;
        var planar = new byte[Pixels.Length];
        for (int i = 0; i < plane; i++)
            for (int c = 0; c < Channels; c++)
                planar[c * plane + i] = Pixels[i * Channels + c];
        return planar;
    }

    /// <summary>A uint8 tensor of shape [channels, height, width] (as torchvision's <c>read_image</c>).</summary>
    public torch.Tensor ToTensor() => torch.tensor(ToPlanar(), new long[] { Channels, Height, Width });
}
