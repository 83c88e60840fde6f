using Zoo.Data;

namespace Zoo.Tests.Data;

public sealed class MnistDatasetTests : IDisposable
{
    private readonly string folder = RepoPaths.NewTempFolder("zoo-mnist");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void WriteSplit(string prefix, int count, bool gzip = true)
    {
        var images = new byte[count * 28 * 28];
        for (int i = 0; i < count; i++) images[i * 784 + i] = (byte)(100 + i); // one bright pixel per image, at a known place
        var labels = Enumerable.Range(0, count).Select(i => (byte)(i % 10)).ToArray();
        string gz = gzip ? ".gz" : "";
        IdxFile.Write(Path.Combine(folder, $"{prefix}-images-idx3-ubyte{gz}"), new[] { count, 28, 28 }, images);
        IdxFile.Write(Path.Combine(folder, $"{prefix}-labels-idx1-ubyte{gz}"), new[] { count }, labels);
    }

    [Fact]
    public void Loads_files_it_wrote_with_labels_and_pixels_in_place()
    {
        WriteSplit("train", 12);
        WriteSplit("t10k", 3, gzip: false);
        var train = MnistDataset.Mnist(folder, Split.Train);
        var test = MnistDataset.Mnist(folder, Split.Test);
        Assert.Equal((12, 3), (train.Count, test.Count));
        Assert.Equal(new ImageShape(1, 28, 28), train.Shape);
        var (image, label, mask) = train[7];
        Assert.Equal(7, label);
        Assert.Null(mask);
        Assert.Equal(107, image[7]);
        Assert.Equal(0, image[8]);
        Assert.Equal("7", train.ClassNames[label]);
    }

    [Fact]
    public void Mismatched_counts_missing_files_and_bad_labels_are_clear_errors()
    {
        Assert.Contains("train-images-idx3-ubyte.gz", Assert.Throws<FileNotFoundException>(() => MnistDataset.Mnist(folder, Split.Train)).Message);
        WriteSplit("train", 5);
        IdxFile.Write(Path.Combine(folder, "train-labels-idx1-ubyte.gz"), new[] { 4 }, new byte[4]);
        Assert.Contains("5 images", Assert.Throws<InvalidDataException>(() => MnistDataset.Mnist(folder, Split.Train)).Message);
        IdxFile.Write(Path.Combine(folder, "train-labels-idx1-ubyte.gz"), new[] { 5 }, new byte[] { 1, 2, 3, 4, 12 });
        Assert.Contains("label 12", Assert.Throws<InvalidDataException>(() => MnistDataset.Mnist(folder, Split.Train)).Message);
        Assert.Throws<ArgumentException>(() => MnistDataset.Mnist(folder, Split.Validation));
    }

    [DataFact("fashion-mnist")]
    public void Fashion_mnist_has_60000_and_10000_balanced_28x28_images()
    {
        var train = MnistDataset.FashionMnist(Split.Train);
        var test = MnistDataset.FashionMnist(Split.Test);
        Assert.Equal(60_000, train.Count);
        Assert.Equal(10_000, test.Count);
        Assert.Equal(new ImageShape(1, 28, 28), train.Shape);
        Assert.Equal("Ankle boot", train.ClassNames[train[0].label]); // the first training image is an ankle boot
        Assert.All(train.Labels.GroupBy(l => l), g => Assert.Equal(6000, g.Count()));
        Assert.All(test.Labels.GroupBy(l => l), g => Assert.Equal(1000, g.Count()));
    }

    [DataFact("fashion-mnist")]
    public void Fashion_mnist_normalisation_constants_match_the_pixels()
    {
        var measured = ChannelStats.Measure(MnistDataset.FashionMnist(Split.Train), maxSamples: 6000);
        Assert.Equal(MnistDataset.FashionStats.Mean[0], measured.Mean[0], 0.005);
        Assert.Equal(MnistDataset.FashionStats.Std[0], measured.Std[0], 0.005);
    }
}
