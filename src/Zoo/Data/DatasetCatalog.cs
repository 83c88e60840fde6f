using Zoo.Data.Downloads;

namespace Zoo.Data;

/// <summary>A data set Zoo knows by name: how to open its splits, where it lives by default, its usual augmentation.</summary>
public sealed record DatasetEntry(string Name, string Description, TaskKind Task, bool Downloadable);

/// <summary>
/// The data sets by name, for command lines and notebooks: <c>fashion-mnist</c>, <c>mnist</c>, <c>cifar10</c>,
/// <c>camvid</c> and <c>matching-marks</c> (synthetic, needs no files).
/// </summary>
public static class DatasetCatalog
{
    public static readonly IReadOnlyList<DatasetEntry> Entries = new[]
    {
        new DatasetEntry("fashion-mnist", "Zalando's 28x28 grey clothing images, 10 classes, 60,000 + 10,000 (Debian package dataset-fashion-mnist, or downloaded)", TaskKind.Classification, true),
        new DatasetEntry("mnist", "28x28 grey handwritten digits, 10 classes, 60,000 + 10,000 (IDX files in a folder)", TaskKind.Classification, false),
        new DatasetEntry("cifar10", "32x32 colour images, 10 classes, 50,000 + 10,000 (binary version, downloaded or in a folder)", TaskKind.Classification, true),
        new DatasetEntry("camvid", "480x360 street scenes, 11 classes per pixel plus void (SegNet layout in a folder)", TaskKind.Segmentation, false),
        new DatasetEntry("matching-marks", "synthetic 32x32: are two distant marks the same glyph? Needs long-range context; generated in memory", TaskKind.Classification, false),
    };

    /// <summary>The folder downloads go to by default: <c>$ZOO_DATA</c>, else <c>~/.cache/zoo/datasets</c>.</summary>
    public static string CacheFolder =>
        Environment.GetEnvironmentVariable("ZOO_DATA") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "zoo", "datasets");

    public static DatasetEntry Find(string name) =>
        Entries.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown data set '{name}'. Known: {string.Join(", ", Entries.Select(e => e.Name))}.", nameof(name));

    /// <summary>The folder a data set is read from when none is given.</summary>
    public static string DefaultFolder(string name) => Find(name).Name switch
    {
        "fashion-mnist" when File.Exists(Path.Combine(MnistDataset.DebianFashionMnistFolder, "train-images-idx3-ubyte.gz")) => MnistDataset.DebianFashionMnistFolder,
        var n => Path.Combine(CacheFolder, n),
    };

    /// <summary>
    /// The training split and the evaluation split (test, or validation for CamVid) of a data set, read from
    /// <paramref name="folder"/> (default: <see cref="DefaultFolder"/>). <paramref name="downscale"/> reduces CamVid's
    /// images; <paramref name="syntheticSize"/> sets how many training images the synthetic set has (a fifth for evaluation).
    /// </summary>
    public static (Dataset train, Dataset eval) Open(string name, string? folder = null, int downscale = 1, int syntheticSize = 10_000, long seed = 0)
    {
        var entry = Find(name);
        folder ??= DefaultFolder(entry.Name);
        return entry.Name switch
        {
            "fashion-mnist" => (MnistDataset.FashionMnist(Split.Train, folder), MnistDataset.FashionMnist(Split.Test, folder)),
            "mnist" => (MnistDataset.Mnist(folder, Split.Train), MnistDataset.Mnist(folder, Split.Test)),
            "cifar10" => (Cifar10Dataset.Load(folder, Split.Train), Cifar10Dataset.Load(folder, Split.Test)),
            "camvid" => (CamVidDataset.Load(folder, Split.Train, downscale, cache: true), CamVidDataset.Load(folder, Split.Validation, downscale, cache: true)),
            _ => (new MatchingMarksDataset(Split.Train, syntheticSize, seed), new MatchingMarksDataset(Split.Test, Math.Max(1, syntheticSize / 5), seed)),
        };
    }

    /// <summary>The augmentation usually used to train on a data set (random crops with padding; flips where they keep the class).</summary>
    public static Augmentation DefaultAugmentation(string name) => Find(name).Name switch
    {
        "fashion-mnist" => Augmentation.CropAndFlip(padding: 2),
        "mnist" => new Augmentation { Padding = 2 }, // a mirrored digit is another digit, or none
        "cifar10" => Augmentation.CropAndFlip(padding: 4),
        "camvid" => new Augmentation { HorizontalFlip = true },
        _ => Augmentation.CropAndFlip(padding: 2),
    };

    /// <summary>Downloads a data set into <paramref name="folder"/> (default: its default folder) unless it is there; returns the folder to open.</summary>
    public static async Task<string> EnsureAsync(string name, string? folder = null, Downloader? downloader = null, CancellationToken cancellation = default)
    {
        var entry = Find(name);
        folder ??= DefaultFolder(entry.Name);
        switch (entry.Name)
        {
            case "fashion-mnist":
                if (MnistDataset.FileNames.All(f => File.Exists(Path.Combine(folder, f)))) return folder;
                return await DatasetDownloads.FashionMnistAsync(folder, downloader, cancellation: cancellation).ConfigureAwait(false);
            case "cifar10":
                if (Directory.Exists(folder) && (Directory.GetFiles(folder, "*.bin").Length > 0 || Directory.Exists(Path.Combine(folder, "cifar-10-batches-bin")))) return folder;
                await DatasetDownloads.Cifar10Async(folder, downloader, cancellation: cancellation).ConfigureAwait(false);
                return folder;
            case "matching-marks":
                return folder;
            default:
                if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"{entry.Name} is not downloadable: put its files in '{folder}' or give their folder.");
                return folder;
        }
    }
}
