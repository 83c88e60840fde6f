using Zoo.Data;

namespace Zoo.Tests.Data;

public sealed class Cifar10DatasetTests : IDisposable
{
    private readonly string folder = RepoPaths.NewTempFolder("zoo-cifar");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static byte[] Records(int count, int firstLabel)
    {
        var bytes = new byte[count * Cifar10Dataset.RecordBytes];
        for (int r = 0; r < count; r++)
        {
            var record = bytes.AsSpan(r * Cifar10Dataset.RecordBytes, Cifar10Dataset.RecordBytes);
            record[0] = (byte)((firstLabel + r) % 10);
            record[1] = 10;           // red (0, 0)
            record[1 + 1024] = 20;    // green (0, 0)
            record[1 + 2048 + 33] = 30; // blue (1, 1)
        }
        return bytes;
    }

    [Fact]
    public void Reads_the_upstream_layout_it_wrote_in_name_order()
    {
        var nested = Directory.CreateDirectory(Path.Combine(folder, "cifar-10-batches-bin")).FullName;
        File.WriteAllBytes(Path.Combine(nested, "data_batch_2.bin"), Records(2, firstLabel: 5));
        File.WriteAllBytes(Path.Combine(nested, "data_batch_1.bin"), Records(3, firstLabel: 0));
        File.WriteAllBytes(Path.Combine(nested, "test_batch.bin"), Records(1, firstLabel: 9));
        var train = Cifar10Dataset.Load(folder, Split.Train);
        var test = Cifar10Dataset.Load(folder, Split.Test);
        Assert.Equal((5, 1), (train.Count, test.Count));
        Assert.Equal(new[] { 0, 1, 2, 5, 6 }, Enumerable.Range(0, 5).Select(i => train[i].label));
        var (image, label, _) = test[0];
        Assert.Equal(9, label);
        Assert.Equal("truck", test.ClassNames[label]);
        Assert.Equal((10, 20, 30), (image[0], image[1024], image[2048 + 33]));
    }

    [Fact]
    public void Truncated_files_and_foreign_bytes_are_clear_errors()
    {
        File.WriteAllBytes(Path.Combine(folder, "data_batch_1.bin"), Records(2, 0)[..5000]);
        Assert.Contains("not a whole number", Assert.Throws<InvalidDataException>(() => Cifar10Dataset.Load(folder, Split.Train)).Message);
        var records = Records(1, 0);
        records[0] = 200;
        File.WriteAllBytes(Path.Combine(folder, "data_batch_1.bin"), records);
        Assert.Contains("label 200", Assert.Throws<InvalidDataException>(() => Cifar10Dataset.Load(folder, Split.Train)).Message);
        Assert.Contains("no test_batch", Assert.Throws<FileNotFoundException>(() => Cifar10Dataset.Load(folder, Split.Test)).Message);
    }

    [DataFact("cifar10-subset")]
    public void The_subset_starts_with_the_published_first_record()
    {
        var train = Cifar10Dataset.Load(TestData.Cifar10Subset!, Split.Train);
        var test = Cifar10Dataset.Load(TestData.Cifar10Subset!, Split.Test);
        Assert.Equal((4000, 1000), (train.Count, test.Count));
        Assert.Equal(new ImageShape(3, 32, 32), train.Shape);
        var (image, label, _) = train[0];
        Assert.Equal(6, label);
        Assert.Equal("frog", train.ClassNames[label]);
        Assert.Equal(new byte[] { 59, 43, 50, 68 }, image[..4]);
    }

    [DataFact("cifar10-subset")]
    public void Normalisation_constants_are_close_to_the_subset_pixels()
    {
        var measured = ChannelStats.Measure(Cifar10Dataset.Load(TestData.Cifar10Subset!, Split.Train), maxSamples: 4000);
        for (int c = 0; c < 3; c++)
        {
            Assert.Equal(Cifar10Dataset.Stats.Mean[c], measured.Mean[c], 0.01);
            Assert.Equal(Cifar10Dataset.Stats.Std[c], measured.Std[c], 0.01);
        }
    }
}
