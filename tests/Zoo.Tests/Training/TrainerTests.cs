using System.Security.Cryptography;
using Zoo.Data;
using Zoo.Tests.Data;
using Zoo.Training;
using Zoo.Training.Progress;

namespace Zoo.Tests.Training;

[Collection(SeededTrainingCollection.Name)]
public sealed class TrainerTests : IDisposable
{
    private readonly string folder = RepoPaths.NewTempFolder("zoo-train");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static readonly TrainingRecipe Recipe = new()
    {
        Epochs = 2,
        BatchSize = 32,
        LearningRate = 0.05,
        WeightDecay = 1e-4,
        WarmupEpochs = 0.5,
        LabelSmoothing = 0.1,
        Seed = 7,
        Augmentation = Augmentation.CropAndFlip(padding: 2),
        Prefetch = 2,
    };

    private static readonly Dataset Train = new MatchingMarksDataset(Split.Train, count: 192, seed: 1, size: 20);
    private static readonly Dataset Eval = new MatchingMarksDataset(Split.Test, count: 64, seed: 1, size: 20);

    private static TinyCnn NewModel(long seed)
    {
        manual_seed(seed);
        return new TinyCnn(1, 2);
    }

    /// <summary>Calls back after each epoch or batch, to interrupt a run at a chosen point.</summary>
    private sealed class Probe : ITrainingProgress
    {
        public Action<EpochMetrics>? OnEpoch;
        public Action<BatchProgress>? OnBatch;
        public readonly List<string> Messages = new();
        public void RunStarted(RunStart run) { }
        public void BatchCompleted(BatchProgress progress) => OnBatch?.Invoke(progress);
        public void EvaluationStarted(int epoch, int batches) { }
        public void EpochCompleted(EpochMetrics metrics, int epochs) => OnEpoch?.Invoke(metrics);
        public void Message(string text) => Messages.Add(text);
        public void RunFinished(TrainingResult result) { }
    }

    private static void AssertSameMetrics(EpochMetrics expected, EpochMetrics actual)
    {
        Assert.Equal(expected.Epoch, actual.Epoch);
        Assert.Equal(expected.Step, actual.Step);
        Assert.Equal(expected.TrainLoss, actual.TrainLoss);
        Assert.Equal(expected.TrainAccuracy, actual.TrainAccuracy);
        Assert.Equal(expected.EvalLoss, actual.EvalLoss);
        Assert.Equal(expected.EvalAccuracy, actual.EvalAccuracy);
        Assert.Equal(expected.LearningRate, actual.LearningRate);
    }

    [Fact]
    public void Resuming_from_an_epoch_checkpoint_reproduces_the_uninterrupted_run()
    {
        using var reference = NewModel(3);
        var full = new Trainer(Recipe).Fit("tiny", reference, Train, Eval, new TrainingOptions { CheckpointFolder = Path.Combine(folder, "full"), Device = CPU });
        Assert.Equal(2, full.Epochs);
        Assert.False(full.Interrupted);

        // Stop after epoch 1 (as Ctrl+C would), then resume into a model initialised differently.
        var dir = Path.Combine(folder, "resumed");
        using var stop = new CancellationTokenSource();
        using (var first = NewModel(3))
        {
            var probe = new Probe { OnEpoch = _ => stop.Cancel() };
            var part = new Trainer(Recipe, probe).Fit("tiny", first, Train, Eval, new TrainingOptions { CheckpointFolder = dir, Device = CPU, Cancellation = stop.Token });
            Assert.True(part.Interrupted);
            Assert.Single(part.History);
            AssertSameMetrics(full.History[0], part.History[0]); // the same seed gives the same run
        }
        using var other = NewModel(99);
        var probe2 = new Probe();
        var resumed = new Trainer(Recipe, probe2).Fit("tiny", other, Train, Eval, new TrainingOptions { CheckpointFolder = dir, Device = CPU });
        Assert.Equal(1, resumed.ResumedFromEpoch);
        Assert.Contains(probe2.Messages, m => m.Contains("after epoch 1"));
        Assert.Equal(2, resumed.Epochs);
        AssertSameMetrics(full.History[1], resumed.History[1]);
    }

    [Fact]
    public void Resuming_from_the_middle_of_an_epoch_reproduces_the_uninterrupted_run()
    {
        using var reference = NewModel(5);
        var full = new Trainer(Recipe).Fit("tiny", reference, Train, Eval, new TrainingOptions { Device = CPU });

        var dir = Path.Combine(folder, "mid");
        using var stop = new CancellationTokenSource();
        using (var first = NewModel(5))
        {
            var probe = new Probe { OnBatch = b => { if (b.Epoch == 2 && b.Batch == 3) stop.Cancel(); } };
            var part = new Trainer(Recipe, probe).Fit("tiny", first, Train, Eval, new TrainingOptions { CheckpointFolder = dir, Device = CPU, Cancellation = stop.Token });
            Assert.True(part.Interrupted);
            Assert.Contains(probe.Messages, m => m.Contains("after batch 3 of 6"));
            var info = Checkpoint.ReadInfo(Path.Combine(dir, "last.safetensors"));
            Assert.Equal((1, 3, 9), (info.Epoch, info.BatchInEpoch, info.Step));
        }
        using var other = NewModel(6);
        var resumed = new Trainer(Recipe).Fit("tiny", other, Train, Eval, new TrainingOptions { CheckpointFolder = dir, Device = CPU });
        AssertSameMetrics(full.History[1], resumed.History[1]);
    }

