using System.Text.Json;
using Zoo.IO;

namespace Zoo.Cli.Runs;

/// <summary>
/// <c>model.json</c> beside a run's checkpoints: how to rebuild the model (its full text, data-derived
/// hyperparameters included) and what it was trained on and how, so <c>zoo eval</c> needs only the checkpoint, and a
/// run resumed in the same folder is checked to be the same run.
/// </summary>
public sealed record RunManifest
{
    public const string FileName = "model.json";

    /// <summary>The model's text: <c>resnet20(in_channels: 1, num_classes: 10)</c>.</summary>
    public required string Model { get; init; }

    /// <summary>The data set's name (<c>fashion-mnist</c>).</summary>
    public required string Data { get; init; }

    /// <summary>The folder the data was read from, when one was given.</summary>
    public string? DataFolder { get; init; }

    /// <summary>CamVid's downscale factor.</summary>
    public int Downscale { get; init; } = 1;

    /// <summary>The sizes of the random subsets trained and evaluated on (null: the whole split).</summary>
    public int? TrainSize { get; init; }
    public int? EvalSize { get; init; }

    /// <summary>The training and evaluation splits as reports name them (<c>fashion-mnist/train[10000]</c>).</summary>
    public required string TrainData { get; init; }
    public required string EvalData { get; init; }

    /// <summary>The recipe, described (<see cref="Zoo.Training.TrainingRecipe.Describe"/>).</summary>
    public required string Recipe { get; init; }

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The data as the run chose it, for <c>zoo eval</c> to read the same images.</summary>
    public Options.DataChoice DataChoice => new(Data, DataFolder, TrainSize, EvalSize, Downscale);

    public static string PathIn(string folder) => System.IO.Path.Combine(folder, FileName);

    public void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        AtomicFile.WriteAllText(PathIn(folder), JsonSerializer.Serialize(this, Json) + "\n");
    }

    /// <summary>The manifest in <paramref name="folder"/>, or null when there is none.</summary>
    public static RunManifest? TryRead(string folder)
    {
        var path = PathIn(folder);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<RunManifest>(File.ReadAllText(path), Json) ?? throw new JsonException("empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"'{path}' is not a run manifest: {e.Message}", e);
        }
    }

    /// <summary>
    /// Refuses to continue, in a folder that holds checkpoints of another run, with different settings: resuming
    /// would mix two runs. Says what differs and how to start afresh.
    /// </summary>
    public void RequireSameRunAs(RunManifest? existing, string folder)
    {
        if (existing is null) return;
        var differences = new List<string>();
        void Compare(string what, string? was, string? now)
        {
            if (!string.Equals(was, now, StringComparison.Ordinal)) differences.Add($"{what} was '{was}', now '{now}'");
        }
        Compare("the model", existing.Model, Model);
        Compare("the training data", existing.TrainData, TrainData);
        Compare("the evaluation data", existing.EvalData, EvalData);
        Compare("the recipe", existing.Recipe, Recipe);
        if (differences.Count > 0)
            throw new UsageException($"'{folder}' holds checkpoints of another run ({differences[0]}); give another --out, or --restart to train afresh there");
    }
}
