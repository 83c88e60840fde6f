using static Zoo.Training.Progress.ProgressFormat;

namespace Zoo.Training.Progress;

/// <summary>
/// Progress as plain lines, for logs and output that is not a terminal: the run, a batch line at most every
/// <see cref="Interval"/> (and at the end of each epoch), one summary line per epoch, and messages.
/// </summary>
public sealed class PlainTrainingProgress(TextWriter? output = null) : ITrainingProgress
{
    private readonly TextWriter output = output ?? Console.Out;
    private DateTime lastLine = DateTime.MinValue;
    private string model = "";

    /// <summary>The least time between two batch lines.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(10);

    public void RunStarted(RunStart run)
    {
        model = run.ModelName;
        output.WriteLine($"{run.ModelName}: {Parameters(run.Parameters)} parameters, {run.Device} ({run.Threads} threads), {run.Epochs} epochs x {run.BatchesPerEpoch} batches, {run.TrainData} -> {run.EvalData}");
        output.WriteLine($"{run.ModelName}: {run.Recipe}");
        lastLine = DateTime.UtcNow;
    }

    public void BatchCompleted(BatchProgress p)
    {
        var now = DateTime.UtcNow;
        if (p.Batch < p.Batches && now - lastLine < Interval) return;
        lastLine = now;
        output.WriteLine($"{model} epoch {p.Epoch}/{p.Epochs} batch {p.Batch}/{p.Batches}: loss {Loss(p.Loss)} acc {Percent(p.Accuracy)}, " +
            $"{Rate(p.SamplesPerSecond)} img/s, lr {LearningRate(p.LearningRate)}, epoch ETA {Duration(p.Remaining)}");
    }

    public void EvaluationStarted(int epoch, int batches) { }

    public void EpochCompleted(EpochMetrics metrics, int epochs) => output.WriteLine($"{model} {EpochSummary(metrics, epochs)}");

    public void Message(string text) => output.WriteLine(text);

    public void RunFinished(TrainingResult result)
    {
        if (result.Final is { } final)
            output.WriteLine($"{result.ModelName}: {(result.Interrupted ? "stopped" : "finished")} after {result.Epochs} epoch(s); eval accuracy {Percent(final.EvalAccuracy)} (best {Percent(result.BestEvalAccuracy)})");
        output.Flush();
    }
}
