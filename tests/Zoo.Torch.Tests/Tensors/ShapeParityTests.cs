using static Zoo.Torch.Tests.Tensors.OpInput;

namespace Zoo.Torch.Tests.Tensors;

/// <summary>Views, shape changes, joins, splits and rearrangements against PyTorch, with gradients through them.</summary>
public class ShapeParityTests
{
    private static Tensor[] Pieces(Tensor[] parts) => parts.Select(p => p * 1).ToArray(); // each piece its own output

    private static readonly OpCaseTable Cases = new()
    {
        ["view"] = new("a.view(4, 3) * 2", x => x["a"].view(4, 3) * 2, Randn("a", 3, 4)),
        ["view with -1"] = new("a.view(-1, 2)", x => x["a"].view(-1, 2), Randn("a", 3, 4)),
        ["view_as"] = new("a.view_as(b)", x => x["a"].view_as(x["b"]), Randn("a", 3, 4), Randn("b", 2, 6)),
        ["reshape of a transposed view copies"] = new("a.reshape(2, 6)", x => x["a"].reshape(2, 6), Transposed("a", 3, 4)),
        ["reshape_as"] = new("a.reshape_as(b)", x => x["a"].reshape_as(x["b"]), Randn("a", 3, 4), Randn("b", 12)),
        ["permute"] = new("a.permute(2, 0, 1)", x => x["a"].permute(2, 0, 1), Randn("a", 2, 3, 4)),
        ["permute negative dims"] = new("torch.permute(a, (-1, -3, -2))", x => permute(x["a"], -1, -3, -2), Randn("a", 2, 3, 4)),
        ["transpose"] = new("a.transpose(0, 2)", x => x["a"].transpose(0, 2), Randn("a", 2, 3, 4)),
        ["transpose negative dims"] = new("a.transpose(-1, -2).contiguous()", x => x["a"].transpose(-1, -2).contiguous(), Randn("a", 2, 3, 4)),
        ["t"] = new("a.t()", x => x["a"].t(), Randn("a", 3, 4)),
        ["mT"] = new("a.mT", x => x["a"].mT, Randn("a", 2, 3, 4)),
        ["movedim"] = new("a.movedim(0, -1)", x => x["a"].movedim(0, -1), Randn("a", 2, 3, 4)),
        ["movedim several"] = new("a.movedim((0, 1), (2, 0))", x => x["a"].movedim(new long[] { 0, 1 }, new long[] { 2, 0 }), Randn("a", 2, 3, 4)),
        ["flatten"] = new("a.flatten()", x => x["a"].flatten(), Randn("a", 2, 3, 4)),
        ["flatten from 1"] = new("torch.flatten(a, 1)", x => flatten(x["a"], 1), Randn("a", 2, 3, 4, 5)),
        ["flatten middle"] = new("a.flatten(1, 2)", x => x["a"].flatten(1, 2), Randn("a", 2, 3, 4, 5)),
        ["unflatten"] = new("a.unflatten(1, (3, -1))", x => x["a"].unflatten(1, 3, -1), Randn("a", 2, 12)),
        ["unsqueeze"] = new("a.unsqueeze(1)", x => x["a"].unsqueeze(1), Randn("a", 3, 4)),
        ["unsqueeze negative"] = new("a.unsqueeze(-1)", x => x["a"].unsqueeze(-1), Randn("a", 3, 4)),
        ["squeeze all"] = new("a.squeeze()", x => x["a"].squeeze(), Randn("a", 1, 3, 1, 4)),
        ["squeeze one dim"] = new("a.squeeze(2)", x => x["a"].squeeze(2), Randn("a", 1, 3, 1, 4)),
        ["squeeze a dim that is not 1 keeps it"] = new("a.squeeze(1)", x => x["a"].squeeze(1), Randn("a", 1, 3, 1, 4)),
        ["expand"] = new("a.expand(2, 3, 4)", x => x["a"].expand(2, 3, 4), Randn("a", 3, 1)),
        ["expand with -1"] = new("a.expand(5, -1)", x => x["a"].expand(5, -1), Randn("a", 1, 4)),
        ["expand_as"] = new("a.expand_as(b)", x => x["a"].expand_as(x["b"]), Randn("a", 4), Randn("b", 3, 4)),
        ["repeat"] = new("a.repeat(2, 1, 3)", x => x["a"].repeat(2, 1, 3), Randn("a", 3, 4)),
        ["repeat_interleave"] = new("a.repeat_interleave(2, dim=1)", x => x["a"].repeat_interleave(2, dim: 1), Randn("a", 3, 4)),
        ["tile"] = new("a.tile((2,))", x => x["a"].tile(2), Randn("a", 3, 4)),
        ["narrow"] = new("a.narrow(1, 1, 2)", x => x["a"].narrow(1, 1, 2), Randn("a", 3, 4)),
        ["narrow negative dim"] = new("a.narrow(-1, 0, 3)", x => x["a"].narrow(-1, 0, 3), Transposed("a", 3, 4)),
        ["slice with step"] = new("a[:, 1:4:2]", x => x["a"].slice(1, 1, 4, 2), Randn("a", 3, 5)),
        ["slice clips the end"] = new("a[1:100]", x => x["a"].slice(0, 1, 100, 1), Randn("a", 3, 5)),
        ["select"] = new("a.select(1, -1)", x => x["a"].select(1, -1), Randn("a", 3, 4)),
        ["cat"] = new("torch.cat([a, b], 0)", x => cat(new[] { x["a"], x["b"] }, 0), Randn("a", 2, 3), Randn("b", 4, 3)),
        ["cat negative dim with a view"] = new("torch.cat([a, b, a], -1)", x => cat(new List<Tensor> { x["a"], x["b"], x["a"] }, -1), Randn("a", 3, 2), Transposed("b", 3, 4)),
        ["cat int"] = new("torch.cat([a, b])", x => cat(new[] { x["a"], x["b"] }), Ints("a", 0, 5, 3), Ints("b", 0, 5, 2)),
        ["stack"] = new("torch.stack([a, b], 1)", x => stack(new[] { x["a"], x["b"] }, 1), Randn("a", 3, 4), Randn("b", 3, 4)),
        ["stack negative dim"] = new("torch.stack([a, b, a], -1)", x => stack(new[] { x["a"], x["b"], x["a"] }, -1), Randn("a", 3, 4), Randn("b", 3, 4)),
        ["hstack vstack"] = new("torch.hstack([a, b]).sum() + torch.vstack([a, b.t()]).sum()",
            x => hstack(new[] { x["a"], x["b"] }).sum() + vstack(new[] { x["a"], x["b"].t() }).sum(), Randn("a", 2, 2), Randn("b", 2, 2)),
        ["split by size"] = new("[p * 1 for p in a.split(2, 1)]", x => Pieces(x["a"].split(2, 1)), Randn("a", 3, 5)),
        ["split by sizes"] = new("[p * 1 for p in a.split([1, 3], 0)]", x => Pieces(x["a"].split(new long[] { 1, 3 }, 0)), Randn("a", 4, 2)),
        ["split negative dim"] = new("[p * 1 for p in torch.split(a, 3, -1)]", x => Pieces(split(x["a"], 3, -1)), Randn("a", 2, 7)),
        ["chunk"] = new("[p * 1 for p in a.chunk(3, 1)]", x => Pieces(x["a"].chunk(3, 1)), Randn("a", 2, 7)),
        ["chunk uneven"] = new("[p * 1 for p in a.chunk(4)]", x => Pieces(x["a"].chunk(4)), Randn("a", 6, 2)),
        ["unbind"] = new("[p * 1 for p in a.unbind(1)]", x => Pieces(x["a"].unbind(1)), Randn("a", 2, 3)),
        ["flip"] = new("a.flip(0)", x => x["a"].flip(0), Randn("a", 3, 4)),
        ["flip several dims"] = new("torch.flip(a, [0, -1])", x => flip(x["a"], 0, -1), Randn("a", 2, 3, 4)),
        ["roll"] = new("a.roll(1, 1)", x => x["a"].roll(1, 1), Randn("a", 3, 4)),
        ["roll flattened"] = new("a.roll(-2)", x => x["a"].roll(-2), Randn("a", 3, 4)),
        ["roll several"] = new("a.roll((1, -1), (0, 1))", x => x["a"].roll(new long[] { 1, -1 }, new long[] { 0, 1 }), Randn("a", 3, 4)),
        ["tril"] = new("a.tril()", x => x["a"].tril(), Randn("a", 4, 4)),
        ["tril offset"] = new("a.tril(-1)", x => x["a"].tril(-1), Randn("a", 2, 4, 5)),
        ["triu"] = new("torch.triu(a, 1)", x => triu(x["a"], 1), Randn("a", 4, 5)),
        ["causal mask"] = new("a.masked_fill(torch.ones(4, 4, dtype=torch.bool).triu(1), float('-inf')).softmax(-1)",
            x => x["a"].masked_fill(ones(new long[] { 4, 4 }, dtype: ScalarType.Bool).triu(1), double.NegativeInfinity).softmax(-1), Randn("a", 2, 4, 4)),
        ["diagonal"] = new("a.diagonal()", x => x["a"].diagonal(), Randn("a", 4, 4)),
        ["diagonal offset dims"] = new("a.diagonal(1, -2, -1)", x => x["a"].diagonal(1, -2, -1), Randn("a", 2, 3, 4)),
        ["diag of vector"] = new("a.diag()", x => x["a"].diag(), Randn("a", 3)),
        ["diag_embed"] = new("a.diag_embed()", x => x["a"].diag_embed(), Randn("a", 2, 3)),
        ["contiguous of a permuted view"] = new("a.permute(1, 0, 2).contiguous().view(3, -1)", x => x["a"].permute(1, 0, 2).contiguous().view(3, -1), Randn("a", 2, 3, 4)),
        ["attention-style head split"] = new("a.view(2, 5, 3, 4).transpose(1, 2).reshape(2 * 3, 5, 4)",
            x => x["a"].view(2, 5, 3, 4).transpose(1, 2).reshape(2 * 3, 5, 4), Randn("a", 2, 5, 12)),
    };