    [Fact]
    public void A_nan_loss_stops_training_naming_the_step_and_keeps_the_last_good_checkpoint()
    {
        var dir = Path.Combine(folder, "nan");
        var last = Path.Combine(dir, "last.safetensors");
        string? hashAfterEpoch1 = null;
        var probe = new Probe { OnEpoch = m => hashAfterEpoch1 = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(last))) };
        using var model = new NanFrom(NewModel(1), fromCall: 9); // 6 batches per epoch: step 9 is epoch 2, batch 3
        var e = Assert.Throws<TrainingDivergedException>(() =>
            new Trainer(Recipe, probe).Fit("tiny", model, Train, Eval, new TrainingOptions { CheckpointFolder = dir, Device = CPU }));
        Assert.Contains("loss was NaN at step 9 (epoch 2, batch 3 of 6)", e.Message);
        Assert.Contains(last, e.Message);
        Assert.Equal((2, 9), (e.Epoch, e.Step));
        Assert.Equal(last, e.LastGoodCheckpoint);
        Assert.Equal(hashAfterEpoch1, Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(last))));
        Assert.Equal(1, Checkpoint.ReadInfo(last).Epoch);
    }

    [Fact]
    public void A_nan_before_any_checkpoint_says_there_is_none()
    {
        using var model = new NanFrom(NewModel(1), fromCall: 1);
        var e = Assert.Throws<TrainingDivergedException>(() => new Trainer(Recipe).Fit("tiny", model, Train, Eval, new TrainingOptions { Device = CPU }));
        Assert.Contains("at step 1 ", e.Message);
        Assert.Contains("No checkpoint was written", e.Message);
        Assert.Null(e.LastGoodCheckpoint);
    }

    [Fact]
    public void Corrupt_foreign_and_mismatched_checkpoints_are_clear_errors()
    {
        var dir = Path.Combine(folder, "bad");
        var last = Path.Combine(dir, "last.safetensors");
        var quick = Recipe with { Epochs = 1, MaxBatchesPerEpoch = 2 };
        using (var model = NewModel(1))
            new Trainer(quick).Fit("tiny", model, Train, Eval, new TrainingOptions { CheckpointFolder = dir, Device = CPU });
        var good = File.ReadAllBytes(last);

        File.WriteAllBytes(last, good[..(good.Length / 2)]);
        using (var model = NewModel(1))
        {
            var e = Assert.Throws<CheckpointException>(() => new Trainer(quick with { Epochs = 2 }).Fit("tiny", model, Train, Eval, new TrainingOptions { CheckpointFolder = dir, Device = CPU }));
            Assert.Contains($"Cannot read the checkpoint '{last}'", e.Message);
            Assert.Contains("truncated", e.Message);
        }

        Zoo.Torch.Serialization.SafeTensors.Save(new Dictionary<string, Tensor> { ["w"] = zeros(2) }, last);
        Assert.Contains("not a Zoo training checkpoint", Assert.Throws<CheckpointException>(() => Checkpoint.ReadInfo(last)).Message);

        File.WriteAllBytes(last, good);
        manual_seed(1);
        using (var wider = new TinyCnn(1, 2, width: 12))
        {
            var e = Assert.Throws<CheckpointException>(() => new Trainer(quick with { Epochs = 2 }).Fit("tiny", wider, Train, Eval, new TrainingOptions { CheckpointFolder = dir, Device = CPU }));
            Assert.Contains("another model's weights", e.Message);
            Assert.Contains("size mismatch", e.Message);
        }
    }

    [Fact]
    public void A_finished_run_is_not_trained_again()
    {
        var dir = Path.Combine(folder, "done");
        var quick = Recipe with { Epochs = 1, MaxBatchesPerEpoch = 2 };
        using var model = NewModel(1);
        var first = new Trainer(quick).Fit("tiny", model, Train, Eval, new TrainingOptions { CheckpointFolder = dir, Device = CPU });
        var again = new Trainer(quick).Fit("tiny", model, Train, Eval, new TrainingOptions { CheckpointFolder = dir, Device = CPU });
        Assert.Equal(1, again.ResumedFromEpoch);
        AssertSameMetrics(first.History[0], again.History[0]);
        Assert.True(File.Exists(Path.Combine(dir, "best.safetensors")));
    }

    [DataFact("fashion-mnist")]
    public void A_tiny_cnn_learns_fashion_mnist()
    {
        var train = MnistDataset.FashionMnist(Split.Train).Take(9600);
        var test = MnistDataset.FashionMnist(Split.Test).Take(1000);
        var recipe = new TrainingRecipe { Epochs = 1, BatchSize = 32, LearningRate = 0.1, WarmupEpochs = 0.1, Seed = 1 };
        var losses = new List<double>();
        var probe = new Probe { OnBatch = b => losses.Add(b.Loss) };
        manual_seed(1);
        using var model = new TinyCnn(1, 10, width: 8, dropout: 0);
        var result = new Trainer(recipe, probe).Fit("tiny-cnn", model, train, test, new TrainingOptions { Device = CPU });
        Assert.Equal(300, losses.Count); // 300 steps
        // The running mean of the epoch's loss, early against late: it must fall clearly below the start (ln 10 = 2.30).
        Assert.True(losses[^1] < 0.75 * losses[20], $"the loss did not fall: {losses[20]:F3} after 20 steps, {losses[^1]:F3} after 300");
        Assert.True(result.Final!.EvalAccuracy > 0.6, $"test accuracy {result.Final.EvalAccuracy:P1} after 300 steps");
    }
}
