using Zoo.Data;
using Zoo.Plotting;
using Zoo.Reports;
using Zoo.Torch;
using Zoo.Training.Progress;
using static Zoo.Torch.torch;

namespace Zoo.Training;

/// <summary>A model to compare: its name and how to build it (called once, after seeding, so every model starts the same way).</summary>
public sealed record ModelCandidate(string Name, Func<nn.Module<Tensor, Tensor>> Create);

/// <summary>
/// Trains several models under one recipe on the same data, one after the other, and writes one report comparing
/// their accuracy and cost (see <see cref="ComparisonReport"/>). Each model gets its own checkpoint folder, so an
/// interrupted comparison (Ctrl+C) resumes where it stopped and finished models are not trained again. The report is
/// rewritten after each model, so partial results are there to look at during a long comparison.
/// </summary>
public sealed class Comparison
{
    private readonly ITrainingProgress progress;

    public Comparison(TrainingRecipe recipe, Dataset train, Dataset eval, string outputFolder, ITrainingProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        recipe.Validate();
        Recipe = recipe;
        Train = train ?? throw new ArgumentNullException(nameof(train));
        Eval = eval ?? throw new ArgumentNullException(nameof(eval));
        OutputFolder = outputFolder;
        this.progress = progress ?? NullTrainingProgress.Instance;
    }

    public TrainingRecipe Recipe { get; }
    public Dataset Train { get; }
    public Dataset Eval { get; }
    public string OutputFolder { get; }

    /// <summary>The report's title.</summary>
    public string Title { get; init; } = "Model comparison";

    /// <summary>The device to train on (null: CUDA when available, else the CPU).</summary>
    public Device? Device { get; init; }

    /// <summary>Continue from checkpoints in the output folder.</summary>
    public bool Resume { get; init; } = true;

    /// <summary>Render PNG images of the charts (when Chromium is installed).</summary>
    public bool Images { get; init; } = true;

    /// <summary>The renderer for the images (null: found on the machine).</summary>
    public HeadlessChromium? Chromium { get; init; }

    /// <summary>How the HTML report loads plotly.js (null: embedded).</summary>
    public PlotlyScript? Script { get; init; }

    /// <summary>Where model <paramref name="name"/>'s checkpoints go.</summary>
    public string CheckpointFolder(string name) =>
        Path.Combine(OutputFolder, "checkpoints", string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')));

    /// <summary>Trains every model and writes the report; returns the results and the report's files.</summary>
    public async Task<(ComparisonResult result, ReportFiles report)> RunAsync(IReadOnlyList<ModelCandidate> models, CancellationToken cancellation = default)
    {
        if (models.Count == 0) throw new ArgumentException("Nothing to compare: no model given.", nameof(models));
        var duplicate = models.GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"The model name '{duplicate.Key}' is given twice.", nameof(models));

        var device = Device ?? default_device();
        var runs = new List<ModelRun>();
        ReportFiles? report = null;
        for (int i = 0; i < models.Count; i++)
        {
            var candidate = models[i];
            if (cancellation.IsCancellationRequested) break;
            var run = TrainOne(candidate, device, cancellation);
            runs.Add(run);
            // Charts are rendered once, with the last model; the tables and the page are rewritten after each.
            bool last = i == models.Count - 1 || run.Interrupted;
            report = await ComparisonReport.WriteAsync(Result(device, runs), OutputFolder, Chromium, Images && last && !run.Interrupted, Script, CancellationToken.None).ConfigureAwait(false);
            if (run.Interrupted) break;
        }
        if (report is null) throw new OperationCanceledException("The comparison was cancelled before any model was trained.");
        var final = Result(device, runs);
        progress.Message($"Report: {report.Html}" + (report.ImagesSkipped is { } why ? $" ({why})" : $" and {report.Images.Count} PNG image(s)"));
        return (final, report);
    }

    // A model whose loss diverges is a result too: it is reported with the epochs it completed, and the others still run.
    private ModelRun TrainOne(ModelCandidate candidate, Device device, CancellationToken cancellation)
    {
        manual_seed(Recipe.Seed);
        using var model = candidate.Create();
        long macs = ModelCost.MacsPerImage(model, Train.Shape);
        var options = new TrainingOptions
        {
            CheckpointFolder = CheckpointFolder(candidate.Name),
            Resume = Resume,
            Device = device,
            Cancellation = cancellation,
        };
        try
        {
            var trained = new Trainer(Recipe, progress).Fit(candidate.Name, model, Train, Eval, options);
            return new ModelRun
            {
                Name = candidate.Name,
                Parameters = trained.Parameters,
                MacsPerImage = macs,
                History = trained.History,
                Interrupted = trained.Interrupted,
                Checkpoint = trained.Checkpoint,
            };
        }
        catch (TrainingDivergedException e)
        {
            progress.Message(e.Message);
            return new ModelRun
            {
                Name = candidate.Name,
                Parameters = model.parameters().Sum(p => p.numel()),
                MacsPerImage = macs,
                History = e.LastGoodCheckpoint is { } good ? Checkpoint.ReadInfo(good).History : Array.Empty<EpochMetrics>(),
                Checkpoint = e.LastGoodCheckpoint,
                Failure = e.Message,
            };
        }
    }

    private ComparisonResult Result(Device device, List<ModelRun> runs) => new()
    {
        Title = Title,
        Recipe = Recipe.Describe(),
        TrainData = $"{Train.Name} ({Train.Count} images)",
        EvalData = $"{Eval.Name} ({Eval.Count} images)",
        Device = device.ToString(),
        Threads = get_num_threads(),
        Segmentation = Train.Task == TaskKind.Segmentation,
        Models = runs.ToArray(),
    };
}
