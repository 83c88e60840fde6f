namespace Zoo.Training;

/// <summary>How a training run ended, and its history.</summary>
public sealed record TrainingResult
{
    public required string ModelName { get; init; }
    public required long Parameters { get; init; }
    public required string Device { get; init; }
    public required IReadOnlyList<EpochMetrics> History { get; init; }

    /// <summary>Completed epochs.</summary>
    public int Epochs => History.Count;

    /// <summary>True when training stopped on request (Ctrl+C) before the last epoch; the checkpoint holds the position.</summary>
    public bool Interrupted { get; init; }

    /// <summary>The epoch training resumed from (0: a fresh start).</summary>
    public int ResumedFromEpoch { get; init; }

    /// <summary>The latest checkpoint written, if any.</summary>
    public string? Checkpoint { get; init; }

    public EpochMetrics? Final => History.Count > 0 ? History[^1] : null;

    /// <summary>The best evaluation accuracy over the epochs.</summary>
    public double BestEvalAccuracy => History.Count > 0 ? History.Max(h => h.EvalAccuracy) : double.NaN;
}
