using System.Text;

namespace Zoo.Torch.Tests.Tensors;

/// <summary><c>str()</c> against PyTorch's <c>str(tensor)</c>, character for character; <c>ToString()</c> metadata.</summary>
public class PrintingTests
{
    /// <summary>A tensor (sent to PyTorch as <c>a</c>), the Python expression printed, and the same tensor in Zoo.</summary>
    private sealed record PrintCase(Func<Tensor> Make, string Python, Func<Tensor, Tensor> Zoo);

    private static PrintCase Same(Func<Tensor> make) => new(make, "a", a => a);

    private static readonly Dictionary<string, PrintCase> Cases = new()
    {
        ["small float"] = Same(() => randn(2, 3)),
        ["float vector"] = Same(() => tensor(new[] { 1.5f, -2.25f, 0f, 100.125f })),
        ["scalar"] = Same(() => tensor(3.5f)),
        ["integral floats"] = Same(() => tensor(new[] { 1f, -2f, 300f, 0f })),
        ["zeros"] = Same(() => zeros(2, 3)),
        ["scientific small and large"] = Same(() => tensor(new[] { 1e-5f, 2f, 1000f })),
        ["scientific huge integral"] = Same(() => tensor(new[] { 1e10f, 1f })),
        ["nan and infinities"] = Same(() => tensor(new[] { float.NaN, float.PositiveInfinity, float.NegativeInfinity, 1.5f })),
        ["three dims"] = Same(() => randn(2, 3, 4)),
        ["int64"] = Same(() => arange(12).reshape(3, 4) * 100 - 550),
        ["int32 has a dtype suffix"] = Same(() => arange(6, dtype: ScalarType.Int32)),
        ["uint8"] = Same(() => arange(6, dtype: ScalarType.Byte)),
        ["bool"] = Same(() => tensor(new[] { true, false, true, true }, 2, 2)),
        ["float64 with requires_grad"] = new(() => randn(new long[] { 2, 2 }, dtype: ScalarType.Float64), "a.requires_grad_()", a => a.detach().requires_grad_()),
        ["grad_fn suffix"] = new(() => randn(3), "a.requires_grad_().exp()", a => a.detach().requires_grad_().exp()),
        ["float16"] = Same(() => tensor(new[] { 0.5f, 1.25f, -3f }).to(ScalarType.Float16)),
        ["empty"] = Same(() => zeros(0, 3)),
        ["empty int64 vector"] = Same(() => zeros(new long[] { 0 }, dtype: ScalarType.Int64)),
        ["long vector wraps lines"] = Same(() => arange(40).to(ScalarType.Float32) / 7),
        ["large int matrix is summarised"] = Same(() => arange(2000).reshape(40, 50)),
        ["large float tensor is summarised"] = Same(() => randn(20, 30, 40)),
        ["large vector is summarised"] = Same(() => randn(5000)),
        ["transposed view"] = Same(() => arange(6).reshape(2, 3).t()),
        ["long suffixes wrap"] = new(() => randn(new long[] { 1, 8 }, dtype: ScalarType.Float64), "a.requires_grad_().tanh()", a => a.detach().requires_grad_().tanh()),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Str_matches_pytorch(string name)
    {
        using var scope = NewDisposeScope();
        manual_seed(11);
        var c = Cases[name];
        var a = c.Make();
        using var reference = PyTorchOracle.Shared.Run($"torch.tensor(list(str({c.Python}).encode()), dtype=torch.uint8)", ("a", a));
        var expected = Encoding.UTF8.GetString(reference.Output.ToArray<byte>());
        Assert.Equal(expected, c.Zoo(a).str());
    }

    [Fact]
    public void Print_options_change_precision_and_summarisation()
    {
        using var scope = NewDisposeScope();
        try
        {
            set_printoptions(precision: 2, threshold: 5, edgeitems: 2);
            Assert.Equal("tensor([0.33, 0.67])", (tensor(new[] { 1f, 2f }) / 3).str());
            Assert.Equal("tensor([0, 1,  ..., 8, 9])", arange(10).str());
            set_printoptions(profile: "default", sci_mode: true);
            Assert.Equal("tensor([1.0000e+00, 2.5000e+00])", tensor(new[] { 1f, 2.5f }).str());
        }
        finally
        {
            set_printoptions(profile: "default");
        }
        Assert.Equal("tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])", arange(10).str());
    }

    [Fact]
    public void ToString_gives_metadata_and_print_writes_the_values()
    {
        using var scope = NewDisposeScope();
        var t = zeros(2, 3);
        Assert.Equal("[2x3], type = Float32, device = cpu", t.ToString());
        Assert.Equal("[], type = Int64, device = cpu", tensor(5L).ToString());
        Assert.Equal(t.str(), t.ToString(TensorStringStyle.PyTorch));

        var console = Console.Out;
        var written = new StringWriter();
        Console.SetOut(written);
        try
        {
            Assert.Same(t, t.print());
        }
        finally
        {
            Console.SetOut(console);
        }
        Assert.Equal("tensor([[0., 0., 0.],\n        [0., 0., 0.]])" + Environment.NewLine, written.ToString());
    }

    [Fact]
    public void A_disposed_tensor_prints_as_disposed()
    {
        var t = ones(2);
        t.Dispose();
        Assert.Equal("Tensor (disposed)", t.ToString());
    }
}
