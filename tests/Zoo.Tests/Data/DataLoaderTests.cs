using System.Diagnostics;
using Xunit.Abstractions;
using Zoo.Data;

namespace Zoo.Tests.Data;

public class DataLoaderTests(ITestOutputHelper output)
{
    private static readonly string[] TwoClasses = { "a", "b" };

    // Sample i is an image whose every pixel is i (so batches say which samples they hold), label i % 2.
    private static InMemoryDataset Numbered(int count, int size = 4, int channels = 1) => new(
        "numbered", new ImageShape(channels, size, size),
        Enumerable.Range(0, count).SelectMany(i => Enumerable.Repeat((byte)i, channels * size * size)).ToArray(),
        Enumerable.Range(0, count).Select(i => i % 2).ToArray(), TwoClasses,
        new ChannelStats(Enumerable.Repeat(0f, channels).ToArray(), Enumerable.Repeat(1 / 255f, channels).ToArray()));

    private static int[] Samples(HostBatch b) =>
        Enumerable.Range(0, b.Count).Select(i => (int)MathF.Round(b.Images[i * b.Shape.Elements])).ToArray();

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void Every_sample_comes_once_per_epoch_in_a_seeded_order(int prefetch)
    {
        var loader = new DataLoader(Numbered(50), batchSize: 8, shuffle: true, seed: 11, prefetch: prefetch);
        var epoch0 = loader.Epoch(0).ToList();
        Assert.Equal(7, epoch0.Count);
        Assert.Equal(2, epoch0[^1].Count);
        var order0 = epoch0.SelectMany(Samples).ToArray();
        Assert.Equal(Enumerable.Range(0, 50), order0.Order());
        Assert.Equal(order0, epoch0.SelectMany(b => b.SampleIndices));
        Assert.Equal(order0.Select(i => (long)(i % 2)), epoch0.SelectMany(b => b.Targets));

        Assert.Equal(order0, loader.Epoch(0).SelectMany(Samples));          // same seed and epoch: same order
        Assert.NotEqual(order0, loader.Epoch(1).SelectMany(Samples));       // another epoch: another order
        Assert.NotEqual(order0, new DataLoader(Numbered(50), 8, shuffle: true, seed: 12).Epoch(0).SelectMany(Samples));
        Assert.Equal(Enumerable.Range(0, 50), new DataLoader(Numbered(50), 8).Epoch(0).SelectMany(Samples));
    }

    [Fact]
    public void Drop_last_leaves_out_the_partial_batch()
    {
        var loader = new DataLoader(Numbered(50), batchSize: 8, dropLast: true);
        Assert.Equal(6, loader.BatchesPerEpoch);
        Assert.All(loader.Epoch(0), b => Assert.Equal(8, b.Count));
        Assert.Throws<ArgumentException>(() => new DataLoader(Numbered(5), batchSize: 8, dropLast: true));
    }

    [Fact]
    public void Starting_mid_epoch_gives_the_same_batches_as_an_uninterrupted_epoch()
    {
        var augmented = Augmentation.CropAndFlip(padding: 2);
        var loader = new DataLoader(Numbered(40, size: 6), batchSize: 6, shuffle: true, seed: 5, augmentation: augmented);
        var full = loader.Epoch(3).ToList();
        var resumed = loader.Epoch(3, startBatch: 4).ToList();
        Assert.Equal(full.Count - 4, resumed.Count);
        for (int i = 0; i < resumed.Count; i++)
        {
            Assert.Equal(full[4 + i].Index, resumed[i].Index);
            Assert.Equal(full[4 + i].Images, resumed[i].Images);
            Assert.Equal(full[4 + i].Targets, resumed[i].Targets);
        }
        var inline = new DataLoader(Numbered(40, size: 6), 6, shuffle: true, seed: 5, augmentation: augmented, prefetch: 0, workers: 1).Epoch(3).ToList();
        var parallel = new DataLoader(Numbered(40, size: 6), 6, shuffle: true, seed: 5, augmentation: augmented, prefetch: 3, workers: 3).Epoch(3).ToList();
        Assert.Equal(full.SelectMany(b => b.Images), inline.SelectMany(b => b.Images));
        Assert.Equal(full.SelectMany(b => b.Images), parallel.SelectMany(b => b.Images));
    }

