using System.Diagnostics;
using Zoo.Data;
using Zoo.Metrics;
using Zoo.Torch;
using Zoo.Training.Progress;
using static Zoo.Torch.torch;

namespace Zoo.Training;

/// <summary>
/// Trains any image model (<c>Module&lt;Tensor, Tensor&gt;</c>: images [N, C, H, W] in, logits [N, classes] or
/// [N, classes, H, W] out) on a data set under a <see cref="TrainingRecipe"/>, evaluating after every epoch.
/// </summary>
/// <remarks>
/// <para>Each step: forward, cross entropy (label smoothing; the ignore index for segmentation), a check that the loss
/// is finite, backward, optional gradient clipping, optimizer step, learning-rate step (warm-up then cosine, per
/// batch). A non-finite loss stops training with <see cref="TrainingDivergedException"/>, naming the step, and
/// leaves the last good checkpoint untouched.</para>
/// <para>With a checkpoint folder, the full state (model, optimizer, scheduler, random generator, loader position,
/// metrics) is saved after every epoch and when the cancellation token fires (Ctrl+C), and a later run resumes from
/// it exactly: on the CPU the resumed run's metrics equal an uninterrupted run's.</para>
/// </remarks>
public sealed class Trainer
{
    private readonly ITrainingProgress progress;

    public Trainer(TrainingRecipe recipe, ITrainingProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        recipe.Validate();
        Recipe = recipe;
        this.progress = progress ?? NullTrainingProgress.Instance;
    }

    public TrainingRecipe Recipe { get; }

