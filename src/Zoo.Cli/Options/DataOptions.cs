using System.CommandLine;
using System.CommandLine.Parsing;
using Zoo.Cli.Models;
using Zoo.Data;

namespace Zoo.Cli.Options;

/// <summary>Which data set, where its files are, and how much of it: the training and evaluation splits.</summary>
/// <remarks>
/// Subsets (and the synthetic data set) come from a fixed seed, not the training seed: runs with different seeds see
/// the same images, and <c>zoo eval</c> finds a run's evaluation images again from their count alone.
/// </remarks>
public sealed record DataChoice(string Name, string? Folder, int? TrainSize, int? EvalSize, int Downscale)
{
    /// <summary>The seed that picks subsets and generates the synthetic data set.</summary>
    public const long DataSeed = 0;

    /// <summary>
    /// Opens the splits (downloading Fashion-MNIST or CIFAR-10 into the cache when they are missing and no folder was
    /// given) and takes the requested random subsets, the same for every model of a comparison.
    /// </summary>
    public async Task<(Dataset train, Dataset eval)> OpenAsync(TextWriter log, CancellationToken cancellation)
    {
        var entry = DatasetCatalog.Find(Name);
        string? folder = Folder;
        if (folder is not null && !Directory.Exists(folder)) throw new UsageException($"the data folder '{folder}' does not exist");
        if (folder is null && entry.Downloadable)
        {
            var expected = DatasetCatalog.DefaultFolder(entry.Name);
            try
            {
                folder = await DatasetCatalog.EnsureAsync(entry.Name, expected, cancellation: cancellation).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException or IOException or InvalidDataException)
            {
                throw new UsageException($"{entry.Name} is not in '{expected}' and could not be downloaded ({e.Message}); give its folder with --data-dir");
            }
        }
        Dataset train, eval;
        try
        {
            (train, eval) = DatasetCatalog.Open(entry.Name, folder, Downscale, syntheticSize: TrainSize ?? 10_000, seed: DataSeed);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or InvalidDataException)
        {
            throw new UsageException($"cannot read {entry.Name}{(folder is null ? "" : $" from '{folder}'")}: {e.Message}");
        }
        train = Sample(train, TrainSize, DataSeed);
        eval = Sample(eval, EvalSize, DataSeed + 1);
        await log.WriteLineAsync($"data: {train} -> {eval}").ConfigureAwait(false);
        return (train, eval);
    }

    /// <summary>A seeded random subset of <paramref name="size"/> samples (all of them when null or larger).</summary>
    public static Dataset Sample(Dataset data, int? size, long seed)
    {
        if (size is not { } n || n >= data.Count) return data;
        var order = Enumerable.Range(0, data.Count).ToArray();
        new SeededRandom(seed).Shuffle(order.AsSpan());
        return data.Subset(order.Take(n).Order());
    }
}

/// <summary><c>--data</c>, <c>--data-dir</c>, <c>--train-size</c>, <c>--eval-size</c>, <c>--downscale</c>.</summary>
public sealed class DataOptions
{
    public Option<string?> Data { get; }
    public Option<string?> Folder { get; } = new("--data-dir")
    {
        Description = "The folder holding the data set's files (default: Fashion-MNIST from Debian's package; Fashion-MNIST and CIFAR-10 are downloaded to ~/.cache/zoo/datasets, or $ZOO_DATA, when missing).",
        HelpName = "folder",
    };
    public Option<int?> TrainSize { get; }
    public Option<int?> EvalSize { get; }
    public Option<int> Downscale { get; } = new Option<int>("--downscale")
    {
        Description = "Divides CamVid's 480x360 images by this factor (2: 240x180).",
        HelpName = "factor",
        DefaultValueFactory = _ => 1,
    }.AtLeast(1);

    /// <param name="defaultData">The data set when --data is not given (null: the command decides).</param>
    /// <param name="defaultTrainSize">The training subset's size when --train-size is not given (null: all).</param>
    /// <param name="defaultEvalSize">The evaluation subset's size when --eval-size is not given (null: all).</param>
    public DataOptions(string? defaultData = "fashion-mnist", int? defaultTrainSize = null, int? defaultEvalSize = null)
    {
        Data = new Option<string?>("--data")
        {
            Description = $"The data set: {string.Join(", ", DatasetCatalog.Entries.Select(e => e.Name))}" + (defaultData is null ? "." : $" (default: {defaultData})."),
            HelpName = "name",
        };
        if (defaultData is not null) Data.DefaultValueFactory = _ => defaultData;
        Data.Validators.Add(result =>
        {
            var name = result.GetValueOrDefault<string?>();
            if (name is not null && !DatasetCatalog.Entries.Any(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase)))
                result.AddError($"unknown data set '{name}'{ClosestNames.Hint(name, DatasetCatalog.Entries.Select(e => e.Name))}; known: {string.Join(", ", DatasetCatalog.Entries.Select(e => e.Name))}");
        });
        TrainSize = new Option<int?>("--train-size")
        {
            Description = "Train on a random subset of this many images (default: " + (defaultTrainSize is { } t ? $"{t:N0}" : "all") + ").",
            HelpName = "n",
            DefaultValueFactory = _ => defaultTrainSize,
        }.AtLeast(1);
        EvalSize = new Option<int?>("--eval-size")
        {
            Description = "Evaluate on a random subset of this many images (default: " + (defaultEvalSize is { } e ? $"{e:N0}" : "all") + ").",
            HelpName = "n",
            DefaultValueFactory = _ => defaultEvalSize,
        }.AtLeast(1);
    }

    public IEnumerable<Option> All => new Option[] { Data, Folder, TrainSize, EvalSize, Downscale };

    /// <summary>The data chosen; <paramref name="fallback"/> fills what the command line leaves out (<c>zoo eval</c> reads it from the run).</summary>
    public DataChoice Read(ParseResult parsed, DataChoice? fallback = null)
    {
        // A value typed wins; else the run's (even "all", null); else the option's default.
        bool Given(Option option) => parsed.GetResult(option) is { Implicit: false } || fallback is null;
        var name = DatasetCatalog.Find(parsed.GetValue(Data) ?? fallback?.Name ?? "fashion-mnist").Name;
        if (fallback is not null && fallback.Name != name) fallback = null; // another data set: nothing of the run's choice applies
        return new DataChoice(
            name,
            parsed.GetValue(Folder) ?? fallback?.Folder,
            Given(TrainSize) ? parsed.GetValue(TrainSize) : fallback!.TrainSize,
            Given(EvalSize) ? parsed.GetValue(EvalSize) : fallback!.EvalSize,
            Given(Downscale) ? parsed.GetValue(Downscale) : fallback!.Downscale);
    }
}
