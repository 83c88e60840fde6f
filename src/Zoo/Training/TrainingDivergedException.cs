namespace Zoo.Training;

/// <summary>The loss became NaN or infinite: training stopped, and the last good checkpoint (if any) was kept.</summary>
public sealed class TrainingDivergedException : Exception
{
    public TrainingDivergedException(string message, int epoch, int step, double loss, string? lastGoodCheckpoint) : base(message)
    {
        Epoch = epoch;
        Step = step;
        Loss = loss;
        LastGoodCheckpoint = lastGoodCheckpoint;
    }

    /// <summary>The epoch (from 1) of the step that diverged.</summary>
    public int Epoch { get; }

    /// <summary>The global step (batches since the start, from 1) whose loss was not finite.</summary>
    public int Step { get; }

    public double Loss { get; }

    /// <summary>The checkpoint of the last completed epoch, or null when none was written.</summary>
    public string? LastGoodCheckpoint { get; }
}
