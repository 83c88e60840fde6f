using System.CommandLine;
using Zoo.Data;
using Zoo.Training;

namespace Zoo.Cli.Options;

/// <summary>The training recipe's options: epochs, batch size, optimizer, learning rate and schedule, regularisation, seed.</summary>
public sealed class RecipeOptions
{
    public Option<int> Epochs { get; }
    public Option<int> BatchSize { get; }
    public Option<string> Optimizer { get; } = new Option<string>("--optimizer")
    {
        Description = "sgd (Nesterov momentum 0.9) or adamw.",
        HelpName = "name",
        DefaultValueFactory = _ => "sgd",
    }.AcceptOnlyFromAmong("sgd", "adamw");
    public Option<double?> LearningRate { get; } = new("--lr")
    {
        Description = "The peak learning rate (default: 0.1 for sgd, 0.001 for adamw).",
        HelpName = "rate",
    };
    public Option<double?> WeightDecay { get; } = new("--weight-decay")
    {
        Description = "Weight decay of kernels, not of biases and norms (default: 5e-4 for sgd, 0.05 for adamw).",
        HelpName = "decay",
    };
    public Option<double> Warmup { get; } = new Option<double>("--warmup")
    {
        Description = "Epochs of linear warm-up before the cosine decay (fractions allowed).",
        HelpName = "epochs",
        DefaultValueFactory = _ => 1,
    }.Within(0, double.PositiveInfinity);
    public Option<double> LabelSmoothing { get; } = new Option<double>("--label-smoothing")
    {
        Description = "Label smoothing of the cross entropy (0.1 is common).",
        HelpName = "epsilon",
        DefaultValueFactory = _ => 0,
    }.Within(0, 1);
    public Option<double?> Clip { get; } = new("--clip")
    {
        Description = "Clip the gradients' global norm to this value.",
        HelpName = "norm",
    };
    public Option<long> Seed { get; } = new("--seed")
    {
        Description = "Seeds initialisation, subsets, shuffling and augmentation (the same seed gives the same run on the CPU).",
        HelpName = "n",
        DefaultValueFactory = _ => 0,
    };
    public Option<bool> NoAugment { get; } = new("--no-augment")
    {
        Description = "Train without augmentation (default: the data set's usual random crops and flips).",
    };
    public Option<int?> MaxBatches { get; } = new Option<int?>("--max-batches")
    {
        Description = "Stop each training epoch after this many batches (quick trials).",
        HelpName = "n",
    }.AtLeast(1);

    public RecipeOptions(int defaultEpochs, int defaultBatchSize = 128)
    {
        Epochs = new Option<int>("--epochs")
        {
            Description = "Epochs to train.",
            HelpName = "n",
            DefaultValueFactory = _ => defaultEpochs,
        }.AtLeast(1);
        BatchSize = new Option<int>("--batch-size")
        {
            Description = "Images per training batch.",
            HelpName = "n",
            DefaultValueFactory = _ => defaultBatchSize,
        }.AtLeast(1);
        LearningRate.Validators.Add(r => Positive(r, LearningRate.Name));
        WeightDecay.Validators.Add(r =>
        {
            if (OptionChecks.Parsed(r.GetValueOrDefault<double?>, out var value) && value is { } v && !(v >= 0)) r.AddError($"{WeightDecay.Name} cannot be negative, got {v}");
        });
        Clip.Validators.Add(r => Positive(r, Clip.Name));
    }

    private static void Positive(System.CommandLine.Parsing.OptionResult result, string name)
    {
        if (OptionChecks.Parsed(result.GetValueOrDefault<double?>, out var value) && value is { } v && !(v > 0)) result.AddError($"{name} must be positive, got {v}");
    }

    public IEnumerable<Option> All => new Option[] { Epochs, BatchSize, Optimizer, LearningRate, WeightDecay, Warmup, LabelSmoothing, Clip, Seed, NoAugment, MaxBatches };

    public TrainingRecipe Read(ParseResult parsed, string dataset)
    {
        var optimizer = parsed.GetValue(Optimizer) == "adamw" ? OptimizerKind.AdamW : OptimizerKind.Sgd;
        return new TrainingRecipe
        {
            Epochs = parsed.GetValue(Epochs),
            BatchSize = parsed.GetValue(BatchSize),
            Optimizer = optimizer,
            LearningRate = parsed.GetValue(LearningRate) ?? (optimizer == OptimizerKind.Sgd ? 0.1 : 1e-3),
            WeightDecay = parsed.GetValue(WeightDecay) ?? (optimizer == OptimizerKind.Sgd ? 5e-4 : 0.05),
            WarmupEpochs = parsed.GetValue(Warmup),
            LabelSmoothing = parsed.GetValue(LabelSmoothing),
            GradientClipNorm = parsed.GetValue(Clip),
            Seed = parsed.GetValue(Seed),
            Augmentation = parsed.GetValue(NoAugment) ? Augmentation.None : DatasetCatalog.DefaultAugmentation(dataset),
            MaxBatchesPerEpoch = parsed.GetValue(MaxBatches),
        };
    }
}
