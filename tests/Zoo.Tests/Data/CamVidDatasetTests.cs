using Zoo.Data;
using Zoo.Torch.Imaging;

namespace Zoo.Tests.Data;

public sealed class CamVidDatasetTests : IDisposable
{
    private readonly string folder = RepoPaths.NewTempFolder("zoo-camvid");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void WritePair(string split, string name, int width, int height, Func<int, int, (byte r, byte g, byte b, byte label)> pixel)
    {
        var rgb = new byte[width * height * 3];
        var label = new byte[width * height];
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
            {
                var (r, g, b, l) = pixel(x, y);
                int i = y * width + x;
                (rgb[3 * i], rgb[3 * i + 1], rgb[3 * i + 2], label[i]) = (r, g, b, l);
            }
        ImageCodec.SavePng(new Image(width, height, 3, rgb), Path.Combine(folder, split, name));
        ImageCodec.SavePng(new Image(width, height, 1, label), Path.Combine(folder, split + "annot", name));
    }

    [Fact]
    public void Reads_pngs_it_wrote_as_planes_and_masks()
    {
        WritePair("train", "b.png", 6, 4, (x, y) => ((byte)(10 * x), (byte)(10 * y), 200, (byte)((x + y) % 12)));
        WritePair("train", "a.png", 6, 4, (x, y) => (1, 2, 3, 11));
        var set = CamVidDataset.Load(folder, Split.Train);
        Assert.Equal(2, set.Count);
        Assert.Equal(new ImageShape(3, 4, 6), set.Shape);
        Assert.EndsWith("a.png", set.Files[0].image);
        var (image, label, mask) = set[1];
        Assert.Equal(-1, label);
        Assert.Equal(50, image[0 * 24 + 2 * 6 + 5]);  // red of (x 5, y 2)
        Assert.Equal(20, image[1 * 24 + 2 * 6 + 5]);  // green
        Assert.Equal(200, image[2 * 24 + 2 * 6 + 5]); // blue
        Assert.Equal(7, mask![2 * 6 + 5]);
        Assert.Equal(CamVidDataset.Void, set[0].mask![0]);
    }

    [Fact]
    public void Downscaling_averages_pixels_and_keeps_block_centre_classes()
    {
        WritePair("val", "x.png", 4, 2, (x, y) => ((byte)(x < 2 ? 10 * (x + y) : 100), 0, 0, (byte)x));
        var set = CamVidDataset.Load(folder, Split.Validation, downscale: 2, cache: true);
        Assert.Equal(new ImageShape(3, 1, 2), set.Shape);
        for (int pass = 0; pass < 2; pass++) // the second read comes from the cache
        {
            var (image, _, mask) = set[0];
            Assert.Equal(new byte[] { 10, 100 }, image[..2]); // mean of 0, 10, 10, 20 and of four 100s
            Assert.Equal(new byte[] { 1, 3 }, mask);           // centre (1, 1) of each 2x2 block
        }
    }

    [Fact]
    public void A_missing_label_or_a_class_above_void_is_a_clear_error()
    {
        WritePair("train", "a.png", 2, 2, (x, y) => (0, 0, 0, 12));
        var set = CamVidDataset.Load(folder, Split.Train);
        Assert.Contains("class 12", Assert.Throws<InvalidDataException>(() => set[0]).Message);
        File.Delete(Path.Combine(folder, "trainannot", "a.png"));
        Assert.Contains("no label file", Assert.Throws<FileNotFoundException>(() => CamVidDataset.Load(folder, Split.Train)).Message);
    }

    [DataFact("camvid-subset")]
    public void The_subset_has_480x360_images_with_classes_0_to_11()
    {
        var train = CamVidDataset.Load(TestData.CamVidSubset!, Split.Train);
        var val = CamVidDataset.Load(TestData.CamVidSubset!, Split.Validation);
        Assert.Equal((150, 101), (train.Count, val.Count));
        Assert.Equal(new ImageShape(3, 360, 480), train.Shape);
        var seen = new HashSet<byte>();
        foreach (var i in new[] { 0, 75, 149 })
        {
            var (_, _, mask) = train[i];
            Assert.All(mask!, v => Assert.InRange(v, (byte)0, (byte)11));
            seen.UnionWith(mask!);
        }
        Assert.Contains((byte)3, seen);  // road
        Assert.Contains((byte)11, seen); // void
    }

    [DataFact("camvid-subset")]
    public void Normalisation_constants_match_the_subset_pixels()
    {
        var measured = ChannelStats.Measure(CamVidDataset.Load(TestData.CamVidSubset!, Split.Train, downscale: 4), maxSamples: 50);
        for (int c = 0; c < 3; c++)
        {
            Assert.Equal(CamVidDataset.Stats.Mean[c], measured.Mean[c], 0.02);
            Assert.Equal(CamVidDataset.Stats.Std[c], measured.Std[c], 0.02);
        }
    }
}
