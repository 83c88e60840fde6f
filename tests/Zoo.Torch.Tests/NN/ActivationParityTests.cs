namespace Zoo.Torch.Tests.NN;

/// <summary>Activations against PyTorch: values and input gradients, and the in-place forms.</summary>
public class ActivationParityTests
{
    private static Dictionary<string, Tensor> X(double scale = 1) => new() { ["x"] = TestData.Normal(11, 4, 6) * scale };

    private static readonly ParityTable Table = new()
    {
        { "relu", "F.relu(x)", x => nn.functional.relu(x["x"]), () => X(), "x" },
        { "relu_inplace", "F.relu(x.clone(), inplace=True)", x => nn.functional.relu(x["x"].clone(), inplace: true), () => X() },
        { "sigmoid", "F.sigmoid(x)", x => nn.functional.sigmoid(x["x"]), () => X(3), "x" },
        { "tanh", "F.tanh(x)", x => nn.functional.tanh(x["x"]), () => X(2), "x" },
        { "softmax", "F.softmax(x, dim=1)", x => nn.functional.softmax(x["x"], 1), () => X(3), "x" },
        { "softmax_float64", "F.softmax(x, dim=-1, dtype=torch.float64)", x => nn.functional.softmax(x["x"], -1, ScalarType.Float64), () => X(3), "x" },
        { "log_softmax", "F.log_softmax(x, dim=0)", x => nn.functional.log_softmax(x["x"], 0), () => X(3), "x" },
        { "softmin", "F.softmin(x, dim=1)", x => nn.functional.softmin(x["x"], 1), () => X(2), "x" },
        { "gelu", "F.gelu(x)", x => nn.functional.gelu(x["x"]), () => X(2), "x" },
        { "gelu_tanh", "F.gelu(x, approximate='tanh')", x => nn.functional.gelu(x["x"], "tanh"), () => X(2), "x" },
        { "silu", "F.silu(x)", x => nn.functional.silu(x["x"]), () => X(2), "x" },
        { "mish", "F.mish(x)", x => nn.functional.mish(x["x"]), () => X(2), "x" },
        { "leaky_relu", "F.leaky_relu(x, 0.2)", x => nn.functional.leaky_relu(x["x"], 0.2), () => X(), "x" },
        { "relu6", "F.relu6(x)", x => nn.functional.relu6(x["x"]), () => X(5), "x" },
        { "hardtanh", "F.hardtanh(x, -0.5, 0.7)", x => nn.functional.hardtanh(x["x"], -0.5, 0.7), () => X(), "x" },
        { "elu", "F.elu(x, 0.7)", x => nn.functional.elu(x["x"], 0.7), () => X(2), "x" },
        { "selu", "F.selu(x)", x => nn.functional.selu(x["x"]), () => X(2), "x" },
        { "hardsigmoid", "F.hardsigmoid(x)", x => nn.functional.hardsigmoid(x["x"]), () => X(4), "x" },
        { "hardswish", "F.hardswish(x)", x => nn.functional.hardswish(x["x"]), () => X(4), "x" },
        { "softplus", "F.softplus(x, beta=2, threshold=1)", x => nn.functional.softplus(x["x"], 2, 1), () => X(2), "x" },
        { "logsigmoid", "F.logsigmoid(x)", x => nn.functional.logsigmoid(x["x"]), () => X(3), "x" },
        { "silu_inplace", "F.silu(x.clone(), inplace=True)", x => nn.functional.silu(x["x"].clone(), inplace: true), () => X(2) },
        { "leaky_relu_inplace", "F.leaky_relu(x.clone(), 0.1, inplace=True)", x => nn.functional.leaky_relu(x["x"].clone(), 0.1, inplace: true), () => X() },
        { "hardswish_inplace", "F.hardswish(x.clone(), inplace=True)", x => nn.functional.hardswish(x["x"].clone(), inplace: true), () => X(4) },
        { "elu_inplace", "F.elu(x.clone(), 1.5, inplace=True)", x => nn.functional.elu(x["x"].clone(), 1.5, inplace: true), () => X(2) },
        { "relu6_inplace", "F.relu6(x.clone(), inplace=True)", x => nn.functional.relu6(x["x"].clone(), inplace: true), () => X(5) },
    };

    public static TheoryData<string> Cases => Table.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_pytorch(string name) => Table.Check(name);

    [Fact]
    public void In_place_activation_returns_its_input()
    {
        using var scope = NewDisposeScope();
        var x = TestData.Normal(1, 3);
        Assert.Same(x, nn.functional.silu(x, inplace: true));
        Assert.NotSame(x, nn.functional.silu(x));
    }
}
