using Spectre.Console;
using Zoo.Data;
using Zoo.Training;
using Zoo.Training.Progress;

namespace Zoo.Tests.Training;

public class ProgressRendererTests
{
    private static readonly TrainingRecipe Quick = new() { Epochs = 2, BatchSize = 16, MaxBatchesPerEpoch = 3, LearningRate = 0.05, Seed = 2 };
    private static readonly Dataset Train = new MatchingMarksDataset(Split.Train, 64, size: 20);
    private static readonly Dataset Eval = new MatchingMarksDataset(Split.Test, 16, size: 20);

    [Fact]
    public void Plain_lines_name_the_run_each_epoch_and_the_result()
    {
        var output = new StringWriter();
        manual_seed(0);
        using var model = new TinyCnn(1, 2);
        new Trainer(Quick, new PlainTrainingProgress(output)).Fit("tiny", model, Train, Eval, new TrainingOptions { Device = CPU });
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("tiny: ", lines[0]);
        Assert.Contains("2 epochs x 3 batches", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("tiny epoch 1/2 batch 3/3: loss ") && l.Contains("img/s") && l.Contains("ETA"));
        Assert.Contains(lines, l => l.StartsWith("tiny epoch 2/2: train loss ") && l.Contains("| eval loss "));
        Assert.StartsWith("tiny: finished after 2 epoch(s); eval accuracy ", lines[^1]);
    }

    [Fact]
    public void Spectre_bars_show_loss_accuracy_and_evaluation_results()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(output),
        });
        manual_seed(0);
        using var model = new TinyCnn(1, 2);
        console.Progress().Columns(SpectreTrainingProgress.Columns()).Start(context =>
            new Trainer(Quick, new Refreshing(new SpectreTrainingProgress(context, console), context)).Fit("tiny", model, Train, Eval, new TrainingOptions { Device = CPU }));
        var text = System.Text.RegularExpressions.Regex.Replace(output.ToString(), "\u001b\\[[0-9;?]*[A-Za-z]", ""); // without ANSI codes
        Assert.Contains("tiny: ", text);
        Assert.Contains("tiny 1/2 loss ", text); // a running bar
        Assert.Contains("tiny 2/2 train ", text); // a finished epoch's bar
        Assert.Contains("| eval ", text);
        Assert.Contains("finished after 2 epoch(s)", text);
    }

    /// <summary>Redraws after every batch, so the test sees the running bars however fast the epoch goes.</summary>
    private sealed class Refreshing(ITrainingProgress inner, ProgressContext context) : ITrainingProgress
    {
        public void RunStarted(RunStart run) => inner.RunStarted(run);
        public void BatchCompleted(BatchProgress progress)
        {
            inner.BatchCompleted(progress);
            context.Refresh();
        }
        public void EvaluationStarted(int epoch, int batches) => inner.EvaluationStarted(epoch, batches);
        public void EpochCompleted(EpochMetrics metrics, int epochs) => inner.EpochCompleted(metrics, epochs);
        public void Message(string text) => inner.Message(text);
        public void RunFinished(TrainingResult result) => inner.RunFinished(result);
    }
}
