using System.Text;
using Xunit.Abstractions;

namespace Zoo.Torch.Tests.NN;

/// <summary>
/// A ResNet-18 written with Zoo.Torch loads torchvision's ResNet-18 weights (a safetensors file written by PyTorch)
/// one to one, and computes PyTorch's output in evaluation mode.
/// </summary>
public class ResNet18ParityTests : IDisposable
{
    private readonly string folder = RepoPaths.NewTempFolder("zoo-resnet18");
    private readonly ITestOutputHelper output;

    public ResNet18ParityTests(ITestOutputHelper output) => this.output = output;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static readonly string[] Reference = { "tests/reference/resnet18_reference.py" };

    [Fact]
    public void Torchvision_weights_load_strictly_and_give_pytorchs_output_in_eval_mode()
    {
        using var scope = NewDisposeScope();
        var path = Path.Combine(folder, "resnet18.safetensors");
        var x = TestData.Normal(18, 2, 3, 64, 64);
        using var reference = PyTorchOracle.Shared.Run($"out = export({Python(path)}, 0, x)",
            new Dictionary<string, Tensor> { ["x"] = x }, imports: Reference);

        using var model = new ResNet18();
        var (missing, unexpected) = model.load(path, strict: true);
        Assert.Empty(missing);
        Assert.Empty(unexpected);
        Assert.True(model.state_dict()["layer2.0.downsample.1.num_batches_tracked"].item<long>() == 3, "the batch counters come from the file");

        model.eval();
        Tensor y;
        using (no_grad()) y = model.call(x);
        TensorAssert.ShapeIs(y, 2, 1000);
        double diff = TensorAssert.MaxAbsDiff(reference.Output, y);
        output.WriteLine($"max |PyTorch - Zoo| = {diff:G3} over outputs in [{y.min().item<float>():F2}, {y.max().item<float>():F2}]");
        Assert.True(diff <= 1e-4, $"max |PyTorch - Zoo| = {diff}");
        // Not a vacuous agreement: the outputs vary between images and classes.
        var values = y.ToArray<float>();
        Assert.True(values.Max() - values.Min() > 0.5, $"outputs span only {values.Max() - values.Min()}");
    }

    [Fact]
    public void Prints_and_names_its_state_as_torchvision_does()
    {
        using var model = new ResNet18();
        using var reference = PyTorchOracle.Shared.Run(
            "m = torchvision.models.resnet18(); text = lambda s: torch.tensor(list(s.encode()), dtype=torch.uint8); " +
            "out = [text(repr(m)), text('\\n'.join(m.state_dict().keys()))]",
            new Dictionary<string, Tensor>());
        Assert.Equal(Encoding.UTF8.GetString(reference.Out(0).ToArray<byte>()), model.ToString());
        Assert.Equal(Encoding.UTF8.GetString(reference.Out(1).ToArray<byte>()), string.Join("\n", model.state_dict().Keys));
    }

    private static string Python(string s) => "'" + s.Replace("\\", "\\\\").Replace("'", "\\'") + "'";
}
