using Zoo.Torch;
using static Zoo.Torch.torch;

namespace Zoo.Testing;

/// <summary>
/// Checks a Zoo module (a generated block or network) against its reference implementation in PyTorch
/// (tests/reference/...): PyTorch builds the reference, loads the Zoo module's state_dict with strict=True (so the
/// names must match one to one), and both run forward and backward on the same input and upstream gradient.
/// Compared: the output, the input's gradient and every parameter's gradient.
/// </summary>
public static class ModuleParity
{
    /// <param name="module">The Zoo module; its state is randomised first (see <paramref name="randomizeState"/>).</param>
    /// <param name="reference">Python that builds the reference module, e.g. <c>SE(64, reduction=16)</c>.</param>
    /// <param name="referenceFile">The reference implementation, relative to the repository (tests/reference/blocks/se.py).</param>
    /// <param name="input">The input tensor.</param>
    /// <param name="train">Training mode (batch statistics) or evaluation mode (running statistics) on both sides.</param>
    /// <param name="randomizeState">
    /// Replaces every floating-point parameter and buffer with random values before the comparison, so that
    /// zero-initialised gates (DANet's γ, a BN weight starting at 0) and fresh running statistics do not hide a
    /// difference: with the default initialisation many blocks start as the identity.
    /// </param>
    public static void Check(nn.Module<Tensor, Tensor> module, string reference, string referenceFile, Tensor input,
        bool train = false, double atol = 1e-4, double gradAtol = 1e-3, bool randomizeState = true, long seed = 11)
    {
        using var scope = NewDisposeScope();
        if (randomizeState) Randomize(module, seed);

        var inputs = new Dictionary<string, Tensor>();
        foreach (var (key, value) in module.state_dict()) inputs["state." + key] = value.detach().clone();
        inputs["x"] = input;

        module.train(train);
        var x = input.detach().clone().requires_grad_();
        module.zero_grad();
        var y = module.call(x);
        var g = RandomLike(y, seed + 1);
        y.backward(g);
        inputs["g"] = g;

        var code = $$"""
            m = {{reference}}
            m.load_state_dict(state_dict("state."), strict=True)
            m.train({{(train ? "True" : "False")}})
            y = m(x)
            y.backward(g)
            out = {"y": y.detach()}
            out.update({"pgrad." + n: p.grad for n, p in m.named_parameters() if p.grad is not None})
            """;
        using var result = PyTorchOracle.Shared.Run(code, inputs, new[] { "x" }, new[] { referenceFile });

        TensorAssert.Close(result["out.y"], y, atol, atol, "output");
        TensorAssert.Close(result.Grad("x"), x.grad ?? throw new Xunit.Sdk.XunitException("Zoo computed no input gradient"),
            gradAtol, gradAtol, "input gradient");
        foreach (var (name, parameter) in module.named_parameters())
        {
            if (!result.Tensors.TryGetValue("out.pgrad." + name, out var expected))
            {
                if (parameter.grad is { } unexpected && unexpected.abs().max().ToDouble() > 0)
                    throw new Xunit.Sdk.XunitException($"PyTorch computed no gradient for {name}, Zoo did");
                continue;
            }
            TensorAssert.Close(expected, parameter.grad ?? throw new Xunit.Sdk.XunitException($"Zoo computed no gradient for {name}"),
                gradAtol, gradAtol, $"gradient of {name}");
        }
    }

    /// <summary>
    /// Gives every floating-point parameter and buffer random values of a sensible scale: weights around their
    /// fan-in scale, running variances positive.
    /// </summary>
    public static void Randomize(nn.Module module, long seed)
    {
        using var scope = NewDisposeScope();
        using var guard = no_grad();
        int k = 0;
        foreach (var (name, tensor) in module.state_dict())
        {
            if (!tensor.dtype.IsFloatingPoint()) continue;
            var fresh = RandomLike(tensor, seed * 1000 + k++);
            if (name.EndsWith("running_var", StringComparison.Ordinal)) fresh = fresh.abs() * 0.5 + 0.5;
            else if (tensor.ndim >= 2) fresh = fresh / Math.Sqrt(tensor.numel() / tensor.size(0));
            else fresh = fresh * 0.5;
            tensor.copy_(fresh);
        }
    }

    /// <summary>Normal values from a managed generator, so parallel tests never disturb each other's draws.</summary>
    public static Tensor RandomLike(Tensor like, long seed)
    {
        var random = new Random(unchecked((int)seed));
        var values = new float[like.numel()];
        for (int i = 0; i < values.Length; i++)
        {
            double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
            values[i] = (float)(Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
        }
        return tensor(values, like.shape).to(like.dtype, like.device);
    }
}
