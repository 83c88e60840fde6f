using System.Buffers.Binary;
using System.Text;

namespace Zoo.Torch.Tests.Errors;

/// <summary>
/// Mistakes with layers and their files end in a managed exception a person can act on (naming what was expected
/// and what was given), never in a crash: after each one the process goes on computing.
/// </summary>
public class NNErrorTests : IDisposable
{
    private readonly string folder = RepoPaths.NewTempFolder("zoo-nn-errors");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>libtorch still computes after the error.</summary>
    private static void StillAlive()
    {
        using var scope = NewDisposeScope();
        var y = nn.functional.conv2d(ones(1, 1, 3, 3), ones(1, 1, 3, 3));
        Assert.Equal(9f, y.item<float>());
    }

    [Fact]
    public void Conv2d_with_the_wrong_number_of_input_channels()
    {
        using var scope = NewDisposeScope();
        var e = Assert.Throws<TorchException>(() => nn.functional.conv2d(ones(2, 5, 8, 8), ones(4, 3, 3, 3)));
        Assert.Contains("expected input[2, 5, 8, 8] to have 3 channels, but got 5 channels instead", e.Message);

        using var conv = nn.Conv2d(3, 4, 3);
        var layer = Assert.Throws<ArgumentException>(() => conv.call(ones(2, 5, 8, 8)));
        Assert.Contains("Conv2d(3, 4, kernel_size=(3, 3), stride=(1, 1)): expected input [N, 3, H, W] or [3, H, W], got [2, 5, 8, 8]", layer.Message);
        StillAlive();
    }

    [Fact]
    public void Conv2d_with_the_wrong_rank()
    {
        using var scope = NewDisposeScope();
        var e = Assert.Throws<TorchException>(() => nn.functional.conv2d(ones(3, 8), ones(4, 3, 3, 3)));
        Assert.Contains("Expected 3D (unbatched) or 4D (batched) input to conv2d", e.Message);

        using var conv = nn.Conv2d(3, 4, 3);
        Assert.Contains("got [1, 1, 3, 8, 8]", Assert.Throws<ArgumentException>(() => conv.call(ones(1, 1, 3, 8, 8))).Message);
        StillAlive();
    }

    [Fact]
    public void Conv2d_with_a_kernel_larger_than_the_padded_input()
    {
        using var scope = NewDisposeScope();
        using var conv = nn.Conv2d(1, 1, 5, padding: 1);
        var e = Assert.Throws<TorchException>(() => conv.call(ones(1, 1, 2, 2)));
        Assert.Contains("Kernel size can't be greater than actual input size", e.Message);
        StillAlive();
    }

    [Fact]
    public void Linear_with_mismatched_features()
    {
        using var scope = NewDisposeScope();
        var e = Assert.Throws<TorchException>(() => nn.functional.linear(ones(2, 5), ones(3, 4)));
        Assert.Contains("cannot be multiplied (2x5 and 4x3)", e.Message);

        using var linear = nn.Linear(4, 3);
        Assert.Contains("Linear(in_features=4, out_features=3, bias=True): expected input [..., 4], got [2, 5]",
            Assert.Throws<ArgumentException>(() => linear.call(ones(2, 5))).Message);
        StillAlive();
    }

    [Fact]
    public void Cross_entropy_with_a_target_out_of_range()
    {
        using var scope = NewDisposeScope();
        var e = Assert.Throws<TorchException>(() => nn.functional.cross_entropy(ones(3, 4), tensor(new long[] { 0, 7, 1 })));
        Assert.Contains("Target 7 is out of bounds", e.Message);
        StillAlive();
    }

    [Fact]
    public void Batch_norm_in_training_with_one_value_per_channel()
    {
        using var scope = NewDisposeScope();
        using var bn = nn.BatchNorm1d(3);
        Assert.Contains("expected more than 1 value per channel when training, got input size [1, 3]",
            Assert.Throws<ArgumentException>(() => bn.call(ones(1, 3))).Message);
        Assert.Contains("BatchNorm2d(4, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True): expected [N, 4, H, W], got [2, 3, 5, 5]",
            Assert.Throws<ArgumentException>(() => nn.BatchNorm2d(4).call(ones(2, 3, 5, 5))).Message);
        StillAlive();
    }

