using static Zoo.Torch.Tests.Tensors.OpInput;

namespace Zoo.Torch.Tests.Tensors;

/// <summary>Comparisons, logic and bit operations against PyTorch (bool results, broadcasting, scalars on either side).</summary>
public class CompareParityTests
{
    private static readonly OpCaseTable Cases = new()
    {
        ["eq tensor"] = new("a.eq(b)", x => x["a"].eq(x["b"]), Ints("a", 0, 3, 3, 4), Ints("b", 0, 3, 4)),
        ["eq scalar"] = new("a.eq(1)", x => x["a"].eq(1), Ints("a", 0, 3, 3, 4)),
        ["ne"] = new("torch.ne(a, b)", x => ne(x["a"], x["b"]), Ints("a", 0, 3, 3, 4), Ints("b", 0, 3, 3, 4)),
        ["lt operator"] = new("a < b", x => x["a"] < x["b"], Randn("a", 3, 4), Randn("b", 4)),
        ["le operator scalar"] = new("a <= 0.25", x => x["a"] <= 0.25, Randn("a", 3, 4)),
        ["gt operator scalar on the left"] = new("0.25 > a", x => 0.25 > x["a"], Randn("a", 3, 4)),
        ["ge operator non-contiguous"] = new("a >= b", x => x["a"] >= x["b"], Transposed("a", 3, 4), Randn("b", 3, 4)),
        ["lt ge methods int"] = new("torch.stack([a.lt(2), a.ge(2), a.gt(b), a.le(b)])",
            x => stack(new[] { x["a"].lt(2), x["a"].ge(2), x["a"].gt(x["b"]), x["a"].le(x["b"]) }), Ints("a", 0, 5, 6), Ints("b", 0, 5, 6)),
        ["int compared with float scalar"] = new("a < 2.5", x => x["a"] < 2.5, Ints("a", 0, 5, 6)),
        ["logical_and or xor"] = new("torch.stack([a.logical_and(b), a.logical_or(b), a.logical_xor(b)])",
            x => stack(new[] { x["a"].logical_and(x["b"]), x["a"].logical_or(x["b"]), x["a"].logical_xor(x["b"]) }), Bools("a", 3, 4), Bools("b", 4)),
        ["logical ops on floats"] = new("a.logical_and(b)", x => x["a"].logical_and(x["b"]),
            Values("a", new[] { 0f, 1f, 0f, -2f }), Values("b", new[] { 0f, 0f, 3f, 1f })),
        ["logical_not and !"] = new("torch.stack([a.logical_not(), ~a])", x => stack(new[] { x["a"].logical_not(), !x["a"] }), Bools("a", 3, 4)),
        ["& | ^ on bools"] = new("torch.stack([a & b, a | b, a ^ b])", x => stack(new[] { x["a"] & x["b"], x["a"] | x["b"], x["a"] ^ x["b"] }), Bools("a", 3, 4), Bools("b", 3, 4)),
        ["bitwise on int64"] = new("torch.stack([a & b, a | b, a ^ b, ~a, a & 6])",
            x => stack(new[] { x["a"] & x["b"], x["a"] | x["b"], x["a"] ^ x["b"], ~x["a"], x["a"] & 6 }), Ints("a", 0, 16, 8), Ints("b", 0, 16, 8)),
        ["isnan isinf isfinite"] = new("torch.stack([a.isnan(), a.isinf(), a.isfinite(), a.isposinf(), a.isneginf()])",
            x => stack(new[] { x["a"].isnan(), x["a"].isinf(), x["a"].isfinite(), x["a"].isposinf(), x["a"].isneginf() }),
            Values("a", new[] { float.NaN, float.PositiveInfinity, float.NegativeInfinity, 0f, -1.5f })),
        ["isclose"] = new("a.isclose(b, rtol=0.1, atol=0.0)", x => x["a"].isclose(x["b"], rtol: 0.1, atol: 0), Values("a", new[] { 1f, 2f, 3f }), Values("b", new[] { 1.05f, 2.5f, 3f })),
        ["comparison of a transposed view with a mask"] = new("a.masked_fill(a > b.t(), 0)", x => x["a"].masked_fill(x["a"] > x["b"].t(), 0), Randn("a", 3, 4), Randn("b", 4, 3)),
    };

    public static TheoryData<string> Names => Cases.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void Matches_pytorch(string name) => Cases.Check(name);

    [Fact]
    public void Equals_operators_stay_reference_equality()
    {
        using var scope = NewDisposeScope();
        var a = tensor(new float[] { 1, 2 });
        var b = tensor(new float[] { 1, 2 });
#pragma warning disable CS1718 // comparing a variable with itself is the point here
        Assert.True(a == a);
#pragma warning restore CS1718
        Assert.False(a == b);
        Assert.True(a != b);
        Assert.True(a.equal(b));
        Assert.Equal(new[] { true, true }, a.eq(b).ToArray<bool>());
        var set = new HashSet<Tensor> { a, b };
        Assert.Equal(2, set.Count);
    }

    [Fact]
    public void Allclose_and_equal_return_bools()
    {
        using var scope = NewDisposeScope();
        var a = tensor(new[] { 1f, 2f, float.NaN });
        var b = tensor(new[] { 1f, 2.00001f, float.NaN });
        Assert.False(a.allclose(b));
        Assert.True(a.allclose(b, equal_nan: true));
        Assert.False(allclose(a, b, rtol: 0, atol: 0, equal_nan: true));
        Assert.False(a.equal(b));
        Assert.True(a[..2].equal(tensor(new[] { 1f, 2f })));
        Assert.False(tensor(new[] { 1f, 2f }).equal(tensor(new[] { 1f, 2f, 3f })));
        Assert.True(allclose(ones(2, 3), ones(3)));
    }
}
