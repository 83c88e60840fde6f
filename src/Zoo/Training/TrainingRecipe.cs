using System.Text.Json.Serialization;
using Zoo.Data;

namespace Zoo.Training;

/// <summary>The optimizers a recipe can use.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OptimizerKind>))]
public enum OptimizerKind
{
    /// <summary>SGD with (Nesterov) momentum and L2 weight decay: the classic recipe for ResNets on small images.</summary>
    Sgd,

    /// <summary>AdamW, with decoupled weight decay.</summary>
    AdamW,
}

/// <summary>
/// Everything that decides how a model is trained, so several models can be trained the same way and the run can
/// be described in a report and restored from a checkpoint: epochs, batch size, optimizer, learning-rate schedule
/// (linear warm-up then cosine decay, stepped every batch), weight decay (never on biases and normalisation
/// parameters), label smoothing, augmentation, seed.
/// </summary>
public sealed record TrainingRecipe
{
    public int Epochs { get; init; } = 10;
    public int BatchSize { get; init; } = 128;

    /// <summary>The batch size for evaluation (default: the training batch size).</summary>
    public int? EvalBatchSize { get; init; }

    public OptimizerKind Optimizer { get; init; } = OptimizerKind.Sgd;

    /// <summary>The peak learning rate, reached at the end of warm-up.</summary>
    public double LearningRate { get; init; } = 0.1;

    /// <summary>SGD's momentum.</summary>
    public double Momentum { get; init; } = 0.9;

    /// <summary>SGD with Nesterov momentum.</summary>
    public bool Nesterov { get; init; } = true;

    /// <summary>AdamW's betas.</summary>
    public double Beta1 { get; init; } = 0.9;
    public double Beta2 { get; init; } = 0.999;

    /// <summary>Weight decay of weights (convolution and linear kernels); biases and norm parameters get none.</summary>
    public double WeightDecay { get; init; } = 5e-4;

    /// <summary>Epochs of linear warm-up from <see cref="WarmupStartFactor"/> x the peak rate (fractions allowed).</summary>
    public double WarmupEpochs { get; init; } = 1;

    /// <summary>The fraction of the peak rate warm-up starts from.</summary>
    public double WarmupStartFactor { get; init; } = 0.01;

    /// <summary>The fraction of the peak rate the cosine decays to at the end.</summary>
    public double FinalLearningRateFactor { get; init; }

    /// <summary>Mixes each target with the uniform distribution (0: none; 0.1 is common).</summary>
    public double LabelSmoothing { get; init; }

    /// <summary>Gradients whose global norm exceeds this are scaled down to it (null: no clipping).</summary>
    public double? GradientClipNorm { get; init; }

    /// <summary>Seeds parameter initialisation (through the caller), shuffling, augmentation and dropout.</summary>
    public long Seed { get; init; }

    /// <summary>Training-set augmentation.</summary>
    [JsonIgnore]
    public Augmentation Augmentation { get; init; } = Augmentation.None;

    /// <summary>Batches prepared ahead by the loader's producer thread.</summary>
    public int Prefetch { get; init; } = 2;

    /// <summary>Threads preparing the samples of one batch.</summary>
    public int LoaderWorkers { get; init; } = 1;

    /// <summary>Stops each training epoch after this many batches (quick trials); null: whole epochs.</summary>
    public int? MaxBatchesPerEpoch { get; init; }

    /// <summary>Checks the arguments; throws naming the first wrong one.</summary>
    public void Validate()
    {
        if (Epochs < 1) throw new ArgumentOutOfRangeException(nameof(Epochs), Epochs, "at least one epoch");
        if (BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "at least one sample per batch");
        if (EvalBatchSize is < 1) throw new ArgumentOutOfRangeException(nameof(EvalBatchSize), EvalBatchSize, "at least one sample per batch");
        if (!(LearningRate > 0)) throw new ArgumentOutOfRangeException(nameof(LearningRate), LearningRate, "must be positive");
        if (!(WeightDecay >= 0)) throw new ArgumentOutOfRangeException(nameof(WeightDecay), WeightDecay, "cannot be negative");
        if (!(WarmupEpochs >= 0)) throw new ArgumentOutOfRangeException(nameof(WarmupEpochs), WarmupEpochs, "cannot be negative");
        if (!(WarmupStartFactor > 0 && WarmupStartFactor <= 1)) throw new ArgumentOutOfRangeException(nameof(WarmupStartFactor), WarmupStartFactor, "in (0, 1]");
        if (!(FinalLearningRateFactor >= 0 && FinalLearningRateFactor <= 1)) throw new ArgumentOutOfRangeException(nameof(FinalLearningRateFactor), FinalLearningRateFactor, "in [0, 1]");
        if (!(LabelSmoothing >= 0 && LabelSmoothing < 1)) throw new ArgumentOutOfRangeException(nameof(LabelSmoothing), LabelSmoothing, "in [0, 1)");
        if (GradientClipNorm is { } clip && !(clip > 0)) throw new ArgumentOutOfRangeException(nameof(GradientClipNorm), clip, "must be positive");
        if (MaxBatchesPerEpoch is < 1) throw new ArgumentOutOfRangeException(nameof(MaxBatchesPerEpoch), MaxBatchesPerEpoch, "at least one batch");
        if (Prefetch < 0) throw new ArgumentOutOfRangeException(nameof(Prefetch), Prefetch, "cannot be negative");
        if (LoaderWorkers < 1) throw new ArgumentOutOfRangeException(nameof(LoaderWorkers), LoaderWorkers, "at least one");
    }

    /// <summary>One line for reports and logs.</summary>
    public string Describe()
    {
        var ic = System.Globalization.CultureInfo.InvariantCulture;
        var optimizer = Optimizer == OptimizerKind.Sgd
            ? $"SGD (momentum {Momentum.ToString(ic)}{(Nesterov ? ", Nesterov" : "")})"
            : $"AdamW (betas {Beta1.ToString(ic)}, {Beta2.ToString(ic)})";
        return FormattableString.Invariant($"{Epochs} epochs, batch {BatchSize}, {optimizer}, lr {LearningRate} with {WarmupEpochs} warm-up epoch(s) then cosine, ") +
            FormattableString.Invariant($"weight decay {WeightDecay} (not on norms and biases), label smoothing {LabelSmoothing}, augmentation: {Augmentation}, seed {Seed}") +
            (MaxBatchesPerEpoch is { } m ? FormattableString.Invariant($", at most {m} batches per epoch") : "");
    }
}