    /// <summary>Trains <paramref name="model"/> (moved to the device) on <paramref name="train"/>, evaluating on <paramref name="eval"/>.</summary>
    public TrainingResult Fit(string modelName, nn.Module<Tensor, Tensor> model, Dataset train, Dataset eval, TrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(eval);
        options ??= new TrainingOptions();
        if (train.Task != eval.Task || train.NumClasses != eval.NumClasses)
            throw new ArgumentException($"{train.Name} ({train.Task}, {train.NumClasses} classes) and {eval.Name} ({eval.Task}, {eval.NumClasses} classes) are not the same task.");

        var device = options.Device ?? default_device();
        model.to(device);
        long parameters = model.parameters().Sum(p => p.numel());
        var recipe = Recipe;
        var trainLoader = new DataLoader(train, recipe.BatchSize, shuffle: true, seed: recipe.Seed, dropLast: train.Count >= recipe.BatchSize,
            augmentation: recipe.Augmentation, prefetch: recipe.Prefetch, workers: recipe.LoaderWorkers);
        var evalLoader = new DataLoader(eval, recipe.EvalBatchSize ?? recipe.BatchSize, prefetch: recipe.Prefetch, workers: recipe.LoaderWorkers);
        int batches = Math.Min(trainLoader.BatchesPerEpoch, recipe.MaxBatchesPerEpoch ?? int.MaxValue);
        int totalSteps = recipe.Epochs * batches;
        var schedule = new WarmupCosineSchedule(totalSteps, (int)Math.Min(totalSteps, Math.Round(recipe.WarmupEpochs * batches)),
            recipe.WarmupStartFactor, recipe.FinalLearningRateFactor);
        long ignoreIndex = train.Task == TaskKind.Segmentation ? train.IgnoreIndex : -100;

        using var optimizer = ParameterGroups.CreateOptimizer(model, recipe);
        var scheduler = optim.lr_scheduler.LambdaLR(optimizer, schedule.Factor);
        manual_seed(recipe.Seed);

        var history = new List<EpochMetrics>();
        int startEpoch = 0, startBatch = 0, step = 0;
        double[]? sums = null;
        double carriedSeconds = 0;
        var last = options.LastCheckpointPath;
        if (options.Resume && last is not null && File.Exists(last))
        {
            var info = Checkpoint.Restore(last, model, optimizer, scheduler);
            if (info.LoaderSeed != recipe.Seed)
                throw new CheckpointException($"The checkpoint '{last}' was trained with seed {info.LoaderSeed}, this recipe has seed {recipe.Seed}: resuming would not continue the same run.");
            history.AddRange(info.History);
            (startEpoch, startBatch, step, sums, carriedSeconds) = (info.Epoch, info.BatchInEpoch, info.Step, info.EpochSums, info.EpochSeconds);
            progress.Message(startBatch == 0
                ? $"Resumed {modelName} from '{last}' after epoch {startEpoch}."
                : $"Resumed {modelName} from '{last}' in epoch {startEpoch + 1}, after batch {startBatch}.");
        }

        TrainingResult Result(bool interrupted) => new()
        {
            ModelName = modelName,
            Parameters = parameters,
            Device = device.ToString(),
            History = history.ToArray(),
            Interrupted = interrupted,
            ResumedFromEpoch = startEpoch,
            Checkpoint = last is not null && File.Exists(last) ? last : null,
        };

        progress.RunStarted(new RunStart(modelName, parameters, device.ToString(), recipe.Epochs, batches, startEpoch, startBatch,
            recipe.Describe(), train.Name, eval.Name, get_num_threads()));
        if (startEpoch >= recipe.Epochs)
        {
            var done = Result(interrupted: false);
            progress.RunFinished(done);
            return done;
        }

        double bestAccuracy = history.Count > 0 ? history.Max(h => h.EvalAccuracy) : double.NegativeInfinity;
        for (int epoch = startEpoch; epoch < recipe.Epochs; epoch++)
        {
            model.train();
            var metrics = new MetricAccumulator(train.Task, train.NumClasses, (int)ignoreIndex);
            if (sums is not null) metrics.Sums = sums;
            var clock = Stopwatch.StartNew();
            var waitBefore = trainLoader.Stats.Waiting;
            int batch = startBatch, trainedSamples = 0;
            bool interrupted = false;
            foreach (var hostBatch in trainLoader.Epoch(epoch, startBatch))
            {
                if (batch >= batches) break;
                using (var scope = NewDisposeScope())
                {
                    var (input, target) = hostBatch.ToTensors(device);
                    var logits = model.call(input);
                    var loss = nn.functional.cross_entropy(logits, target, ignore_index: ignoreIndex, label_smoothing: recipe.LabelSmoothing);
                    double lossValue = loss.item<float>();
                    step++;
                    if (!double.IsFinite(lossValue))
                        throw Diverged(modelName, epoch + 1, batch + 1, batches, step, lossValue, history.Count > 0 ? last : null);
                    optimizer.zero_grad();
                    loss.backward();
                    if (recipe.GradientClipNorm is { } clip) nn.utils.clip_grad_norm_(optimizer.parameters(), clip);
                    optimizer.step();
                    scheduler.step();
                    metrics.Add(lossValue, logits, target, hostBatch);
                }
                batch++;
                trainedSamples += hostBatch.Count;
                double seconds = clock.Elapsed.TotalSeconds;
                progress.BatchCompleted(new BatchProgress(epoch + 1, recipe.Epochs, batch, batches, step, metrics.Loss, metrics.Accuracy,
                    trainedSamples / Math.Max(seconds, 1e-9), optimizer.param_groups[0].lr, clock.Elapsed,
                    TimeSpan.FromSeconds(seconds / (batch - startBatch) * (batches - batch))));
                if (options.Cancellation.IsCancellationRequested && batch < batches)
                {
                    interrupted = true;
                    break;
                }
            }

            double trainSeconds = carriedSeconds + clock.Elapsed.TotalSeconds;
            if (interrupted)
            {
                if (last is not null)
                {
                    Checkpoint.Save(last, model, optimizer, scheduler, new CheckpointInfo
                    {
                        ModelName = modelName, Epoch = epoch, BatchInEpoch = batch, Step = step, LoaderSeed = recipe.Seed,
                        History = history, EpochSums = metrics.Sums, EpochSeconds = trainSeconds, Recipe = recipe.Describe(),
                    });
                    progress.Message($"Interrupted in epoch {epoch + 1} after batch {batch} of {batches}; saved '{last}'. Run again to resume.");
                }
                else
                {
                    progress.Message($"Interrupted in epoch {epoch + 1} after batch {batch} of {batches} (no checkpoint folder: nothing saved).");
                }
                var stopped = Result(interrupted: true);
                progress.RunFinished(stopped);
                return stopped;
            }

            var waited = trainLoader.Stats.Waiting - waitBefore;
            var evalClock = Stopwatch.StartNew();
            progress.EvaluationStarted(epoch + 1, evalLoader.BatchesPerEpoch);
            var evaluation = Evaluate(model, evalLoader, device, ignoreIndex);
            var epochMetrics = new EpochMetrics
            {
                Epoch = epoch + 1,
                Step = step,
                TrainLoss = metrics.Loss,
                TrainAccuracy = metrics.Accuracy,
                EvalLoss = evaluation.Loss,
                EvalAccuracy = evaluation.Accuracy,
                EvalMeanIoU = evaluation.MeanIoU,
                LearningRate = optimizer.param_groups[0].lr,
                TrainSeconds = trainSeconds,
                EvalSeconds = evalClock.Elapsed.TotalSeconds,
                SamplesPerSecond = trainedSamples / Math.Max(clock.Elapsed.TotalSeconds, 1e-9),
                DataWaitSeconds = waited.TotalSeconds,
            };
            history.Add(epochMetrics);
            if (last is not null)
            {
                var info = new CheckpointInfo
                {
                    ModelName = modelName, Epoch = epoch + 1, Step = step, LoaderSeed = recipe.Seed, History = history, Recipe = recipe.Describe(),
                };
                Checkpoint.Save(last, model, optimizer, scheduler, info);
                if (epochMetrics.EvalAccuracy > bestAccuracy) Checkpoint.Save(options.BestCheckpointPath!, model, optimizer, scheduler, info);
            }
            bestAccuracy = Math.Max(bestAccuracy, epochMetrics.EvalAccuracy);
            progress.EpochCompleted(epochMetrics, recipe.Epochs);
            (startBatch, sums, carriedSeconds) = (0, null, 0);

            if (options.Cancellation.IsCancellationRequested && epoch + 1 < recipe.Epochs)
            {
                progress.Message($"Interrupted after epoch {epoch + 1}" + (last is not null ? $"; saved '{last}'. Run again to resume." : "."));
                var stopped = Result(interrupted: true);
                progress.RunFinished(stopped);
                return stopped;
            }
        }

        var result = Result(interrupted: false);
        progress.RunFinished(result);
        return result;
    }