    [Fact]
    public void Crop_with_padding_shifts_the_image_and_fills_with_zero_and_flip_mirrors_it()
    {
        // One 3x3 image 1..9; padding 1 and a 3x3 crop: every result is the image shifted by at most one pixel.
        var pixels = Enumerable.Range(1, 9).Select(v => (byte)v).ToArray();
        var set = new InMemoryDataset("tiny", new ImageShape(1, 3, 3), pixels, new[] { 0 }, TwoClasses, new ChannelStats(new[] { 0f }, new[] { 1 / 255f }));
        var seen = new HashSet<string>();
        var loader = new DataLoader(set, 1, seed: 1, augmentation: Augmentation.CropAndFlip(padding: 1));
        for (int epoch = 0; epoch < 200; epoch++)
        {
            var image = loader.Epoch(epoch).Single().Images.Select(v => (int)MathF.Round(v)).ToArray();
            bool matched = false;
            foreach (var flip in new[] { false, true })
                for (int dy = -1; dy <= 1; dy++)
                    for (int dx = -1; dx <= 1; dx++)
                    {
                        var expected = new int[9];
                        for (int y = 0; y < 3; y++)
                            for (int x = 0; x < 3; x++)
                            {
                                int sx = (flip ? 2 - x : x) + dx, sy = y + dy;
                                expected[y * 3 + x] = sx is >= 0 and < 3 && sy is >= 0 and < 3 ? pixels[sy * 3 + sx] : 0;
                            }
                        if (expected.SequenceEqual(image))
                        {
                            matched = true;
                            seen.Add($"{flip} {dy} {dx}");
                        }
                    }
            Assert.True(matched, $"epoch {epoch}: [{string.Join(", ", image)}] is no shift or flip of the image");
        }
        Assert.Equal(18, seen.Count); // every shift, flipped or not, happens
    }

    [Fact]
    public void Segmentation_masks_get_the_same_crop_and_flip_as_images_and_void_padding()
    {
        // The mask of each image equals its pixel values, so after augmentation they must still agree.
        var rng = new SeededRandom(2);
        var images = new byte[5 * 6 * 8];
        for (int i = 0; i < images.Length; i++) images[i] = (byte)rng.Next(11);
        var set = new InMemoryDataset("seg", new ImageShape(1, 6, 8), images, (byte[])images.Clone(),
            Enumerable.Range(0, 11).Select(i => i.ToString()).ToArray(), ignoreIndex: 255, new ChannelStats(new[] { 0f }, new[] { 1 / 255f }));
        var loader = new DataLoader(set, 5, shuffle: true, seed: 4,
            augmentation: Augmentation.CropAndFlip(padding: 3) with { CropHeight = 5, CropWidth = 7 });
        int padded = 0;
        foreach (var epoch in Enumerable.Range(0, 20))
            foreach (var batch in loader.Epoch(epoch))
            {
                Assert.Equal(new ImageShape(1, 5, 7), batch.Shape);
                Assert.Equal(batch.Images.Length, batch.Targets.Length);
                for (int i = 0; i < batch.Images.Length; i++)
                {
                    long expected = batch.Targets[i] == 255 ? 0 : batch.Targets[i];
                    Assert.Equal(expected, (long)MathF.Round(batch.Images[i]));
                    if (batch.Targets[i] == 255) padded++;
                }
            }
        Assert.True(padded > 0, "padding never showed in a crop");
    }

    [Fact]
    public void Batches_become_tensors_with_normalised_images()
    {
        var set = new InMemoryDataset("two", new ImageShape(2, 1, 1), new byte[] { 0, 255, 51, 102 }, new[] { 1, 0 }, TwoClasses,
            new ChannelStats(new[] { 0.5f, 0.2f }, new[] { 0.5f, 0.4f }));
        var (input, target) = set.GetBatch(new[] { 1, 0 });
        using (input)
        using (target)
        {
            Assert.Equal(new long[] { 2, 2, 1, 1 }, input.shape);
            Assert.Equal(ScalarType.Int64, target.dtype);
            Assert.Equal(new long[] { 0, 1 }, target.ToArray<long>());
            var values = input.ToArray<float>();
            Assert.Equal(new[] { (0.2f - 0.5f) / 0.5f, (0.4f - 0.2f) / 0.4f, -1f, (1f - 0.2f) / 0.4f }, values, new FloatTolerance(1e-6f));
        }
        var (image, label) = set.GetItem(0, normalize: false);
        using (image)
        using (label)
        {
            Assert.Equal(new long[] { 2, 1, 1 }, image.shape);
            Assert.Equal(new[] { 0f, 1f }, image.ToArray<float>());
            Assert.Equal(1L, label.item<long>());
        }
    }

