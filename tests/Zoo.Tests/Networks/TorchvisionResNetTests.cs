using System.Text;
using Xunit.Abstractions;
using Zoo.Networks;

namespace Zoo.Tests.Networks;

/// <summary>
/// The zoo's ResNets are torchvision's: the same parameter counts and state_dict keys, and torchvision's weights
/// (a safetensors file written by PyTorch) load strictly and give torchvision's outputs, dilated backbones included.
/// </summary>
public class TorchvisionResNetTests : IDisposable
{
    private static readonly string[] Reference = { "tests/reference/networks/torchvision_resnet.py" };

    private readonly string folder = RepoPaths.NewTempFolder("zoo-torchvision");
    private readonly ITestOutputHelper output;

    public TorchvisionResNetTests(ITestOutputHelper output) => this.output = output;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("resnet18", 11_689_512L)]
    [InlineData("resnet34", 21_797_672L)]
    [InlineData("resnet50", 25_557_032L)]
    [InlineData("resnet101", 44_549_160L)]
    public void Has_torchvisions_parameter_count_and_state_dict_keys(string preset, long parameters)
    {
        using var model = ModelCatalog.Create(preset);
        Assert.Equal(parameters, model.parameters().Sum(p => p.numel()));
        Assert.Equal(TorchvisionKeys(preset, dilated: false), model.state_dict().Keys);
    }

    [Theory]
    [InlineData("resnet50")]
    [InlineData("resnet101")]
    public void A_dilated_backbone_has_the_keys_of_torchvisions_replace_stride_with_dilation(string arch)
    {
        using var model = ModelCatalog.Create(arch, BlockArguments.Empty.With("output_stride", 8L));
        Assert.Equal(TorchvisionKeys(arch, dilated: true), model.state_dict().Keys);
        var dilations = model.named_modules().Where(m => m.name.EndsWith(".conv2", StringComparison.Ordinal))
            .Select(m => (m.name, ((Zoo.Torch.Modules.Conv2d)m.module).dilation[0])).ToList();
        // torchvision's _make_layer: a dilated stage's first unit keeps the previous stage's dilation.
        Assert.Contains(("layer3.0.conv2", 1L), dilations);
        Assert.Contains(("layer3.1.conv2", 2L), dilations);
        Assert.Contains(("layer4.0.conv2", 2L), dilations);
        Assert.Contains(("layer4.2.conv2", 4L), dilations);
    }

    [Fact]
    public void Torchvision_resnet50_weights_load_strictly_and_give_its_output_in_eval_mode()
    {
        using var scope = NewDisposeScope();
        var x = ModuleParity.RandomLike(zeros(2, 3, 64, 64), seed: 50);
        using var model = ResNet.resnet50();
        var (expected, y) = LoadAndRun(model, "resnet50", x, dilated: false, features: false);
        TensorAssert.ShapeIs(y, 2, 1000);
        AssertClose(expected, y, scale: 1);
    }

    [Fact]
    public void Torchvision_dilated_resnet50_weights_give_its_outputs_at_an_odd_size()
    {
        using var scope = NewDisposeScope();
        var x = ModuleParity.RandomLike(zeros(1, 3, 65, 97), seed: 8);
        using var classifier = ResNet.resnet50(output_stride: 8);
        var (logits, y) = LoadAndRun(classifier, "resnet50", x, dilated: true, features: false);
        AssertClose(logits, y, scale: 1);

        using var backbone = ResNet.resnet50(output_stride: 8, classifier: false);
        var (map, features) = LoadAndRun(backbone, "resnet50", x, dilated: true, features: true);
        TensorAssert.ShapeIs(features, 1, 2048, 9, 13);
        // The map's values reach ~10, each a float32 sum of thousands of products: compare relative to its scale.
        AssertClose(map, features, scale: Math.Max(1, map.abs().max().item<float>()));
    }

    /// <summary>
    /// Loads torchvision's weights (a backbone has no fc) and runs both in eval mode: PyTorch's output and the zoo's.
    /// </summary>
    private (Tensor expected, Tensor actual) LoadAndRun(nn.Module<Tensor, Tensor> model, string arch, Tensor x, bool dilated, bool features)
    {
        var path = Path.Combine(folder, arch + ".safetensors");
        using var reference = PyTorchOracle.Shared.Run(
            $"out = export({Python(path)}, '{arch}', 0, x, dilated={Bool(dilated)}, features={Bool(features)})",
            new Dictionary<string, Tensor> { ["x"] = x }, imports: Reference);

        var (missing, unexpected) = model.load(path, strict: !features);
        Assert.Empty(missing);
        Assert.Equal(features ? new[] { "fc.weight", "fc.bias" } : Array.Empty<string>(), unexpected);

        model.eval();
        Tensor y;
        using (no_grad()) y = model.call(x);
        return (reference.Output.clone(), y); // the clone belongs to the test's dispose scope
    }

    /// <summary>max |PyTorch - Zoo| ≤ 1e-4 x scale, over outputs that vary (not a vacuous agreement).</summary>
    private void AssertClose(Tensor expected, Tensor actual, double scale)
    {
        double diff = TensorAssert.MaxAbsDiff(expected, actual);
        output.WriteLine($"max |PyTorch - Zoo| = {diff:G3} over outputs in [{actual.min().item<float>():F2}, {actual.max().item<float>():F2}]");
        Assert.True(diff <= 1e-4 * scale, $"max |PyTorch - Zoo| = {diff} (allowed {1e-4 * scale})");
        Assert.True(actual.std().item<float>() > 0.05, $"outputs barely vary (std {actual.std().item<float>()})");
    }

    private static string[] TorchvisionKeys(string arch, bool dilated)
    {
        using var reference = PyTorchOracle.Shared.Run($"out = keys('{arch}', dilated={Bool(dilated)})",
            new Dictionary<string, Tensor>(), imports: Reference);
        return Encoding.UTF8.GetString(reference.Output.ToArray<byte>()).Split('\n');
    }

    private static string Bool(bool value) => value ? "True" : "False";

    private static string Python(string s) => "'" + s.Replace("\\", "\\\\").Replace("'", "\\'") + "'";
}
