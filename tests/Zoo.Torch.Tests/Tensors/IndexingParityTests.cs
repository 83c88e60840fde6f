using static Zoo.Torch.Tests.Tensors.OpInput;

namespace Zoo.Torch.Tests.Tensors;

/// <summary>Python indexing (<c>x[...]</c>, <c>x[...] = v</c>) and the gather/scatter family against PyTorch.</summary>
public class IndexingParityTests
{
    private static readonly OpCaseTable Cases = new()
    {
        ["integer"] = new("a[1]", x => x["a"][1], Randn("a", 3, 4)),
        ["negative integer"] = new("a[-1]", x => x["a"][-1L], Randn("a", 3, 4)),
        ["from-end index"] = new("a[-2]", x => x["a"][^2], Randn("a", 3, 4)),
        ["two integers"] = new("a[1, 2]", x => x["a"][1, 2], Randn("a", 3, 4)),
        ["range"] = new("a[1:3]", x => x["a"][1..3], Randn("a", 4, 3)),
        ["range from end"] = new("a[:, 1:-1]", x => x["a"][.., 1..^1], Randn("a", 3, 5)),
        ["open ranges"] = new("a[2:, :2]", x => x["a"][2.., ..2], Randn("a", 4, 5)),
        ["negative start range"] = new("a[-2:]", x => x["a"][^2..], Randn("a", 4, 5)),
        ["slice with step"] = new("a[::2, 1::2]", x => x["a"][TensorIndex.Slice(step: 2), TensorIndex.Slice(1, null, 2)], Randn("a", 5, 6)),
        ["colon"] = new("a[:, 0]", x => x["a"][TensorIndex.Colon, 0], Randn("a", 3, 4)),
        ["ellipsis"] = new("a[..., 0]", x => x["a"][TensorIndex.Ellipsis, 0], Randn("a", 2, 3, 4)),
        ["ellipsis in the middle"] = new("a[0, ..., 1:]", x => x["a"][0, TensorIndex.Ellipsis, 1..], Randn("a", 2, 3, 4)),
        ["None adds a dim"] = new("a[None, :, None]", x => x["a"][TensorIndex.None, .., TensorIndex.None], Randn("a", 3, 4)),
        ["bool mask"] = new("a[m]", x => x["a"][x["m"]], Randn("a", 3, 4), Bools("m", 3, 4)),
        ["row mask"] = new("a[m]", x => x["a"][x["m"]], Randn("a", 4, 3), Of("m", () => tensor(new[] { true, false, true, true }))),
        ["index tensor"] = new("a[i]", x => x["a"][x["i"]], Randn("a", 5, 3), Of("i", () => tensor(new long[] { 4, 0, 0, 2 }))),
        ["index tensors broadcast"] = new("a[i, j]", x => x["a"][x["i"], x["j"]], Randn("a", 5, 4),
            Of("i", () => tensor(new long[] { 0, 4, 2 }, 3, 1)), Of("j", () => tensor(new long[] { 1, 3 }))),
        ["index tensor after a slice"] = new("a[:, i]", x => x["a"][.., x["i"]], Randn("a", 3, 5), Of("i", () => tensor(new long[] { -1, 0 }))),
        ["index a transposed view"] = new("a[1:, 0]", x => x["a"][1.., 0], Transposed("a", 4, 3)),
        ["int index of int tensor"] = new("a[1, 1:]", x => x["a"][1, 1..], Ints("a", 0, 9, 3, 4)),
        ["set a slice to a scalar"] = new("b = a * 1\nb[:, 1:3] = 0.5\nout = b", x => (x["a"] * 1).index_put_(0.5, .., 1..3), Randn("a", 3, 4)),
        ["set rows to a tensor (broadcast)"] = new("b = a * 1\nb[1:] = v\nout = b", x => { var b = x["a"] * 1; b[1..] = x["v"]; return b; }, Randn("a", 3, 4), Randn("v", 4)),
        ["set with a mask"] = new("b = a * 1\nb[b < 0] = 0.0\nout = b", x => { var b = x["a"] * 1; b.index_put_(0.0, b < 0); return b; }, Randn("a", 3, 4)),
        ["set an element"] = new("b = a * 1\nb[1, -1] = v\nout = b", x => { var b = x["a"] * 1; b[1, -1] = x["v"]; return b; }, Randn("a", 3, 4), Of("v", () => tensor(3f))),
        ["set with an index tensor"] = new("b = a * 1\nb[i] = v\nout = b", x => { var b = x["a"] * 1; b[x["i"]] = x["v"]; return b; }, Randn("a", 5, 2),
            Of("i", () => tensor(new long[] { 3, 1 })), Randn("v", 2, 2)),
        ["index_select"] = new("a.index_select(1, i)", x => x["a"].index_select(1, x["i"]), Randn("a", 3, 5), Of("i", () => tensor(new long[] { 4, 1, 1 }))),
        ["gather"] = new("a.gather(1, i)", x => x["a"].gather(1, x["i"]), Randn("a", 3, 4), Ints("i", 0, 4, 3, 2)),
        ["gather dim 0"] = new("torch.gather(a, 0, i)", x => gather(x["a"], 0, x["i"]), Randn("a", 3, 4), Ints("i", 0, 3, 2, 4)),
        ["scatter"] = new("a.scatter(1, i, s)", x => x["a"].scatter(1, x["i"], x["s"]), Randn("a", 3, 4),
            Of("i", () => tensor(new long[] { 0, 3, 1, 2, 2, 0 }, 3, 2)), Randn("s", 3, 2)),
        ["scatter scalar"] = new("a.scatter(0, i, 9.0)", x => x["a"].scatter(0, x["i"], 9.0), Randn("a", 3, 4), Of("i", () => tensor(new long[] { 2, 0, 1, 0 }, 1, 4))),
        ["scatter_add"] = new("a.scatter_add(1, i, s)", x => x["a"].scatter_add(1, x["i"], x["s"]), Randn("a", 3, 4), Ints("i", 0, 4, 3, 5), Randn("s", 3, 5)),
        ["index_add"] = new("a.index_add(0, i, s, alpha=2)", x => x["a"].index_add(0, x["i"], x["s"], 2), Randn("a", 4, 3),
            Of("i", () => tensor(new long[] { 0, 2, 0 })), Randn("s", 3, 3)),
        ["masked_select"] = new("a.masked_select(m)", x => x["a"].masked_select(x["m"]), Randn("a", 3, 4), Bools("m", 4)),
        ["nonzero"] = new("a.nonzero()", x => x["a"].nonzero(), Ints("a", 0, 2, 3, 4)),
        ["take"] = new("a.take(i)", x => x["a"].take(x["i"]), Randn("a", 3, 4), Of("i", () => tensor(new long[] { 11, 0, 5 }))),
    };

