using static Zoo.Torch.Tests.Tensors.OpInput;

namespace Zoo.Torch.Tests.Tensors;

/// <summary>Reductions, scans and orderings against PyTorch: all / one / several dims, negative dims, keepdim, dtypes.</summary>
public class ReduceParityTests
{
    private static readonly OpCaseTable Cases = new()
    {
        ["sum all"] = new("a.sum()", x => x["a"].sum(), Randn("a", 3, 4)),
        ["sum dim keepdim"] = new("a.sum(1, keepdim=True)", x => x["a"].sum(1, keepdim: true), Randn("a", 3, 4, 5)),
        ["sum negative dim"] = new("a.sum(-1)", x => x["a"].sum(-1), Randn("a", 3, 4, 5)),
        ["sum dims"] = new("a.sum([0, 2])", x => x["a"].sum(new long[] { 0, 2 }), Randn("a", 3, 4, 5)),
        ["sum of a transposed view"] = new("a.sum(0)", x => x["a"].sum(0), Transposed("a", 4, 6)),
        ["sum int64 stays int64"] = new("a.sum()", x => x["a"].sum(), Ints("a", -5, 5, 3, 4)),
        ["sum bool counts"] = new("a.sum(0)", x => x["a"].sum(0), Bools("a", 5, 3)),
        ["sum to float64"] = new("a.sum(1, dtype=torch.float64)", x => x["a"].sum(1, type: ScalarType.Float64), Randn("a", 3, 4)),
        ["torch.sum dims keepdim"] = new("torch.sum(a, [-1, -2], keepdim=True)", x => sum(x["a"], new long[] { -1, -2 }, keepdim: true), Randn("a", 2, 3, 4)),
        ["mean all"] = new("a.mean()", x => x["a"].mean(), Randn("a", 3, 4)),
        ["mean dim"] = new("a.mean(0)", x => x["a"].mean(0), Randn("a", 3, 4)),
        ["mean dims keepdim"] = new("a.mean([2, 3], keepdim=True)", x => x["a"].mean(new long[] { 2, 3 }, keepdim: true), Randn("a", 2, 3, 4, 5)),
        ["torch.mean negative dim"] = new("torch.mean(a, -2)", x => mean(x["a"], -2), Randn("a", 2, 3, 4)),
        ["prod all"] = new("a.prod()", x => x["a"].prod(), Positive("a", 2, 3)),
        ["prod dim keepdim"] = new("a.prod(1, keepdim=True)", x => x["a"].prod(1, keepdim: true), Randn("a", 3, 4)),
        ["prod int64"] = new("a.prod(0)", x => x["a"].prod(0), Ints("a", 1, 4, 3, 2)),
        ["amax dims"] = new("a.amax([0, 1])", x => x["a"].amax(new long[] { 0, 1 }), Randn("a", 3, 4, 2)),
        ["amax dim keepdim"] = new("a.amax(-1, keepdim=True)", x => x["a"].amax(-1, keepdim: true), Randn("a", 3, 4)),
        ["amin dim"] = new("torch.amin(a, 0)", x => amin(x["a"], 0), Randn("a", 3, 4)),
        ["max all"] = new("a.max()", x => x["a"].max(), Randn("a", 3, 4)),
        ["min all int"] = new("a.min()", x => x["a"].min(), Ints("a", -9, 9, 3, 4)),
        ["max dim values"] = new("a.max(1).values", x => x["a"].max(1).values, Randn("a", 3, 4)),
        ["max dim indexes keepdim"] = new("a.max(-1, keepdim=True).indices", x => x["a"].max(-1, keepdim: true).indexes, Randn("a", 3, 4)),
        ["min dim both"] = new("tuple(a.min(0))", x => { var (v, i) = x["a"].min(0); return new[] { v, i }; }, Transposed("a", 3, 4)),
        ["torch.max dim"] = new("torch.max(a, 0)[0]", x => max(x["a"], 0).values, Randn("a", 3, 4)),
        ["torch.max of two tensors"] = new("torch.max(a, b)", x => max(x["a"], x["b"]), Randn("a", 3, 4), Randn("b", 4)),
        ["argmax all"] = new("a.argmax()", x => x["a"].argmax(), Randn("a", 3, 4)),
        ["argmax dim keepdim"] = new("a.argmax(1, keepdim=True)", x => x["a"].argmax(1, keepdim: true), Randn("a", 3, 4)),
        ["argmin dim"] = new("torch.argmin(a, dim=-1)", x => argmin(x["a"], dim: -1), Randn("a", 3, 4)),
        ["var all unbiased"] = new("a.var()", x => x["a"].var(), Randn("a", 3, 4)),
        ["var dim biased keepdim"] = new("a.var(1, unbiased=False, keepdim=True)", x => x["a"].var(1, unbiased: false, keepdim: true), Randn("a", 3, 4)),
        ["var dims"] = new("a.var([0, 2])", x => x["a"].var(new long[] { 0, 2 }), Randn("a", 3, 4, 5)),
        ["var correction"] = new("torch.var(a, 1, correction=0)", x => x["a"].var(new long[] { 1 }, correction: 0), Randn("a", 3, 4)),
        ["std all"] = new("a.std()", x => x["a"].std(), Randn("a", 3, 4)),
        ["std dim"] = new("a.std(-1)", x => x["a"].std(-1), Randn("a", 3, 4)),
        ["std dims biased"] = new("a.std([1, 2], unbiased=False)", x => x["a"].std(new long[] { 1, 2 }, unbiased: false), Randn("a", 2, 3, 4)),
        ["var_mean"] = new("torch.var_mean(a, [1], unbiased=False)", x => { var (v, m) = x["a"].var_mean(new long[] { 1 }, unbiased: false); return new[] { v, m }; }, Randn("a", 3, 4)),
        ["std_mean keepdim"] = new("torch.std_mean(a, [0], keepdim=True)", x => { var (s, m) = x["a"].std_mean(new long[] { 0 }, keepdim: true); return new[] { s, m }; }, Randn("a", 3, 4)),
        ["norm 2"] = new("a.norm()", x => x["a"].norm(), Randn("a", 3, 4)),
        ["norm 1"] = new("a.norm(1)", x => x["a"].norm(1), Randn("a", 3, 4)),
        ["norm inf"] = new("a.norm(float('inf'))", x => x["a"].norm(double.PositiveInfinity), Randn("a", 3, 4)),
        ["norm dim keepdim"] = new("a.norm(dim=-1, keepdim=True)", x => x["a"].norm(-1, keepdim: true), Randn("a", 3, 4)),
        ["norm dims p=3"] = new("a.norm(p=3, dim=[0, 1])", x => x["a"].norm(new long[] { 0, 1 }, p: 3), Randn("a", 3, 4, 2)),
        ["logsumexp"] = new("a.logsumexp(1)", x => x["a"].logsumexp(1), Randn("a", 3, 4)),
        ["logsumexp large values dims keepdim"] = new("(a * 100).logsumexp([0, 1], keepdim=True)", x => (x["a"] * 100).logsumexp(new long[] { 0, 1 }, keepdim: true), Randn("a", 3, 4)),
        ["cumsum"] = new("a.cumsum(1)", x => x["a"].cumsum(1), Randn("a", 3, 4)),
        ["cumsum negative dim float64"] = new("torch.cumsum(a, -1, dtype=torch.float64)", x => cumsum(x["a"], -1, ScalarType.Float64), Randn("a", 3, 4)),
        ["cumsum int"] = new("a.cumsum(0)", x => x["a"].cumsum(0), Ints("a", 0, 5, 6)),
        ["cumprod"] = new("a.cumprod(0)", x => x["a"].cumprod(0), Positive("a", 4, 3)),
        ["all any"] = new("torch.stack([a.all(), a.any()])", x => stack(new[] { x["a"].all(), x["a"].any() }), Bools("a", 3, 4)),
        ["all any dim"] = new("torch.stack([a.all(1), a.any(-1, keepdim=True).squeeze(-1)])",
            x => stack(new[] { x["a"].all(1), x["a"].any(-1, keepdim: true).squeeze(-1) }), Of("a", () => tensor(new[] { true, true, false, false, true, false }, 3, 2))),
        ["all of floats"] = new("a.all()", x => x["a"].all(), Values("a", new[] { 1f, 0f, 2f })),
        ["count_nonzero"] = new("a.count_nonzero()", x => x["a"].count_nonzero(), Ints("a", 0, 3, 4, 5)),
        ["count_nonzero dims"] = new("a.count_nonzero(dim=[0])", x => x["a"].count_nonzero(new long[] { 0 }), Ints("a", 0, 3, 4, 5)),
        ["topk"] = new("tuple(a.topk(2))", x => { var (v, i) = x["a"].topk(2); return new[] { v, i }; }, Randn("a", 3, 5)),
        ["topk smallest dim 0"] = new("a.topk(2, dim=0, largest=False).values", x => x["a"].topk(2, dim: 0, largest: false).values, Randn("a", 4, 3)),
        ["sort"] = new("tuple(a.sort())", x => { var (v, i) = x["a"].sort(); return new[] { v, i }; }, Randn("a", 3, 5)),
        ["sort descending dim 0"] = new("a.sort(0, descending=True).values", x => x["a"].sort(0, descending: true).values, Randn("a", 4, 3)),
        ["sort stable with ties"] = new("a.sort(stable=True).indices", x => x["a"].sort(stable: true).indexes, Values("a", new[] { 2f, 1f, 2f, 1f, 0f, 2f })),
        ["argsort"] = new("a.argsort(-1, descending=True)", x => x["a"].argsort(-1, descending: true), Randn("a", 3, 5)),
        ["argsort int"] = new("torch.argsort(a, stable=True)", x => argsort(x["a"], stable: true), Ints("a", 0, 3, 7)),
        ["kthvalue"] = new("a.kthvalue(2, 1).values", x => x["a"].kthvalue(2, 1).values, Randn("a", 3, 5)),
        ["median"] = new("a.median()", x => x["a"].median(), Randn("a", 3, 5)),
        ["median dim"] = new("a.median(0).values", x => x["a"].median(0).values, Randn("a", 3, 5)),
    };

    public static TheoryData<string> Names => Cases.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void Matches_pytorch(string name) => Cases.Check(name);

    [Fact]
    public void A_literal_zero_is_a_dim_not_a_dtype()
    {
        // C# converts the literal 0 to any enum: sum(0) must still mean "sum dim 0", not "sum everything as uint8".
        using var scope = NewDisposeScope();
        var a = ones(3, 4);
        TensorAssert.ShapeIs(a.sum(0), 4);
        TensorAssert.ShapeIs(a.mean(0), 4);
        TensorAssert.ShapeIs(a.prod(0), 4);
        TensorAssert.ShapeIs(sum(a, 0), 4);
        Assert.Equal(ScalarType.Float32, a.sum(0).dtype);
        Assert.Equal(ScalarType.Float64, a.sum(type: ScalarType.Float64).dtype);
    }
}
