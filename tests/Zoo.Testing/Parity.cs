using Zoo.Torch;
using static Zoo.Torch.torch;

namespace Zoo.Testing;

/// <summary>
/// Checks a Zoo computation against the same computation in PyTorch: same inputs, same upstream gradient;
/// compares the outputs and the gradients of every input named in <c>grad</c>.
/// </summary>
public static class Parity
{
    /// <param name="pytorch">PyTorch code over the input names (an expression, or statements assigning <c>out</c>).</param>
    /// <param name="zoo">The same computation with Zoo.Torch, over the same named inputs.</param>
    /// <param name="inputs">Input tensors (their values are copied; gradients are tracked on copies).</param>
    /// <param name="grad">Inputs whose gradients are compared.</param>
    public static void Check(string pytorch, Func<IReadOnlyDictionary<string, Tensor>, Tensor> zoo,
        IReadOnlyDictionary<string, Tensor> inputs, string[]? grad = null, double atol = 1e-5, double rtol = 1e-4,
        double gradAtol = 1e-4, double gradRtol = 1e-4, IEnumerable<string>? imports = null)
    {
        grad ??= Array.Empty<string>();
        using var scope = NewDisposeScope();
        var mine = inputs.ToDictionary(kv => kv.Key, kv => grad.Contains(kv.Key) ? kv.Value.detach().clone().requires_grad_() : kv.Value);
        var output = zoo(mine);
        var sent = inputs.ToDictionary(kv => kv.Key, kv => kv.Value);
        if (grad.Length > 0)
        {
            manual_seed(1234);
            var gout = randn_like(output, dtype: output.dtype);
            output.backward(gout);
            sent["gout"] = gout;
        }
        using var reference = PyTorchOracle.Shared.Run(pytorch, sent, grad, imports);
        TensorAssert.Close(reference.Output, output, atol, rtol, "output");
        foreach (var name in grad)
        {
            var g = mine[name].grad ?? throw new Xunit.Sdk.XunitException($"Zoo computed no gradient for '{name}'");
            TensorAssert.Close(reference.Grad(name), g, gradAtol, gradRtol, $"gradient of {name}");
        }
    }

    /// <summary>Convenience overload with inputs given as pairs.</summary>
    public static void Check(string pytorch, Func<IReadOnlyDictionary<string, Tensor>, Tensor> zoo, params (string name, Tensor value)[] inputs) =>
        Check(pytorch, zoo, inputs.ToDictionary(p => p.name, p => p.value));
}
