namespace Zoo.Torch.Tests.Tensors;

public class ArithmeticTests
{
    [Fact]
    public void Tensor_from_array_round_trips_values_and_shape()
    {
        using var t = tensor(new float[] { 1, 2, 3, 4, 5, 6 }, 2, 3);
        Assert.Equal(new long[] { 2, 3 }, t.shape);
        Assert.Equal(ScalarType.Float32, t.dtype);
        Assert.Equal(new float[] { 1, 2, 3, 4, 5, 6 }, t.ToArray<float>());
    }

    [Fact]
    public void Binary_operators_match_pytorch_with_broadcasting_and_gradients()
    {
        manual_seed(0);
        using var scope = NewDisposeScope();
        var a = randn(3, 4);
        var b = randn(4);
        Parity.Check("(a + b) * a - b / (a * a + 1) + 2.5 * a - 1 - (3 - a) * (1 / (b * b + 2))",
            x => (x["a"] + x["b"]) * x["a"] - x["b"] / (x["a"] * x["a"] + 1) + 2.5 * x["a"] - 1 - (3 - x["a"]) * (1 / (x["b"] * x["b"] + 2)),
            new Dictionary<string, Tensor> { ["a"] = a, ["b"] = b }, grad: new[] { "a", "b" });
    }

    [Fact]
    public void Integer_scalars_keep_integer_tensors_integral()
    {
        using var scope = NewDisposeScope();
        var t = tensor(new long[] { 1, 2, 3 });
        var r = t * 2 + 1;
        Assert.Equal(ScalarType.Int64, r.dtype);
        Assert.Equal(new long[] { 3, 5, 7 }, r.ToArray<long>());
        var f = t * 0.5;
        Assert.Equal(ScalarType.Float32, f.dtype);
    }
}
