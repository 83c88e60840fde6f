namespace Zoo.Data;

/// <summary>
/// MNIST-format data sets (MNIST, Fashion-MNIST): 28x28 grey images and labels in four IDX files,
/// <c>train-images-idx3-ubyte.gz</c>, <c>train-labels-idx1-ubyte.gz</c>, <c>t10k-images-idx3-ubyte.gz</c> and
/// <c>t10k-labels-idx1-ubyte.gz</c> (gzip'd as published, or already unpacked without the .gz).
/// </summary>
public sealed class MnistDataset : Dataset
{
    private readonly byte[] images;
    private readonly byte[] labels;
    private readonly ChannelStats normalization;

    private MnistDataset(string name, byte[] images, byte[] labels, ImageShape shape, IReadOnlyList<string> classes, ChannelStats normalization)
    {
        Name = name;
        this.images = images;
        this.labels = labels;
        Shape = shape;
        ClassNames = classes;
        this.normalization = normalization;
    }

    public override string Name { get; }
    public override int Count => labels.Length;
    public override ImageShape Shape { get; }
    public override TaskKind Task => TaskKind.Classification;
    public override IReadOnlyList<string> ClassNames { get; }
    public override ChannelStats Normalization => normalization;

    public override int Read(int index, Span<byte> image, Span<byte> mask)
    {
        CheckIndex(index);
        images.AsSpan(index * Shape.Pixels, Shape.Pixels).CopyTo(image);
        return labels[index];
    }

    /// <summary>The label of every sample (a copy).</summary>
    public byte[] Labels => (byte[])labels.Clone();

    /// <summary>Fashion-MNIST's ten classes, by label.</summary>
    public static readonly IReadOnlyList<string> FashionClasses =
        new[] { "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot" };

    /// <summary>MNIST's ten classes, by label.</summary>
    public static readonly IReadOnlyList<string> DigitClasses = Enumerable.Range(0, 10).Select(d => d.ToString()).ToArray();

    /// <summary>Where Debian's <c>dataset-fashion-mnist</c> package installs the files.</summary>
    public const string DebianFashionMnistFolder = "/usr/share/datasets/fashion-mnist";

    /// <summary>Fashion-MNIST's pixel statistics over its 60,000 training images.</summary>
    public static readonly ChannelStats FashionStats = new(new[] { 0.2860f }, new[] { 0.3530f });

    /// <summary>MNIST's pixel statistics over its 60,000 training images.</summary>
    public static readonly ChannelStats DigitStats = new(new[] { 0.1307f }, new[] { 0.3081f });

    /// <summary>Fashion-MNIST from <paramref name="folder"/> (default: Debian's package folder).</summary>
    public static MnistDataset FashionMnist(Split split, string? folder = null) =>
        Load(folder ?? DebianFashionMnistFolder, split, "fashion-mnist", FashionClasses, FashionStats);

    /// <summary>MNIST from <paramref name="folder"/>.</summary>
    public static MnistDataset Mnist(string folder, Split split) => Load(folder, split, "mnist", DigitClasses, DigitStats);

    /// <summary>The four file names of an MNIST-format data set, as published.</summary>
    public static readonly IReadOnlyList<string> FileNames = new[]
    {
        "train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz",
    };

    /// <summary>Loads one split of an MNIST-format data set from the IDX files in <paramref name="folder"/>.</summary>
    public static MnistDataset Load(string folder, Split split, string name, IReadOnlyList<string> classes, ChannelStats normalization)
    {
        if (split == Split.Validation)
            throw new ArgumentException($"{name} has a training and a test split, no validation split (hold out part of the training set).", nameof(split));
        string prefix = split == Split.Train ? "train" : "t10k";
        var imagePath = Find(folder, $"{prefix}-images-idx3-ubyte", name);
        var labelPath = Find(folder, $"{prefix}-labels-idx1-ubyte", name);
        var (imageDims, images) = IdxFile.Read(imagePath);
        var (labelDims, labels) = IdxFile.Read(labelPath);
        if (imageDims.Length != 3) throw new InvalidDataException($"'{imagePath}' should hold N x height x width images; it has {imageDims.Length} dimensions.");
        if (labelDims.Length != 1) throw new InvalidDataException($"'{labelPath}' should hold N labels; it has {labelDims.Length} dimensions.");
        if (imageDims[0] != labelDims[0])
            throw new InvalidDataException($"'{imagePath}' holds {imageDims[0]} images but '{labelPath}' {labelDims[0]} labels.");
        foreach (var label in labels)
            if (label >= classes.Count) throw new InvalidDataException($"'{labelPath}' holds label {label}; {name} has {classes.Count} classes.");
        return new MnistDataset($"{name}/{(split == Split.Train ? "train" : "test")}", images, labels,
            new ImageShape(1, imageDims[1], imageDims[2]), classes, normalization);
    }

    private static string Find(string folder, string stem, string name)
    {
        foreach (var candidate in new[] { stem + ".gz", stem })
        {
            var path = Path.Combine(folder, candidate);
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException(
            $"{name}: '{stem}.gz' is not in '{folder}'." +
            (name == "fashion-mnist" ? " Install Debian's dataset-fashion-mnist package or download it (DatasetDownloads.FashionMnist)." : ""),
            Path.Combine(folder, stem + ".gz"));
    }
}
