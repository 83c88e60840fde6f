using System.Diagnostics;
using Xunit.Abstractions;
using Zoo.Torch.Imaging;

namespace Zoo.Torch.Tests.Imaging;

public class ImageCodecTests(ITestOutputHelper output)
{
    private static Image Gradient(int width, int height, int channels)
    {
        var pixels = new byte[width * height * channels];
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
                for (int c = 0; c < channels; c++)
                    pixels[(y * width + x) * channels + c] = (byte)(x * 7 + y * 13 + c * 50);
        return new Image(width, height, channels, pixels);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    public void Png_round_trip_keeps_every_pixel(int channels)
    {
        var image = Gradient(17, 9, channels);
        var png = ImageCodec.EncodePng(image);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.Equal(new ImageInfo(17, 9, channels), ImageCodec.ReadInfo(png));
        var decoded = ImageCodec.Decode(png);
        Assert.Equal((17, 9, channels), (decoded.Width, decoded.Height, decoded.Channels));
        Assert.Equal(image.Pixels, decoded.Pixels);
    }

    [Fact]
    public void Decoding_converts_grey_to_rgb_on_request()
    {
        var grey = Gradient(5, 4, 1);
        var rgb = ImageCodec.Decode(ImageCodec.EncodePng(grey), channels: 3);
        Assert.Equal(3, rgb.Channels);
        Assert.Equal(grey[3, 2], rgb[3, 2, 0]);
        Assert.Equal(grey[3, 2], rgb[3, 2, 2]);
    }

    [Fact]
    public void Planar_layout_and_tensor_put_channels_first()
    {
        var image = Gradient(3, 2, 3);
        using var t = image.ToTensor();
        Assert.Equal(new long[] { 3, 2, 3 }, t.shape);
        Assert.Equal(ScalarType.Byte, t.dtype);
        var planar = t.ToArray<byte>();
        Assert.Equal(image[1, 2, 1], planar[1 * 6 + 1 * 3 + 2]);
    }

    [Fact]
    public void Bytes_that_are_not_an_image_are_a_clear_error()
    {
        var e = Assert.Throws<TorchException>(() => ImageCodec.Decode("definitely not a PNG"u8));
        Assert.Contains("image", e.Message);
        var png = ImageCodec.EncodePng(Gradient(8, 8, 3));
        Assert.ThrowsAny<Exception>(() => ImageCodec.Decode(png.AsSpan(0, png.Length / 2)));
    }

    [Fact]
    public void A_camvid_png_decodes_as_pillow_decodes_it()
    {
        var root = RepoPaths.SharedDatasets;
        var folder = root is null ? null : Path.Combine(root, "camvid-subset", "train");
        if (folder is null || !Directory.Exists(folder))
        {
            output.WriteLine("SKIPPED: the CamVid subset (../shared/datasets/camvid-subset) is not on this machine.");
            return;
        }
        var file = Directory.GetFiles(folder, "*.png").Order(StringComparer.Ordinal).First();
        var image = ImageCodec.Load(file);
        Assert.Equal((480, 360, 3), (image.Width, image.Height, image.Channels));

        var reference = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo(PyTorchOracle.Python)
            {
                ArgumentList = { "-c", "import sys; from PIL import Image; open(sys.argv[2], 'wb').write(Image.open(sys.argv[1]).convert('RGB').tobytes())", file, reference },
                RedirectStandardError = true,
            };
            using var python = Process.Start(start)!;
            var errors = python.StandardError.ReadToEnd();
            python.WaitForExit();
            Assert.True(python.ExitCode == 0, errors);
            Assert.Equal(File.ReadAllBytes(reference), image.Pixels);
        }
        finally
        {
            File.Delete(reference);
        }
    }
}
