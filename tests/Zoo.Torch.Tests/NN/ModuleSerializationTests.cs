namespace Zoo.Torch.Tests.NN;

/// <summary>Module.save / Module.load: a state_dict round trip through a safetensors file.</summary>
public class ModuleSerializationTests : IDisposable
{
    private readonly string folder = RepoPaths.NewTempFolder("zoo-nn-save");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static Modules.Sequential Net() => nn.Sequential(nn.Conv2d(2, 3, 3), nn.BatchNorm2d(3), nn.Flatten(), nn.Linear(12, 2));

    [Fact]
    public void Saved_state_loads_into_a_fresh_model_exactly_including_integer_buffers()
    {
        using var scope = NewDisposeScope();
        using var source = Net();
        source.call(TestData.Normal(1, 4, 2, 4, 4)); // a training step: running statistics and the batch counter move
        var path = Path.Combine(folder, "net.safetensors");
        Assert.Same(source, source.save(path));
        Assert.Equal(new[] { "net.safetensors" }, Directory.GetFiles(folder).Select(Path.GetFileName));

        using var target = Net();
        var (missing, unexpected) = target.load(path);
        Assert.Empty(missing);
        Assert.Empty(unexpected);
        var expected = source.state_dict();
        foreach (var (key, value) in target.state_dict())
        {
            Assert.Equal(expected[key].dtype, value.dtype);
            TensorAssert.Equal(expected[key], value, key);
        }
        Assert.Equal(1L, target.state_dict()["1.num_batches_tracked"].item<long>());
    }

    [Fact]
    public void Non_strict_load_reports_missing_and_unexpected_keys_and_loads_the_rest()
    {
        using var scope = NewDisposeScope();
        using var small = nn.Sequential(nn.Linear(3, 3));
        var path = Path.Combine(folder, "small.safetensors");
        small.save(path);

        using var bigger = nn.Sequential(("0", nn.Linear(3, 3)), ("head", nn.Linear(3, 1)));
        var error = Assert.Throws<ArgumentException>(() => bigger.load(path));
        Assert.Contains("\"head.weight\"", error.Message);

        var (missing, unexpected) = bigger.load(path, strict: false);
        Assert.Equal(new[] { "head.weight", "head.bias" }, missing);
        Assert.Empty(unexpected);
        TensorAssert.Equal(small.state_dict()["0.weight"], bigger.state_dict()["0.weight"]);

        using var other = nn.Sequential(nn.Linear(3, 3), nn.Linear(3, 3));
        other.save(path);
        using var one = nn.Sequential(nn.Linear(3, 3));
        (missing, unexpected) = one.load(path, strict: false);
        Assert.Empty(missing);
        Assert.Equal(new[] { "1.bias", "1.weight" }, unexpected.OrderBy(k => k));
    }

    [Fact]
    public void Saving_over_an_existing_file_replaces_it_whole()
    {
        using var scope = NewDisposeScope();
        var path = Path.Combine(folder, "model.safetensors");
        using (var first = nn.Linear(100, 100)) first.save(path);
        long before = new FileInfo(path).Length;
        using var second = nn.Linear(2, 2);
        second.save(path);
        Assert.True(new FileInfo(path).Length < before);
        Assert.Single(Directory.GetFiles(folder));
        using var third = nn.Linear(2, 2);
        third.load(path);
        TensorAssert.Equal(second.weight, third.weight);
    }
}
