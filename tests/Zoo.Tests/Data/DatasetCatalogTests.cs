using Zoo.Data;

namespace Zoo.Tests.Data;

public class DatasetCatalogTests
{
    [Fact]
    public void Names_open_their_splits_and_unknown_names_list_the_known_ones()
    {
        var (train, eval) = DatasetCatalog.Open("matching-marks", syntheticSize: 500, seed: 2);
        Assert.Equal((500, 100), (train.Count, eval.Count));
        Assert.Equal(TaskKind.Classification, DatasetCatalog.Find("FASHION-MNIST").Task);
        var e = Assert.Throws<ArgumentException>(() => DatasetCatalog.Open("imagenet"));
        Assert.Contains("Known: fashion-mnist, mnist, cifar10, camvid, matching-marks", e.Message);
        Assert.False(DatasetCatalog.DefaultAugmentation("mnist").HorizontalFlip);
        Assert.Equal(4, DatasetCatalog.DefaultAugmentation("cifar10").Padding);
    }

    [DataFact("cifar10-subset")]
    public async Task A_folder_with_the_files_is_used_as_it_is()
    {
        var folder = await DatasetCatalog.EnsureAsync("cifar10", TestData.Cifar10Subset);
        var (train, eval) = DatasetCatalog.Open("cifar10", folder);
        Assert.Equal((4000, 1000), (train.Count, eval.Count));
    }

    [DataFact("fashion-mnist")]
    public async Task Fashion_mnist_is_found_in_the_debian_package_folder()
    {
        Assert.Equal(MnistDataset.DebianFashionMnistFolder, DatasetCatalog.DefaultFolder("fashion-mnist"));
        Assert.Equal(MnistDataset.DebianFashionMnistFolder, await DatasetCatalog.EnsureAsync("fashion-mnist"));
    }
}
