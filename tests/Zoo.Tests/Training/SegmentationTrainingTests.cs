using Zoo.Data;
using Zoo.Tests.Data;
using Zoo.Training;

namespace Zoo.Tests.Training;

public class SegmentationTrainingTests
{
    // Pixels brighter than 128 are class 1, darker ones class 0; a border of void pixels (class 2) is ignored.
    private static InMemoryDataset Thresholds(int count, long seed)
    {
        var random = new SeededRandom(seed);
        var images = new byte[count * 64];
        var masks = new byte[count * 64];
        for (int i = 0; i < images.Length; i++)
        {
            images[i] = (byte)random.Next(256);
            int x = i % 8;
            masks[i] = x == 0 ? (byte)2 : images[i] > 128 ? (byte)1 : (byte)0;
        }
        return new InMemoryDataset("thresholds", new ImageShape(1, 8, 8), images, masks, new[] { "dark", "bright" }, ignoreIndex: 2,
            new ChannelStats(new[] { 0.5f }, new[] { 0.29f }));
    }

    [Fact]
    public void A_segmentation_run_learns_per_pixel_classes_and_reports_miou()
    {
        var recipe = new TrainingRecipe { Epochs = 3, BatchSize = 8, LearningRate = 0.1, WarmupEpochs = 0, Seed = 3 };
        manual_seed(3);
        using var model = new TinySegNet(1, 2);
        var result = new Trainer(recipe).Fit("seg", model, Thresholds(64, 1), Thresholds(16, 2), new TrainingOptions { Device = CPU });
        var last = result.Final!;
        Assert.NotNull(last.EvalMeanIoU);
        Assert.True(last.EvalAccuracy > 0.9, $"pixel accuracy {last.EvalAccuracy:P1}");
        Assert.True(last.EvalMeanIoU > 0.8, $"mIoU {last.EvalMeanIoU:P1}");
        Assert.True(result.History[0].EvalLoss > last.EvalLoss);
    }

    [DataFact("camvid-subset")]
    public void Camvid_trains_end_to_end_with_void_pixels_ignored()
    {
        var root = TestData.CamVidSubset!;
        var train = CamVidDataset.Load(root, Split.Train, downscale: 8).Take(24);
        var eval = CamVidDataset.Load(root, Split.Validation, downscale: 8).Take(8);
        var recipe = new TrainingRecipe { Epochs = 1, BatchSize = 4, LearningRate = 0.05, Seed = 1, Augmentation = Augmentation.CropAndFlip(padding: 2), LoaderWorkers = 2 };
        manual_seed(1);
        using var model = new TinySegNet(3, 11);
        var metrics = new Trainer(recipe).Fit("seg", model, train, eval, new TrainingOptions { Device = CPU }).Final!;
        Assert.Equal(6, metrics.Step);
        Assert.InRange(metrics.EvalAccuracy, 0.05, 1.0);
        Assert.InRange(metrics.EvalMeanIoU!.Value, 0.0, 1.0);
        Assert.True(double.IsFinite(metrics.EvalLoss));
    }
}
