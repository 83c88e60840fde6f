using Zoo.Blocks;
using Zoo.Networks;
using Zoo.Torch;
using static Zoo.Torch.torch;

namespace Zoo.Generator.Tests.Runtime;

/// <summary>The generated modules, built by the real build of src/Zoo, running on libtorch.</summary>
public class GeneratedModuleTests
{
    /// <summary>Every example of every spec (and preset), by label: the theory's data.</summary>
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var entry in ModelCatalog.All.Where(e => !e.IsPreset))
            foreach (var example in entry.Examples)
                data.Add(entry.Name, example.Label);
        return data;
    }

    /// <summary>Every example of every test-only spec.</summary>
    public static TheoryData<string, string> FeatureExamples()
    {
        var data = new TheoryData<string, string>();
        foreach (var entry in FeatureSpecAssembly.Catalog.Where(e => !e.IsPreset))
            foreach (var example in entry.Examples)
                data.Add(entry.Name, example.Label);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_builds_runs_and_has_its_exact_parameter_count(string model, string label) =>
        RunExample(ModelEntries.Find(ModelCatalog.All, model), label);

    [Theory]
    [MemberData(nameof(FeatureExamples))]
    public void Every_example_of_the_feature_specs_runs_too(string model, string label) =>
        RunExample(ModelEntries.Find(FeatureSpecAssembly.Catalog, model), label);

    private static void RunExample(ModelEntry entry, string label)
    {
        var example = entry.Examples.Single(e => e.Label == label);
        manual_seed(0);
        using var scope = NewDisposeScope();
        using var module = example.Create();
        module.eval();
        if (example.Parameters is { } expected)
            Assert.Equal(expected, module.parameters().Sum(p => p.numel()));
        using var noGrad = no_grad();
        var outputs = entry.Forward(module, example.Inputs.Select(shape => randn(shape)).ToArray());
        Assert.Equal(example.Outputs.Count, outputs.Length);
        for (var i = 0; i < outputs.Length; i++)
            Assert.Equal(example.Outputs[i], outputs[i].shape);
    }

    [Theory]
    [InlineData("resnet18", 11_689_512L)]
    [InlineData("resnet34", 21_797_672L)]
    [InlineData("resnet50", 25_557_032L)]
    [InlineData("resnet101", 44_549_160L)]
    public void ResNet_presets_have_torchvision_parameter_counts(string preset, long expected)
    {
        using var module = ModelCatalog.Create(preset);
        Assert.Equal(expected, module.parameters().Sum(p => p.numel()));
    }

    [Theory]
    [InlineData("resnet18")]
    [InlineData("resnet50")]
    public void ResNet_state_dict_keys_are_torchvision_keys_in_torchvision_order(string preset)
    {
        var expected = File.ReadAllLines(RepoPaths.Of("tests", "Zoo.Generator.Tests", "Fixtures", preset + ".state_dict_keys.txt"));
        using var module = ModelCatalog.Create(preset);
        Assert.Equal(expected, module.state_dict().Keys.ToArray());
    }

    [Fact]
    public void A_wrong_input_shape_throws_naming_the_module_and_both_shapes()
    {
        using var scope = NewDisposeScope();
        using var cbam = new Cbam(channels: 64);
        var error = Assert.Throws<ShapeMismatchException>(() => cbam.call(randn(2, 32, 14, 14)));
        Assert.Equal("Cbam.forward: input x expected [B, 64, H, W], got [2, 32, 14, 14]", error.Message);

        var rank = Assert.Throws<ShapeMismatchException>(() => cbam.call(randn(64, 14, 14)));
        Assert.Equal("Cbam.forward: input x expected [B, 64, H, W], got [64, 14, 14]", rank.Message);
    }

    [Fact]
    public void A_hyperparameter_that_breaks_its_constraint_throws_an_argument_exception()
    {
        var odd = Assert.Throws<ArgumentException>(() => new Cbam(channels: 64, kernel_size: 6));
        Assert.Equal("Cbam: kernel_size must be odd, got 6. (Parameter 'kernel_size')", odd.Message);
        var length = Assert.Throws<ArgumentException>(() => new ResNet(BasicBlock.Block(), new long[] { 2, 2, 2 }));
        Assert.Equal("ResNet: layers must be of length 4, got 3 items. (Parameter 'layers')", length.Message);
    }

    [Fact]
    public void A_block_reference_completed_in_each_unit_puts_attention_in_every_unit()
    {
        using var model = ResNet.se_resnet50();
        var units = model.named_modules().Where(m => m.module is Bottleneck).ToList();
        var attentions = model.named_modules().Where(m => m.module is Se).Select(m => m.name).ToList();
        Assert.Equal(16, units.Count);
        Assert.Equal(units.Select(u => u.name + ".attn"), attentions);
        var first = (Se)model.named_modules().First(m => m.module is Se).module;
        Assert.Equal(256, first.channels);
        Assert.Equal(16, first.reduction);
    }

    [Fact]
    public void The_catalog_lists_every_spec_and_preset_and_builds_them_by_name()
    {
        var names = ModelCatalog.All.Select(e => e.Name).ToList();
        foreach (var expected in new[] { "Se", "Cbam", "Eca", "DanetPam", "BasicBlock", "Bottleneck", "ResNet", "resnet50", "se_resnet50" })
            Assert.Contains(expected, names);
        Assert.Equal(names.Count, names.Distinct().Count());

        using var eca = ModelCatalog.Create("Eca", BlockArguments.Empty.With("channels", 256L));
        Assert.Equal(5, eca.parameters().Sum(p => p.numel()));
        var missing = Assert.Throws<ArgumentException>(() => ModelCatalog.Create("Eca"));
        Assert.Contains("Eca needs the hyperparameter 'channels'", missing.Message);
        var preset = ModelCatalog.Find("resnet18");
        Assert.True(preset.IsPreset);
        Assert.Equal("ResNet", preset.Spec);
        Assert.Equal(new[] { "num_classes", "attention", "attention_placement", "in_channels", "output_stride", "stem", "stem_width", "classifier", "stage1_block" },
            preset.Hyperparameters.Select(h => h.Name));
        Assert.Throws<KeyNotFoundException>(() => ModelCatalog.Find("resnet5000"));
    }
}
