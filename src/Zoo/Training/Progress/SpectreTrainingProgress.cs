using Spectre.Console;
using static Zoo.Training.Progress.ProgressFormat;

namespace Zoo.Training.Progress;

/// <summary>
/// Progress as Spectre.Console bars for terminals: one bar per epoch with the running loss, accuracy, throughput and
/// time left, finished bars keeping their epoch's evaluation results. Create it inside a Spectre progress context;
/// <see cref="TrainingConsole.Run{T}"/> does that.
/// </summary>
public sealed class SpectreTrainingProgress : ITrainingProgress
{
    private readonly ProgressContext context;
    private readonly IAnsiConsole console;
    private ProgressTask? task;
    private int taskEpoch;
    private string model = "";

    public SpectreTrainingProgress(ProgressContext context, IAnsiConsole console)
    {
        this.context = context;
        this.console = console;
    }

    /// <summary>The columns of the bars.</summary>
    public static ProgressColumn[] Columns() => new ProgressColumn[]
    {
        new TaskDescriptionColumn { Alignment = Justify.Left },
        new ProgressBarColumn(),
        new PercentageColumn(),
        new RemainingTimeColumn(),
        new SpinnerColumn(),
    };

    public void RunStarted(RunStart run)
    {
        model = Markup.Escape(run.ModelName);
        console.MarkupLine($"[bold]{model}[/]: {Parameters(run.Parameters)} parameters, {Markup.Escape(run.Device)} ({run.Threads} threads), " +
            $"{run.Epochs} epochs x {run.BatchesPerEpoch} batches, {Markup.Escape(run.TrainData)} -> {Markup.Escape(run.EvalData)}");
        console.MarkupLine($"[grey]{Markup.Escape(run.Recipe)}[/]");
    }

    public void BatchCompleted(BatchProgress p)
    {
        if (task is null || taskEpoch != p.Epoch)
        {
            task?.StopTask();
            task = context.AddTask(Describe(p), maxValue: p.Batches);
            taskEpoch = p.Epoch;
            task.Value = p.Batch - 1;
        }
        task.Description = Describe(p);
        task.Value = p.Batch;
    }

    private string Describe(BatchProgress p) =>
        $"[bold]{model}[/] {p.Epoch}/{p.Epochs} loss [yellow]{Loss(p.Loss)}[/] acc [green]{Percent(p.Accuracy)}[/] {Rate(p.SamplesPerSecond)} img/s ";

    public void EvaluationStarted(int epoch, int batches)
    {
        if (task is not null) task.Description = task.Description.TrimEnd() + " [grey]evaluating[/]";
    }

    public void EpochCompleted(EpochMetrics m, int epochs)
    {
        if (task is not null)
        {
            task.Description = $"[bold]{model}[/] {m.Epoch}/{epochs} train [yellow]{Loss(m.TrainLoss)}[/] {Percent(m.TrainAccuracy)} | eval [yellow]{Loss(m.EvalLoss)}[/] " +
                $"[green]{Percent(m.EvalAccuracy)}[/]{(m.EvalMeanIoU is { } miou ? $" mIoU [green]{Percent(miou)}[/]" : "")} {Seconds(m.TrainSeconds)} ";
            task.Value = task.MaxValue;
            task.StopTask();
        }
        task = null;
    }

    public void Message(string text) => console.MarkupLine($"[blue]{Markup.Escape(text)}[/]");

    public void RunFinished(TrainingResult result)
    {
        task?.StopTask();
        task = null;
        if (result.Final is { } final)
            console.MarkupLine($"[bold]{Markup.Escape(result.ModelName)}[/]: {(result.Interrupted ? "stopped" : "finished")} after {result.Epochs} epoch(s); " +
                $"eval accuracy [green]{Percent(final.EvalAccuracy)}[/] (best {Percent(result.BestEvalAccuracy)})");
    }
}
