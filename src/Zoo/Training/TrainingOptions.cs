using Zoo.Torch;

namespace Zoo.Training;

/// <summary>How one run is carried out (as opposed to the recipe, which says how the model is trained).</summary>
public sealed record TrainingOptions
{
    /// <summary>Where checkpoints go: <c>last.safetensors</c> after every epoch (and on interruption), <c>best.safetensors</c> at the best evaluation accuracy. Null: none.</summary>
    public string? CheckpointFolder { get; init; }

    /// <summary>Continue from <c>last.safetensors</c> in <see cref="CheckpointFolder"/> when there is one.</summary>
    public bool Resume { get; init; } = true;

    /// <summary>The device to train on; null: <c>torch.default_device()</c> (CUDA when available).</summary>
    public Device? Device { get; init; }

    /// <summary>Stops training after the current batch; the position is saved so a later run resumes exactly.</summary>
    public CancellationToken Cancellation { get; init; }

    public string? LastCheckpointPath => CheckpointFolder is null ? null : Path.Combine(CheckpointFolder, "last.safetensors");
    public string? BestCheckpointPath => CheckpointFolder is null ? null : Path.Combine(CheckpointFolder, "best.safetensors");
}
