using Zoo.Torch.Interop;

namespace Zoo.Torch.Imaging;

/// <summary>The size and channel count stored in an image file's header.</summary>
public readonly record struct ImageInfo(int Width, int Height, int Channels);

/// <summary>
/// Reads image files (PNG, JPEG, BMP, TGA, GIF's first frame, ...; decoded by stb_image in the native shim) and writes
/// PNG. Decoding creates no tensor and is safe on any thread, so data loaders decode on their prefetch threads.
/// </summary>
public static class ImageCodec
{
    /// <summary>Reads only the header of an encoded image.</summary>
    public static unsafe ImageInfo ReadInfo(ReadOnlySpan<byte> encoded)
    {
        int width, height, channels;
        fixed (byte* p = encoded)
            Native.Check(Native.zoo_image_info(p, encoded.Length, out width, out height, out channels));
        return new ImageInfo(width, height, channels);
    }

    /// <summary>Decodes an encoded image. <paramref name="channels"/> 0 keeps the file's channels; 1 grey, 3 RGB, 4 RGBA converts.</summary>
    public static unsafe Image Decode(ReadOnlySpan<byte> encoded, int channels = 0)
    {
        if (channels is < 0 or > 4) throw new ArgumentOutOfRangeException(nameof(channels), channels, "0 (as stored) or 1..4");
        var info = ReadInfo(encoded);
        int c = channels == 0 ? info.Channels : channels;
        var pixels = new byte[checked((long)info.Width * info.Height * c)];
        int width, height, decodedChannels;
        fixed (byte* p = encoded)
        fixed (byte* o = pixels)
            Native.Check(Native.zoo_image_decode(p, encoded.Length, channels, o, pixels.Length, out width, out height, out decodedChannels));
        return new Image(width, height, decodedChannels, pixels);
    }

    /// <summary>Reads and decodes an image file; a file that is not an image is an error naming it.</summary>
    public static Image Load(string path, int channels = 0)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            return Decode(bytes, channels);
        }
        catch (TorchException e)
        {
            throw new InvalidDataException($"Cannot read the image '{path}': {e.Message}", e);
        }
    }

    /// <summary>Encodes an image as PNG bytes.</summary>
    public static unsafe byte[] EncodePng(Image image)
    {
        ArgumentNullException.ThrowIfNull(image);
        byte* png;
        long length;
        fixed (byte* p = image.Pixels)
            png = Native.zoo_image_encode_png(p, image.Width, image.Height, image.Channels, out length);
        if (png == null) throw new TorchException(Native.LastError());
        try
        {
            return new ReadOnlySpan<byte>(png, checked((int)length)).ToArray();
        }
        finally
        {
            Native.zoo_image_free(png);
        }
    }

    /// <summary>Writes an image as a PNG file (through a temporary file, so a reader never sees half of it).</summary>
    public static void SavePng(Image image, string path)
    {
        var bytes = EncodePng(image);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + $".tmp-{Environment.ProcessId}-{Guid.NewGuid():N}";
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
