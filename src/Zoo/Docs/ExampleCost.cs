using Zoo.Torch.Profiling;
using static Zoo.Torch.torch;

namespace Zoo.Docs;

/// <summary>What a model costs at one of its examples: its parameters, and the MACs of one forward pass.</summary>
/// <param name="Parameters">The number of parameters (every element of every parameter tensor).</param>
/// <param name="MACs">
/// Multiply-accumulates of one forward pass on the example's inputs (the whole batch), counted by
/// <see cref="MacCounter"/>: convolutions, linear layers and matrix products; not element-wise operations,
/// normalisations or pooling. FLOPs are usually quoted as 2 x MACs.
/// </param>
public sealed record ExampleCost(long Parameters, long MACs)
{
    /// <summary>Builds the example's module, and runs it once (evaluation mode, no autograd) on zero inputs.</summary>
    public static ExampleCost Measure(ModelEntry entry, ModelExample example)
    {
        using var scope = NewDisposeScope();
        using var module = example.Create();
        module.eval();
        long parameters = module.parameters().Sum(p => p.numel());
        using var noGrad = no_grad();
        var inputs = example.Inputs.Select(shape => zeros(shape)).ToArray();
        using var counter = MacCounter.Start();
        entry.Forward(module, inputs);
        return new ExampleCost(parameters, counter.MACs);
    }
}
