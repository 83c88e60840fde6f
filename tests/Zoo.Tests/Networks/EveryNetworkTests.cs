namespace Zoo.Tests.Networks;

/// <summary>
/// Every network of the catalog, as timm tests every model: each example of each network spec (so each preset) builds
/// with its exact parameter count, runs forward and backward in training mode on a small batch, gives the example's
/// output shape, and every parameter receives a finite gradient.
/// </summary>
public class EveryNetworkTests
{
    private static IEnumerable<ModelEntry> Networks => ModelCatalog.All.Where(e => e.Kind == "network");

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var entry in Networks.Where(e => !e.IsPreset))
            foreach (var example in entry.Examples)
                data.Add(entry.Name, example.Label);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Runs_forward_and_backward_with_a_gradient_for_every_parameter(string network, string label)
    {
        var entry = ModelCatalog.Find(network);
        var example = entry.Examples.Single(e => e.Label == label);
        manual_seed(0);
        using var scope = NewDisposeScope();
        using var module = example.Create();
        Assert.Equal(example.Parameters, module.parameters().Sum(p => p.numel()));
        module.train();

        // Batch 2: batch norm over pooled descriptors needs more than one value per channel in training mode.
        var inputs = example.Inputs.Select(shape => randn(WithBatch(shape, 2)).requires_grad_()).ToArray();
        var outputs = entry.Forward(module, inputs);
        Assert.Equal(example.Outputs.Count, outputs.Length);
        for (var i = 0; i < outputs.Length; i++)
            Assert.Equal(WithBatch(example.Outputs[i], 2), outputs[i].shape);

        outputs.Select(o => o.square().mean()).Aggregate((a, b) => a + b).backward();
        foreach (var (name, parameter) in module.named_parameters())
        {
            var grad = parameter.grad ?? throw new Xunit.Sdk.XunitException($"{label}: no gradient for {name}");
            Assert.True(grad.isfinite().all().item<bool>(), $"{label}: the gradient of {name} is not finite");
        }
        foreach (var input in inputs)
            Assert.True(input.grad is { } g && g.abs().sum().item<float>() > 0, $"{label}: no gradient reaches the input");
    }

    [Fact]
    public void Every_network_preset_has_an_example_so_that_it_runs_above()
    {
        var untested = Networks.Where(e => e.IsPreset && e.Examples.Count == 0).Select(e => e.Name).ToList();
        Assert.True(untested.Count == 0, "presets without an example: " + string.Join(", ", untested));
    }

    private static long[] WithBatch(long[] shape, long batch) => shape.Select((d, i) => i == 0 ? batch : d).ToArray();
}
