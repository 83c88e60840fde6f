using Zoo.Data;
using Zoo.Metrics;

namespace Zoo.Tests.Training;

public class MetricsTests
{
    [Fact]
    public void Confusion_matrix_accuracy_and_iou_match_hand_computed_values_with_an_ignore_index()
    {
        // 3 classes, ignore index 255. Pairs (truth, predicted):
        // (0,0) (0,0) (0,1) (1,1) (1,2) (2,2) (2,2) (2,0) and two ignored pixels predicted as 1.
        var truth = new long[] { 0, 0, 0, 1, 1, 2, 2, 2, 255, 255 };
        var predicted = new byte[] { 0, 0, 1, 1, 2, 2, 2, 0, 1, 1 };
        var m = new ConfusionMatrix(3, ignoreIndex: 255);
        m.Add(predicted, truth);
        Assert.Equal(8, m.Total);
        Assert.Equal(2, m[0, 0]);
        Assert.Equal(1, m[2, 0]);
        Assert.Equal(5.0 / 8, m.Accuracy, 12); // correct: 2 + 1 + 2
        // IoU: class 0: TP 2, FP 1 (2->0), FN 1 (0->1): 2/4. Class 1: TP 1, FP 1, FN 1: 1/3. Class 2: TP 2, FP 1, FN 1: 2/4.
        var iou = m.IoU();
        Assert.Equal(0.5, iou[0], 12);
        Assert.Equal(1.0 / 3, iou[1], 12);
        Assert.Equal(0.5, iou[2], 12);
        Assert.Equal((0.5 + 1.0 / 3 + 0.5) / 3, m.MeanIoU, 12);
    }

    [Fact]
    public void Classes_absent_from_truth_and_prediction_do_not_count_in_mean_iou()
    {
        var m = new ConfusionMatrix(4, ignoreIndex: 3);
        m.Add(new byte[] { 0, 1, 1 }, new long[] { 0, 1, 0 });
        var iou = m.IoU();
        Assert.True(double.IsNaN(iou[2]) && double.IsNaN(iou[3]));
        Assert.Equal((0.5 + 0.5) / 2, m.MeanIoU, 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => m.Add(new byte[] { 0 }, new long[] { 7 }));
    }

    [Fact]
    public void The_accumulator_counts_top1_and_pixel_accuracy_on_tensors()
    {
        var classes = new[] { "a", "b", "c" };
        var set = new InMemoryDataset("two", new ImageShape(1, 1, 2), new byte[4], new byte[] { 0, 2, 1, 9 }, classes, ignoreIndex: 9);
        var batch = new DataLoader(set, 2, prefetch: 0).Epoch(0).Single();
        using var scope = NewDisposeScope();
        // logits [2, 3, 1, 2]: predictions per pixel: sample 0 -> (0, 1), sample 1 -> (1, 2)
        var logits = tensor(new float[] { 5, 0, 0, 5, 0, 0, 0, 0, 5, 0, 0, 5 }, new long[] { 2, 3, 1, 2 });
        var (_, target) = batch.ToTensors();
        var metrics = new MetricAccumulator(TaskKind.Segmentation, 3, ignoreIndex: 9, confusion: true);
        metrics.Add(0.5, logits, target, batch);
        Assert.Equal(2.0 / 3, metrics.Accuracy, 12); // pixels: (0 ok, 1 vs 2 wrong), (1 ok, ignored)
        Assert.Equal(0.5, metrics.Loss, 12);
        Assert.Equal(3, metrics.Confusion!.Total);
        Assert.Equal(1, metrics.Confusion[2, 1]);

        var labels = new MetricAccumulator(TaskKind.Classification, 3);
        labels.Add(1.0, tensor(new float[] { 1, 0, 0, 0, 0, 1 }, 2, 3), tensor(new long[] { 0, 1 }), batch);
        Assert.Equal(0.5, labels.Accuracy, 12);
        labels.Sums = labels.Sums; // a round trip through a checkpoint keeps the sums
        Assert.Equal(0.5, labels.Accuracy, 12);
    }
}
