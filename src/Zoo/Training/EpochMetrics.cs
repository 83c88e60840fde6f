namespace Zoo.Training;

/// <summary>What one epoch gave: training and evaluation loss and accuracy, mIoU for segmentation, and its cost.</summary>
public sealed record EpochMetrics
{
    /// <summary>The epoch, from 1.</summary>
    public int Epoch { get; init; }

    /// <summary>Global steps (batches) done at the end of the epoch.</summary>
    public int Step { get; init; }

    public double TrainLoss { get; init; }

    /// <summary>Top-1 (classification) or pixel (segmentation) accuracy on the training batches, as trained.</summary>
    public double TrainAccuracy { get; init; }

    public double EvalLoss { get; init; }
    public double EvalAccuracy { get; init; }

    /// <summary>Mean IoU on the evaluation set (segmentation only).</summary>
    public double? EvalMeanIoU { get; init; }

    /// <summary>The learning rate at the end of the epoch (of the weights' group).</summary>
    public double LearningRate { get; init; }

    /// <summary>Wall-clock seconds of the training part of the epoch.</summary>
    public double TrainSeconds { get; init; }

    /// <summary>Wall-clock seconds of the evaluation.</summary>
    public double EvalSeconds { get; init; }

    /// <summary>Training samples per second.</summary>
    public double SamplesPerSecond { get; init; }

    /// <summary>Seconds the training loop waited for data (prefetch keeps it near zero).</summary>
    public double DataWaitSeconds { get; init; }
}