    [Fact]
    public void Interpolate_with_inconsistent_arguments()
    {
        using var scope = NewDisposeScope();
        var x = ones(1, 1, 4, 4);
        Assert.Contains("either size or scale_factor, not both",
            Assert.Throws<ArgumentException>(() => nn.functional.interpolate(x, new long[] { 8 }, new[] { 2.0 })).Message);
        Assert.Contains("align_corners can only be set with the interpolating modes",
            Assert.Throws<ArgumentException>(() => nn.functional.interpolate(x, new long[] { 8 }, align_corners: true)).Message);
        Assert.Contains("has 3 values", Assert.Throws<ArgumentException>(() => nn.functional.interpolate(x, new long[] { 8, 8, 8 })).Message);
        Assert.Contains("needs 3D input",
            Assert.Throws<TorchException>(() => nn.functional.interpolate(x, new long[] { 8, 8 }, mode: InterpolationMode.Linear)).Message);
        StillAlive();
    }

    [Fact]
    public void A_truncated_safetensors_file()
    {
        using var scope = NewDisposeScope();
        using var model = nn.Linear(8, 8);
        var path = Path.Combine(folder, "truncated.safetensors");
        model.save(path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length - 10)]);

        var before = model.weight.clone();
        using var fresh = nn.Linear(8, 8);
        var e = Assert.Throws<InvalidDataException>(() => fresh.load(path));
        Assert.Contains("truncated", e.Message);
        Assert.Contains(path, e.Message);
        TensorAssert.Equal(before, model.weight);
        StillAlive();
    }

    [Fact]
    public void A_corrupt_safetensors_header()
    {
        using var model = nn.Linear(2, 2);
        var path = Path.Combine(folder, "corrupt.safetensors");
        var header = Encoding.UTF8.GetBytes("{\"weight\": {\"dtype\": \"F32\", \"shape\": [2, 2], \"data_offsets\": [0, 16]");
        var bytes = new byte[8 + header.Length + 16];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, (ulong)header.Length);
        header.CopyTo(bytes, 8);
        File.WriteAllBytes(path, bytes);
        Assert.Contains("not valid JSON", Assert.Throws<InvalidDataException>(() => model.load(path)).Message);

        File.WriteAllBytes(path, new byte[] { 0xff, 0xff, 0xff, 0x7f, 0, 0, 0, 0, (byte)'{', (byte)'}' });
        Assert.Contains("the header claims", Assert.Throws<InvalidDataException>(() => model.load(path)).Message);
        StillAlive();
    }

    [Fact]
    public void Loading_a_state_dict_with_a_wrong_shape_names_the_key_and_both_shapes_and_loads_nothing()
    {
        using var scope = NewDisposeScope();
        var path = Path.Combine(folder, "wide.safetensors");
        using (var wide = nn.Sequential(nn.Linear(3, 5), nn.Linear(5, 2))) wide.save(path);
        using var narrow = nn.Sequential(nn.Linear(3, 4), nn.Linear(4, 2));
        var before = narrow.state_dict().ToDictionary(kv => kv.Key, kv => kv.Value.clone());
        var e = Assert.Throws<ArgumentException>(() => narrow.load(path));
        Assert.Contains("0.weight: checkpoint [5, 3], model [4, 3]", e.Message);
        foreach (var (key, value) in narrow.state_dict()) TensorAssert.Equal(before[key], value, key);
        StillAlive();
    }

    [Fact]
    public void A_missing_file()
    {
        using var model = nn.Linear(2, 2);
        Assert.Throws<FileNotFoundException>(() => model.load(Path.Combine(folder, "absent.safetensors")));
    }
}