    private sealed class FloatTolerance(float tolerance) : IEqualityComparer<float>
    {
        public bool Equals(float a, float b) => Math.Abs(a - b) <= tolerance;
        public int GetHashCode(float v) => 0;
    }

    private sealed class FailingDataset(int failAt) : Dataset
    {
        public override string Name => "failing";
        public override int Count => 20;
        public override ImageShape Shape => new(1, 2, 2);
        public override TaskKind Task => TaskKind.Classification;
        public override IReadOnlyList<string> ClassNames => TwoClasses;
        public override ChannelStats Normalization => new(new[] { 0f }, new[] { 1f });
        public override int Read(int index, Span<byte> image, Span<byte> mask) =>
            index == failAt ? throw new InvalidDataException($"sample {index} is unreadable") : 0;
    }

    [Fact]
    public void A_read_error_on_the_prefetch_thread_reaches_the_consumer()
    {
        var loader = new DataLoader(new FailingDataset(failAt: 13), batchSize: 4, prefetch: 2);
        int seen = 0;
        var e = Assert.Throws<InvalidDataException>(() => { foreach (var _ in loader.Epoch(0)) seen++; });
        Assert.Equal("sample 13 is unreadable", e.Message);
        Assert.Equal(3, seen);
    }

    [Fact]
    public void Leaving_an_epoch_early_stops_the_producer()
    {
        var loader = new DataLoader(Numbered(200), batchSize: 2, prefetch: 2);
        foreach (var batch in loader.Epoch(0))
        {
            Assert.Equal(1, loader.ActiveProducers);
            if (batch.Index == 3) break;
        }
        Assert.Equal(0, loader.ActiveProducers); // joined when the enumeration was left
        Assert.Equal(4, loader.Stats.Batches);
        Assert.True(loader.Stats.Producing > TimeSpan.Zero);
        Assert.Throws<InvalidDataException>(() => new DataLoader(new FailingDataset(failAt: 1), 4, prefetch: 2).Epoch(0).ToList());
    }

    // A data set whose samples take time to read, like decoding images from disk.
    private sealed class SlowDataset(TimeSpan perSample) : Dataset
    {
        public override string Name => "slow";
        public override int Count => 48;
        public override ImageShape Shape => new(1, 8, 8);
        public override TaskKind Task => TaskKind.Classification;
        public override IReadOnlyList<string> ClassNames => TwoClasses;
        public override ChannelStats Normalization => new(new[] { 0f }, new[] { 1f });
        public override int Read(int index, Span<byte> image, Span<byte> mask)
        {
            Thread.Sleep(perSample);
            return index % 2;
        }
    }

    [Fact]
    public void Prefetch_hides_loading_time_behind_the_consumers_work()
    {
        // 4 ms per batch to load, 30 ms per batch to "train": without prefetch the consumer waits for every load,
        // with it the next batch is ready while the consumer works (the wide margin keeps a busy machine's scheduling
        // delays from deciding the outcome).
        var step = TimeSpan.FromMilliseconds(30);
        TimeSpan Wait(int prefetch)
        {
            var loader = new DataLoader(new SlowDataset(TimeSpan.FromMilliseconds(1)), batchSize: 4, prefetch: prefetch);
            foreach (var _ in loader.Epoch(0)) Thread.Sleep(step);
            return loader.Stats.Waiting;
        }
        var without = Wait(0);
        var with = Wait(2);
        output.WriteLine($"waiting for data over 12 batches: {without.TotalMilliseconds:F0} ms without prefetch, {with.TotalMilliseconds:F0} ms with prefetch 2");
        Assert.True(without >= TimeSpan.FromMilliseconds(40), $"without prefetch the consumer should wait for each load, waited {without}");
        Assert.True(with < without / 2, $"prefetch should at least halve the waiting: {with} vs {without}");
    }
}
