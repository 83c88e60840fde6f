using System.Text;
using System.Text.Json;
using Zoo.Blocks;
using Zoo.Networks;
using Zoo.Summary;

namespace Zoo.Tests.Summary;

public class ModelSummarizerTests
{
    [Fact]
    public void ResNet18_layers_have_the_output_shapes_and_MACs_pytorch_hooks_measure_on_torchvision()
    {
        using var model = ResNet.resnet18();
        var summary = ModelSummarizer.Summarize(model, "resnet18", new long[] { 1, 3, 224, 224 });

        // torchvision's resnet18 with PyTorch forward hooks on its convolutions and linear layer.
        using var reference = PyTorchOracle.Shared.Run("""
            m = torchvision.models.resnet18().eval()
            rows = []
            def hook(name):
                return lambda mod, i, o: rows.append((name, o.numel(), o.numel() * mod.weight.numel() // mod.weight.shape[0]))
            for name, mod in m.named_modules():
                if isinstance(mod, (nn.Conv2d, nn.Linear)): mod.register_forward_hook(hook(name))
            with torch.no_grad(): m(torch.zeros(1, 3, 224, 224))
            out = [torch.tensor(list("\n".join(r[0] for r in rows).encode()), dtype=torch.uint8),
                   torch.tensor([r[1] for r in rows]), torch.tensor([r[2] for r in rows])]
            """, new Dictionary<string, Tensor>());
        var names = Encoding.UTF8.GetString(reference.Out(0).ToArray<byte>()).Split('\n');
        var sizes = reference.Out(1).ToArray<long>();
        var macs = reference.Out(2).ToArray<long>();

        var measured = summary.Layers.Where(l => l.Type is "Conv2d" or "Linear").ToList();
        Assert.Equal(names, measured.Select(l => l.Name));
        Assert.Equal(sizes, measured.Select(l => l.OutputShapes.Single().Aggregate(1L, (a, d) => a * d)));
        Assert.Equal(macs, measured.Select(l => l.MACs));
        Assert.Equal(1_814_073_344L, summary.MACs);
        Assert.Equal(macs.Sum(), summary.MACs);
        Assert.Equal(11_689_512L, summary.TotalParameters);
        Assert.Equal(new long[] { 1, 1000 }, summary.OutputShapes.Single());
    }

