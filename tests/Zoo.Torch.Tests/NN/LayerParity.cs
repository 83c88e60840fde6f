using System.Text;

namespace Zoo.Torch.Tests.NN;

/// <summary>
/// Checks a Zoo layer against the same PyTorch layer: PyTorch builds it from code, loads the Zoo layer's state_dict
/// (so both start from the same weights), and both run one forward and backward pass on the same input and
/// upstream gradient, in training or evaluation mode. Compared: the output, the input's gradient, every parameter's
/// gradient, the state after the step (running statistics), the state_dict keys in order, and the printed form.
/// </summary>
internal static class LayerParity
{
    public static void Check(nn.Module<Tensor, Tensor> layer, string pytorchLayer, Tensor input, bool train = true,
        double atol = 1e-5, double rtol = 1e-4, long seed = 7)
    {
        using var scope = NewDisposeScope();
        var inputs = new Dictionary<string, Tensor>();
        foreach (var (key, value) in layer.state_dict()) inputs["state." + key] = value.detach().clone();
        inputs["x"] = input;

        layer.train(train);
        var x = input.detach().clone().requires_grad_();
        manual_seed(seed); // dropout draws from the generator: both sides start it from the same seed
        var y = layer.call(x);
        var g = TestData.Normal(99, y.shape);
        y.backward(g);
        inputs["g"] = g;

        var code = $$"""
            import collections
            m = {{pytorchLayer}}
            m.load_state_dict(state_dict("state."))
            m.train({{(train ? "True" : "False")}})
            torch.manual_seed({{seed}})
            y = m(x)
            y.backward(g)
            def text(s):
                return torch.tensor(list(s.encode()), dtype=torch.uint8)
            out = {"y": y.detach(), "repr": text(repr(m)), "keys": text("\n".join(m.state_dict().keys()))}
            out.update({"pgrad." + n: p.grad for n, p in m.named_parameters() if p.grad is not None})
            out.update({"after." + k: v for k, v in m.state_dict().items()})
            """;
        using var reference = PyTorchOracle.Shared.Run(code, inputs, new[] { "x" });

        TensorAssert.Close(reference["out.y"], y, atol, rtol, "output");
        TensorAssert.Close(reference.Grad("x"), x.grad ?? throw new Xunit.Sdk.XunitException("no input gradient"), Math.Max(atol, 1e-4), Math.Max(rtol, 1e-4), "input gradient");
        foreach (var (name, parameter) in layer.named_parameters())
            TensorAssert.Close(reference["out.pgrad." + name], parameter.grad ?? throw new Xunit.Sdk.XunitException($"no gradient for {name}"),
                Math.Max(atol, 1e-4), Math.Max(rtol, 1e-4), $"gradient of {name}");
        var state = layer.state_dict();
        foreach (var (key, value) in state)
        {
            var expected = reference["out.after." + key];
            Assert.True(expected.dtype == value.dtype, $"{key}: dtype {value.dtype}, PyTorch's {expected.dtype}");
            TensorAssert.Close(expected, value, atol, rtol, $"{key} after the step");
        }
        Assert.Equal(Text(reference["out.keys"]), string.Join("\n", state.Keys));
        Assert.Equal(Text(reference["out.repr"]), layer.ToString());
    }

    private static string Text(Tensor bytes) => Encoding.UTF8.GetString(bytes.ToArray<byte>());
}