    public static TheoryData<string> Names => Cases.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void Matches_pytorch(string name) => Cases.Check(name);

    [Fact]
    public void Integer_and_slice_indexing_returns_views()
    {
        using var scope = NewDisposeScope();
        var a = zeros(3, 4);
        a[1].fill_(1);
        a[.., 3].fill_(2);
        a[TensorIndex.Ellipsis, 0].fill_(3);
        Assert.Equal(new float[] { 3, 0, 0, 2, 3, 1, 1, 2, 3, 0, 0, 2 }, a.ToArray<float>());
    }

    [Fact]
    public void Index_descriptions_read_like_python()
    {
        static string Python(TensorIndex index) => index.ToString();
        Assert.Equal("1:-1", Python(1..^1));
        Assert.Equal(":", Python(TensorIndex.Colon));
        Assert.Equal("2:", Python(2..));
        Assert.Equal(":3", Python(..3));
        Assert.Equal("::2", Python(TensorIndex.Slice(step: 2)));
        Assert.Equal("-1", Python(^1));
        Assert.Equal("...", Python(TensorIndex.Ellipsis));
        Assert.Equal("None", Python(TensorIndex.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => Python(^0));
    }

    [Fact]
    public void Index_put_accepts_scalars_of_the_tensor_type()
    {
        using var scope = NewDisposeScope();
        var a = zeros(new long[] { 2, 3 }, dtype: ScalarType.Int64);
        a.index_put_(5, 1, ..2);
        a[0, ^1] = tensor(7L);
        Assert.Equal(new long[] { 0, 0, 7, 5, 5, 0 }, a.ToArray<long>());
    }
}