    [Fact]
    public void A_calls_MACs_and_parameters_include_its_childrens()
    {
        using var model = ResNet.resnet18(num_classes: 10);
        var summary = ModelSummarizer.Summarize(model, "resnet18", new long[] { 2, 3, 32, 32 });
        var layer2 = summary.Layers.Single(l => l.Name == "layer2");
        var inside = summary.Layers.Where(l => l.Depth == 2 && l.Name.StartsWith("layer2.", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, inside.Count);
        Assert.Equal(inside.Sum(l => l.MACs), layer2.MACs);
        Assert.Equal(inside.Sum(l => l.Parameters), layer2.Parameters);
        Assert.False(layer2.IsLeaf);
        Assert.True(summary.Layers.Single(l => l.Name == "layer2.0.conv1").IsLeaf);
        // The model's own row: every top-level call's MACs, the whole model's parameters.
        Assert.Equal(summary.Layers.Where(l => l.Depth == 1).Sum(l => l.MACs), summary.Layers[0].MACs);
        Assert.Equal(summary.TotalParameters, summary.Layers[0].Parameters);
    }

    [Fact]
    public void The_products_inside_a_block_count_for_it_and_a_module_called_twice_has_two_rows()
    {
        // DanetPam's MACs are its three 1x1 convolutions and its two batched matrix products.
        using var pam = new DanetPam(64);
        var summary = ModelSummarizer.Summarize(pam, "DanetPam", new long[] { 1, 64, 8, 8 });
        long n = 64, c = 64, inner = 8;
        long convolutions = n * (inner * c + inner * c + c * c);
        long products = n * n * inner + c * n * n;
        Assert.Equal(convolutions + products, summary.MACs);
        Assert.Equal(convolutions, summary.Layers.Where(l => l.Depth == 1).Sum(l => l.MACs));

        using var relu = new TwiceRelu();
        var twice = ModelSummarizer.Summarize(relu, "TwiceRelu", new long[] { 1, 4 });
        Assert.Equal(new[] { "relu", "relu" }, twice.Layers.Skip(1).Select(l => l.Name));
    }

    [Fact]
    public void The_table_shows_the_tree_to_a_depth_and_the_totals()
    {
        using var model = CifarResNet.resnet20();
        var summary = ModelSummarizer.Summarize(model, "resnet20", new long[] { 1, 3, 32, 32 });
        var table = SummaryTable.Format(summary, maxDepth: 2);
        var lines = table.Split('\n');
        Assert.StartsWith("resnet20 on [1, 3, 32, 32]", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("CifarResNet ", StringComparison.Ordinal) && l.Contains("[1, 10]") && l.Contains("269,722"));
        Assert.Contains(lines, l => l.StartsWith("├─conv1 (Conv2d)", StringComparison.Ordinal) && l.Contains("[1, 16, 32, 32]") && l.Contains("432"));
        Assert.Contains(lines, l => l.StartsWith("│ └─2 (BasicBlock)", StringComparison.Ordinal) && l.Contains("[1, 16, 32, 32]"));
        Assert.Contains(lines, l => l.StartsWith("└─fc (Linear)", StringComparison.Ordinal) && l.Contains("650"));
        Assert.DoesNotContain(lines, l => l.Contains("(Conv2d)") && l.StartsWith("│ │", StringComparison.Ordinal));
        Assert.Contains("Total params: 269,722", table);
        Assert.Contains($"Total MACs: {summary.MACs:N0}", table);
        Assert.Contains("Params size (MB): 1.08", table);
    }

    [Fact]
    public void The_json_has_the_same_layers_and_totals()
    {
        using var model = CifarResNet.resnet20();
        var summary = ModelSummarizer.Summarize(model, "resnet20", new long[] { 1, 3, 32, 32 });
        using var json = JsonDocument.Parse(SummaryJson.Format(summary));
        var root = json.RootElement;
        Assert.Equal("resnet20", root.GetProperty("model").GetString());
        Assert.Equal(269_722, root.GetProperty("total_parameters").GetInt64());
        Assert.Equal(summary.MACs, root.GetProperty("macs").GetInt64());
        var layers = root.GetProperty("layers").EnumerateArray().ToList();
        Assert.Equal(summary.Layers.Count, layers.Count);
        var conv = layers.Single(l => l.GetProperty("name").GetString() == "layer3.0.conv1");
        Assert.Equal("Conv2d", conv.GetProperty("type").GetString());
        Assert.Equal(new long[] { 1, 64, 8, 8 }, conv.GetProperty("outputs")[0].EnumerateArray().Select(d => d.GetInt64()));
        Assert.Equal(64 * 8 * 8 * 32 * 9, conv.GetProperty("macs").GetInt64());
    }

    [Fact]
    public void The_native_input_is_224_for_imagenet_networks_and_32_for_cifar_ones()
    {
        Assert.Equal(new long[] { 1, 3, 224, 224 }, NativeInput.For(ModelCatalog.Find("resnet50")).Single());
        Assert.Equal(new long[] { 1, 3, 32, 32 }, NativeInput.For(ModelCatalog.Find("resnet20")).Single());
        Assert.Equal(ModelCatalog.Find("Se").Examples[0].Inputs, NativeInput.For(ModelCatalog.Find("Se")));
    }

    /// <summary>One child called twice in a forward.</summary>
    private sealed class TwiceRelu : nn.Module<Tensor, Tensor>
    {
        private readonly nn.Module<Tensor, Tensor> relu = nn.ReLU();

        public TwiceRelu() : base(nameof(TwiceRelu)) => register_module("relu", relu);

        public override Tensor forward(Tensor x) => relu.call(relu.call(x) - 1);
    }
}
