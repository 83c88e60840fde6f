using Zoo.Training;

namespace Zoo.Reports;

/// <summary>One model's run in a comparison: its size and its per-epoch metrics.</summary>
public sealed record ModelRun
{
    public required string Name { get; init; }
    public required long Parameters { get; init; }

    /// <summary>Multiply-accumulates of one forward pass on one image (see <see cref="ModelCost"/>), when measured.</summary>
    public long? MacsPerImage { get; init; }

    public required IReadOnlyList<EpochMetrics> History { get; init; }

    /// <summary>True when training stopped (Ctrl+C) before the recipe's last epoch.</summary>
    public bool Interrupted { get; init; }

    /// <summary>The run's last checkpoint, if one was written.</summary>
    public string? Checkpoint { get; init; }

    /// <summary>Why training failed (the loss diverged), or null; the history then ends at the last good epoch.</summary>
    public string? Failure { get; init; }

    /// <summary>"finished", "interrupted" or "failed".</summary>
    public string Status => Failure is not null ? "failed" : Interrupted ? "interrupted" : "finished";

    public double FinalAccuracy => History.Count > 0 ? History[^1].EvalAccuracy : double.NaN;
    public double BestAccuracy => History.Count > 0 ? History.Max(h => h.EvalAccuracy) : double.NaN;
    public double? FinalMeanIoU => History.Count > 0 ? History[^1].EvalMeanIoU : null;
    public double? BestMeanIoU => History.Count > 0 && History[0].EvalMeanIoU is not null ? History.Max(h => h.EvalMeanIoU ?? double.NaN) : null;

    /// <summary>Mean training seconds per epoch (evaluation excluded).</summary>
    public double SecondsPerEpoch => History.Count > 0 ? History.Average(h => h.TrainSeconds) : double.NaN;

    /// <summary>Mean training throughput, samples per second.</summary>
    public double SamplesPerSecond => History.Count > 0 ? History.Average(h => h.SamplesPerSecond) : double.NaN;

    /// <summary>Total seconds of training and evaluation.</summary>
    public double TotalSeconds => History.Sum(h => h.TrainSeconds + h.EvalSeconds);
}

/// <summary>Several models trained under one recipe on the same data: what a comparison report shows.</summary>
public sealed record ComparisonResult
{
    public required string Title { get; init; }

    /// <summary>The recipe, described for people.</summary>
    public required string Recipe { get; init; }

    public required string TrainData { get; init; }
    public required string EvalData { get; init; }
    public required string Device { get; init; }
    public required int Threads { get; init; }

    /// <summary>True for segmentation (accuracy is pixel accuracy, and mIoU is reported).</summary>
    public bool Segmentation { get; init; }

    public required IReadOnlyList<ModelRun> Models { get; init; }
}
