namespace Zoo.Tests.Data;

/// <summary>Where the real data sets are on this machine (null when absent).</summary>
public static class TestData
{
    public static string? FashionMnist =>
        File.Exists(Path.Combine(Zoo.Data.MnistDataset.DebianFashionMnistFolder, "train-images-idx3-ubyte.gz")) ? Zoo.Data.MnistDataset.DebianFashionMnistFolder : null;

    public static string? Cifar10Subset => Shared("cifar10-subset");

    public static string? CamVidSubset => Shared("camvid-subset");

    private static string? Shared(string name) =>
        RepoPaths.SharedDatasets is { } root && Directory.Exists(Path.Combine(root, name)) ? Path.Combine(root, name) : null;

    /// <summary>The reason a test of <paramref name="dataset"/> cannot run here, or null when it can.</summary>
    public static string? Missing(string dataset) => dataset switch
    {
        "fashion-mnist" => FashionMnist is null ? $"Fashion-MNIST is not installed ({Zoo.Data.MnistDataset.DebianFashionMnistFolder}; apt-get install dataset-fashion-mnist)" : null,
        "cifar10-subset" => Cifar10Subset is null ? "the CIFAR-10 subset is not on this machine (../shared/datasets/cifar10-subset)" : null,
        "camvid-subset" => CamVidSubset is null ? "the CamVid subset is not on this machine (../shared/datasets/camvid-subset)" : null,
        _ => throw new ArgumentException($"unknown data set '{dataset}'"),
    };
}

/// <summary>A fact that is reported as skipped, with the reason, when the real data set it reads is not installed.</summary>
public sealed class DataFactAttribute : FactAttribute
{
    public DataFactAttribute(string dataset)
    {
        if (TestData.Missing(dataset) is { } reason) Skip = reason;
    }
}
