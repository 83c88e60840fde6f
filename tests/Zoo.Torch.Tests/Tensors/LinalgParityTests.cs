using static Zoo.Torch.Tests.Tensors.OpInput;

namespace Zoo.Torch.Tests.Tensors;

/// <summary>Matrix products and einsum against PyTorch; finite-difference gradient checks of bmm and softmax.</summary>
public class LinalgParityTests
{
    private static readonly OpCaseTable Cases = new()
    {
        ["matmul 2d"] = new("a @ b", x => x["a"].matmul(x["b"]), Randn("a", 3, 4), Randn("b", 4, 5)),
        ["matmul broadcast batch"] = new("torch.matmul(a, b)", x => matmul(x["a"], x["b"]), Randn("a", 2, 1, 3, 4), Randn("b", 5, 4, 2)),
        ["matmul matrix vector"] = new("a @ v", x => x["a"].matmul(x["v"]), Randn("a", 2, 3, 4), Randn("v", 4)),
        ["matmul vector vector"] = new("v @ w", x => x["v"].matmul(x["w"]), Randn("v", 4), Randn("w", 4)),
        ["matmul of transposed views"] = new("a @ b", x => x["a"].matmul(x["b"]), Transposed("a", 3, 4), Transposed("b", 4, 2)),
        ["mm"] = new("a.mm(b)", x => x["a"].mm(x["b"]), Randn("a", 3, 4), Transposed("b", 4, 5)),
        ["bmm"] = new("torch.bmm(a, b)", x => bmm(x["a"], x["b"]), Randn("a", 2, 3, 4), Randn("b", 2, 4, 5)),
        ["bmm attention scores"] = new("(q @ k.transpose(-2, -1) / 2).softmax(-1) @ v",
            x => (x["q"].bmm(x["k"].transpose(-2, -1)) / 2).softmax(-1).bmm(x["v"]), Randn("q", 2, 5, 4), Randn("k", 2, 6, 4), Randn("v", 2, 6, 3)),
        ["bmm float64"] = new("a.bmm(b)", x => x["a"].bmm(x["b"]), Double("a", 2, 2, 3), Double("b", 2, 3, 2)),
        ["mv"] = new("a.mv(v)", x => x["a"].mv(x["v"]), Randn("a", 3, 4), Randn("v", 4)),
        ["dot"] = new("a.dot(b)", x => x["a"].dot(x["b"]), Randn("a", 5), Randn("b", 5)),
        ["outer"] = new("torch.outer(a, b)", x => outer(x["a"], x["b"]), Randn("a", 3), Randn("b", 4)),
        ["trace"] = new("a.trace()", x => x["a"].trace(), Randn("a", 4, 4)),
        ["addmm"] = new("torch.addmm(c, a, b, beta=0.5, alpha=2)", x => addmm(x["c"], x["a"], x["b"], beta: 0.5, alpha: 2), Randn("c", 5), Randn("a", 3, 4), Randn("b", 4, 5)),
        ["addmm defaults"] = new("c.addmm(a, b)", x => x["c"].addmm(x["a"], x["b"]), Randn("c", 3, 5), Randn("a", 3, 4), Randn("b", 4, 5)),
        ["baddbmm"] = new("torch.baddbmm(c, a, b, beta=-1, alpha=0.25)", x => baddbmm(x["c"], x["a"], x["b"], beta: -1, alpha: 0.25), Randn("c", 2, 3, 5), Randn("a", 2, 3, 4), Randn("b", 2, 4, 5)),
        ["einsum attention"] = new("torch.einsum('bhqd,bhkd->bhqk', q, k)", x => einsum("bhqd,bhkd->bhqk", x["q"], x["k"]), Randn("q", 2, 2, 3, 4), Randn("k", 2, 2, 5, 4)),
        ["einsum implicit output"] = new("torch.einsum('ij,jk', a, b)", x => einsum("ij,jk", x["a"], x["b"]), Randn("a", 3, 4), Randn("b", 4, 2)),
        ["einsum trace and sum"] = new("torch.einsum('ii->', a) + torch.einsum('ij->j', a).sum()", x => einsum("ii->", x["a"]) + einsum("ij->j", x["a"]).sum(), Randn("a", 3, 3)),
        ["einsum ellipsis"] = new("torch.einsum('...ij,...jk->...ik', a, b)", x => einsum("...ij,...jk->...ik", x["a"], x["b"]), Randn("a", 2, 3, 4), Randn("b", 2, 4, 3)),
        ["tensordot"] = new("torch.tensordot(a, b, dims=([1, 2], [0, 1]))", x => tensordot(x["a"], x["b"], new long[] { 1, 2 }, new long[] { 0, 1 }), Randn("a", 2, 3, 4), Randn("b", 3, 4, 5)),
        ["matmul int64"] = new("a @ b", x => x["a"].matmul(x["b"]), Ints("a", -3, 3, 2, 3), Ints("b", -3, 3, 3, 2)),
    };

    public static TheoryData<string> Names => Cases.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void Matches_pytorch(string name) => Cases.Check(name);

    [Fact]
    public void Bmm_gradient_matches_finite_differences()
    {
        using var scope = NewDisposeScope();
        manual_seed(3);
        var a = randn(new long[] { 2, 3, 4 }, dtype: ScalarType.Float64);
        var b = randn(new long[] { 2, 4, 2 }, dtype: ScalarType.Float64);
        GradCheck.Check(x => x[0].bmm(x[1]), new[] { a, b }, what: "bmm");
    }

    [Fact]
    public void Softmax_gradient_matches_finite_differences()
    {
        using var scope = NewDisposeScope();
        manual_seed(4);
        var a = randn(new long[] { 2, 3, 5 }, dtype: ScalarType.Float64);
        GradCheck.Check(x => x[0].softmax(-1), new[] { a }, what: "softmax");
        GradCheck.Check(x => x[0].log_softmax(1), new[] { a }, what: "log_softmax");
    }

    [Fact]
    public void Attention_gradient_matches_finite_differences_on_non_contiguous_inputs()
    {
        using var scope = NewDisposeScope();
        manual_seed(5);
        var q = randn(new long[] { 2, 4, 3 }, dtype: ScalarType.Float64).transpose(1, 2);
        var k = randn(new long[] { 2, 3, 4 }, dtype: ScalarType.Float64);
        GradCheck.Check(x => einsum("bqd,bkd->bqk", x[0], x[1]).softmax(-1).sum(-1, keepdim: true) * x[0].sum(), new[] { q, k }, what: "attention");
    }
}