    public static TheoryData<string> Names => Cases.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void Matches_pytorch(string name) => Cases.Check(name);

    [Fact]
    public void Views_share_storage_with_their_base()
    {
        using var scope = NewDisposeScope();
        var a = zeros(3, 4);
        a.view(12).select(0, 5).fill_(7);
        a.t().narrow(0, 0, 1).fill_(1);
        a.unsqueeze(0).squeeze().expand(3, 4).select(1, 3).add_(0); // views of views stay views
        var values = a.ToArray<float>();
        Assert.Equal(7f, values[5]);
        Assert.Equal(new[] { 1f, 1f, 1f }, new[] { values[0], values[4], values[8] });
        Assert.True(a.t().contiguous().is_contiguous());
        Assert.False(a.t().is_contiguous());
    }

    [Fact]
    public void Split_chunk_unbind_return_views_of_the_right_shapes()
    {
        using var scope = NewDisposeScope();
        var a = arange(10).reshape(2, 5);
        Assert.Equal(new[] { 2L, 2L, 1L }, a.split(2, 1).Select(p => p.size(1)));
        Assert.Equal(new[] { 3L, 2L }, a.chunk(2, 1).Select(p => p.size(1)));
        var rows = a.unbind();
        Assert.Equal(2, rows.Length);
        Assert.Equal(new long[] { 5, 6, 7, 8, 9 }, rows[1].ToArray<long>());
        rows[1].fill_(0);
        Assert.Equal(0, a.sum(1)[1].item<long>());
    }
}
