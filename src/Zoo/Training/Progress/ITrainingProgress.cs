namespace Zoo.Training.Progress;

/// <summary>What a run is about, told once when it starts.</summary>
public sealed record RunStart(string ModelName, long Parameters, string Device, int Epochs, int BatchesPerEpoch,
    int StartEpoch, int StartBatch, string Recipe, string TrainData, string EvalData, int Threads);

/// <summary>Where training is after a batch: position, running loss and accuracy of the epoch, speed and time left.</summary>
public sealed record BatchProgress(int Epoch, int Epochs, int Batch, int Batches, int Step, double Loss, double Accuracy,
    double SamplesPerSecond, double LearningRate, TimeSpan Elapsed, TimeSpan? Remaining);

/// <summary>
/// Receives a training run's progress. The trainer calls it on its own thread; implementations render it
/// (<see cref="SpectreTrainingProgress"/> for terminals, <see cref="PlainTrainingProgress"/> for logs) or record it.
/// </summary>
public interface ITrainingProgress
{
    void RunStarted(RunStart run);
    void BatchCompleted(BatchProgress progress);
    void EvaluationStarted(int epoch, int batches);
    void EpochCompleted(EpochMetrics metrics, int epochs);

    /// <summary>Something worth saying: a resume, a checkpoint, an interruption.</summary>
    void Message(string text);

    void RunFinished(TrainingResult result);
}

/// <summary>Ignores progress.</summary>
public sealed class NullTrainingProgress : ITrainingProgress
{
    public static readonly NullTrainingProgress Instance = new();
    public void RunStarted(RunStart run) { }
    public void BatchCompleted(BatchProgress progress) { }
    public void EvaluationStarted(int epoch, int batches) { }
    public void EpochCompleted(EpochMetrics metrics, int epochs) { }
    public void Message(string text) { }
    public void RunFinished(TrainingResult result) { }
}