    /// <summary>Loss, accuracy (and mIoU with a confusion matrix for segmentation) of a model over a loader's epoch.</summary>
    public static MetricAccumulator Evaluate(nn.Module<Tensor, Tensor> model, DataLoader loader, Device device, long ignoreIndex = -100)
    {
        var dataset = loader.Dataset;
        var metrics = new MetricAccumulator(dataset.Task, dataset.NumClasses, (int)ignoreIndex, confusion: dataset.Task == TaskKind.Segmentation);
        bool wasTraining = model.training;
        model.eval();
        try
        {
            using var noGrad = no_grad();
            foreach (var hostBatch in loader.Epoch(0))
            {
                using var scope = NewDisposeScope();
                var (input, target) = hostBatch.ToTensors(device);
                var logits = model.call(input);
                double loss = nn.functional.cross_entropy(logits, target, ignore_index: ignoreIndex).item<float>();
                metrics.Add(loss, logits, target, hostBatch);
            }
        }
        finally
        {
            model.train(wasTraining);
        }
        return metrics;
    }

    private static TrainingDivergedException Diverged(string model, int epoch, int batch, int batches, int step, double loss, string? lastGood)
    {
        var where = lastGood is not null
            ? $"The last good checkpoint, '{lastGood}', was kept."
            : "No checkpoint was written before it.";
        return new TrainingDivergedException(
            $"Training {model} diverged: the loss was {loss} at step {step} (epoch {epoch}, batch {batch} of {batches}). Training stopped. {where} " +
            "A lower learning rate, a longer warm-up or gradient clipping usually helps.", epoch, step, loss, lastGood);
    }
}
