using static Zoo.Torch.Tests.Tensors.OpInput;

namespace Zoo.Torch.Tests.Tensors;

/// <summary>Elementwise functions against PyTorch: values and gradients, broadcasting, non-contiguous inputs, dtypes.</summary>
public class ElementwiseParityTests
{
    private static readonly OpCaseTable Cases = new()
    {
        ["abs"] = new("a.abs()", x => x["a"].abs(), Randn("a", 3, 4)),
        ["neg"] = new("a.neg()", x => x["a"].neg(), Randn("a", 3, 4)),
        ["exp"] = new("a.exp()", x => x["a"].exp(), Randn("a", 3, 4)),
        ["exp2"] = new("a.exp2()", x => x["a"].exp2(), Randn("a", 3, 4)),
        ["expm1"] = new("a.expm1()", x => x["a"].expm1(), Randn("a", 3, 4)),
        ["log"] = new("a.log()", x => x["a"].log(), Positive("a", 3, 4)),
        ["log2"] = new("a.log2()", x => x["a"].log2(), Positive("a", 3, 4)),
        ["log10"] = new("a.log10()", x => x["a"].log10(), Positive("a", 3, 4)),
        ["log1p"] = new("a.log1p()", x => x["a"].log1p(), Positive("a", 3, 4)),
        ["sqrt"] = new("a.sqrt()", x => x["a"].sqrt(), Positive("a", 3, 4)),
        ["rsqrt"] = new("a.rsqrt()", x => x["a"].rsqrt(), Positive("a", 3, 4)),
        ["square"] = new("a.square()", x => x["a"].square(), Randn("a", 3, 4)),
        ["sin"] = new("a.sin()", x => x["a"].sin(), Randn("a", 3, 4)),
        ["cos"] = new("a.cos()", x => x["a"].cos(), Randn("a", 3, 4)),
        ["tan"] = new("a.tan()", x => x["a"].tan(), Randn("a", 3, 4)),
        ["asin"] = new("(a - 1).asin()", x => (x["a"] - 1).asin(), Positive("a", 3, 4)),
        ["acos"] = new("(a - 1).acos()", x => (x["a"] - 1).acos(), Positive("a", 3, 4)),
        ["atan"] = new("a.atan()", x => x["a"].atan(), Randn("a", 3, 4)),
        ["sinh cosh"] = new("a.sinh() + a.cosh()", x => x["a"].sinh() + x["a"].cosh(), Randn("a", 3, 4)),
        ["tanh"] = new("a.tanh()", x => x["a"].tanh(), Randn("a", 3, 4)),
        ["tanh of a transposed view"] = new("a.tanh()", x => x["a"].tanh(), Transposed("a", 3, 5)),
        ["sigmoid"] = new("a.sigmoid()", x => x["a"].sigmoid(), Randn("a", 3, 4)),
        ["torch.sigmoid"] = new("torch.sigmoid(a)", x => sigmoid(x["a"]), Randn("a", 2, 3, 4)),
        ["relu"] = new("a.relu()", x => x["a"].relu(), Randn("a", 3, 4)),
        ["erf"] = new("a.erf()", x => x["a"].erf(), Randn("a", 3, 4)),
        ["erfinv"] = new("(a - 1).erfinv()", x => (x["a"] - 1).erfinv(), Positive("a", 3, 4)),
        ["lgamma digamma"] = new("a.lgamma() + a.digamma()", x => x["a"].lgamma() + x["a"].digamma(), Positive("a", 3, 4)),
        ["floor"] = new("(a * 3).floor()", x => (x["a"] * 3).floor(), Randn("a", 3, 4)),
        ["ceil"] = new("(a * 3).ceil()", x => (x["a"] * 3).ceil(), Randn("a", 3, 4)),
        ["round half to even"] = new("a.round()", x => x["a"].round(), Values("a", new[] { 0.5f, 1.5f, 2.5f, -0.5f, -1.5f, 2.4f, 2.6f })),
        ["round decimals"] = new("torch.round(a * 10, decimals=2)", x => round(x["a"] * 10, decimals: 2), Randn("a", 3, 4)),
        ["trunc frac"] = new("(a * 3).trunc() + (a * 3).frac()", x => (x["a"] * 3).trunc() + (x["a"] * 3).frac(), Randn("a", 3, 4)),
        ["sign"] = new("a.sign()", x => x["a"].sign(), Values("a", new[] { -2f, 0f, 3f, -0.1f })),
        ["reciprocal"] = new("a.reciprocal()", x => x["a"].reciprocal(), Positive("a", 3, 4)),
        ["abs of int64"] = new("a.abs()", x => x["a"].abs(), Ints("a", -5, 5, 3, 4)),
        ["sqrt of int64 promotes to float"] = new("a.sqrt()", x => x["a"].sqrt(), Ints("a", 0, 9, 6)),
        ["exp of float64"] = new("a.exp()", x => x["a"].exp(), Double("a", 4)),

        ["pow scalar"] = new("a.pow(3)", x => x["a"].pow(3), Randn("a", 3, 4)),
        ["pow fractional"] = new("a.pow(0.5)", x => x["a"].pow(0.5), Positive("a", 3, 4)),
        ["pow tensor broadcast"] = new("a.pow(b)", x => x["a"].pow(x["b"]), Positive("a", 3, 4), Randn("b", 4)),
        ["scalar pow tensor"] = new("torch.pow(2.0, a)", x => pow(2.0, x["a"]), Randn("a", 3, 4)),
        ["pow int64"] = new("a.pow(2)", x => x["a"].pow(2), Ints("a", -4, 4, 5)),
        ["clamp both"] = new("a.clamp(-0.5, 0.5)", x => x["a"].clamp(-0.5, 0.5), Randn("a", 3, 4)),
        ["clamp min only"] = new("a.clamp(min=0)", x => x["a"].clamp(min: 0), Randn("a", 3, 4)),
        ["clamp max only"] = new("a.clamp(max=0.25)", x => x["a"].clamp(max: 0.25), Randn("a", 3, 4)),
        ["clamp tensor bounds"] = new("a.clamp(lo, hi)", x => x["a"].clamp(x["lo"], x["hi"]), Randn("a", 3, 4), Randn("lo", 4), Positive("hi", 3, 1)),
        ["clamp int64"] = new("a.clamp(-2, 3)", x => x["a"].clamp(-2, 3), Ints("a", -9, 9, 10)),
        ["clamp_min clamp_max"] = new("a.clamp_min(-0.2) + a.clamp_max(0.3)", x => x["a"].clamp_min(-0.2) + x["a"].clamp_max(0.3), Randn("a", 3, 4)),
        ["lerp scalar weight"] = new("a.lerp(b, 0.3)", x => x["a"].lerp(x["b"], 0.3), Randn("a", 3, 4), Randn("b", 3, 4)),
        ["lerp tensor weight"] = new("a.lerp(b, w)", x => x["a"].lerp(x["b"], x["w"]), Randn("a", 3, 4), Randn("b", 4), Positive("w", 3, 1)),
        ["maximum"] = new("torch.maximum(a, b)", x => maximum(x["a"], x["b"]), Randn("a", 3, 4), Randn("b", 4)),
        ["minimum"] = new("torch.minimum(a, b)", x => minimum(x["a"], x["b"]), Randn("a", 3, 4), Transposed("b", 3, 4)),
        ["fmod tensor"] = new("torch.fmod(a * 5, b)", x => fmod(x["a"] * 5, x["b"]), Randn("a", 3, 4), Positive("b", 3, 4)),
        ["fmod scalar"] = new("a.fmod(1.5)", x => x["a"].fmod(1.5), Randn("a", 3, 4)) { Differentiable = false },
        ["remainder has the divisor's sign"] = new("(a * 5).remainder(2)", x => (x["a"] * 5).remainder(2), Randn("a", 3, 4)),
        ["remainder int64 and %"] = new("a % 3", x => x["a"] % 3, Ints("a", -10, 10, 8)),
        ["remainder tensor"] = new("torch.remainder(a, b)", x => remainder(x["a"], x["b"]), Randn("a", 3, 4), Positive("b", 4)),
        ["floor_divide int64"] = new("a // 3", x => x["a"].floor_divide(3), Ints("a", -10, 10, 8)),
        ["floor_divide float"] = new("torch.floor_divide(a * 4, b)", x => floor_divide(x["a"] * 4, x["b"]), Randn("a", 3, 4), Positive("b", 4)) { Differentiable = false },
        ["atan2"] = new("torch.atan2(a, b)", x => atan2(x["a"], x["b"]), Randn("a", 3, 4), Randn("b", 3, 4)),
        ["hypot"] = new("torch.hypot(a, b)", x => hypot(x["a"], x["b"]), Randn("a", 3, 4), Randn("b", 3, 4)),
        ["xlogy"] = new("torch.xlogy(a, b)", x => xlogy(x["a"], x["b"]), Randn("a", 3, 4), Positive("b", 3, 4)),
        ["masked_fill scalar"] = new("a.masked_fill(m, -1.5)", x => x["a"].masked_fill(x["m"], -1.5), Randn("a", 3, 4), Bools("m", 3, 4)),
        ["masked_fill broadcast mask"] = new("a.masked_fill(m, float('-inf')).softmax(-1)", x => x["a"].masked_fill(x["m"], double.NegativeInfinity).softmax(-1),
            Randn("a", 2, 3, 4), Of("m", () => tensor(new[] { false, false, true, true }))),
        ["masked_fill tensor value"] = new("a.masked_fill(m, v)", x => x["a"].masked_fill(x["m"], x["v"]), Randn("a", 3, 4), Bools("m", 3, 4), Of("v", () => tensor(2.5f))),
        ["where"] = new("torch.where(c, a, b)", x => where(x["c"], x["a"], x["b"]), Bools("c", 3, 4), Randn("a", 3, 4), Randn("b", 4)),
        ["where scalar other"] = new("torch.where(c, a, 0.0)", x => where(x["c"], x["a"], 0.0), Bools("c", 3, 4), Randn("a", 3, 4)),
        ["where scalar input"] = new("torch.where(c, 1.0, b)", x => where(x["c"], 1.0, x["b"]), Bools("c", 3, 4), Randn("b", 3, 4)),
        ["Tensor.where"] = new("a.where(a > 0, b)", x => x["a"].where(x["a"] > 0, x["b"]), Randn("a", 3, 4), Randn("b", 3, 4)),
        ["nan_to_num defaults"] = new("a.nan_to_num()", x => x["a"].nan_to_num(),
            Values("a", new[] { float.NaN, float.PositiveInfinity, float.NegativeInfinity, 1.5f })) { Differentiable = false },
        ["nan_to_num values"] = new("a.nan_to_num(nan=0.5, posinf=9.0, neginf=-9.0)", x => x["a"].nan_to_num(0.5, 9, -9),
            Values("a", new[] { float.NaN, float.PositiveInfinity, float.NegativeInfinity, 1.5f })) { Differentiable = false },
        ["addcmul"] = new("a.addcmul(b, c, value=0.5)", x => x["a"].addcmul(x["b"], x["c"], 0.5), Randn("a", 3, 4), Randn("b", 3, 4), Randn("c", 4)),
        ["addcdiv"] = new("torch.addcdiv(a, b, c, value=-2)", x => addcdiv(x["a"], x["b"], x["c"], -2), Randn("a", 3, 4), Randn("b", 3, 4), Positive("c", 3, 4)),
        ["softmax"] = new("a.softmax(-1)", x => x["a"].softmax(-1), Randn("a", 2, 3, 5)),
        ["softmax dim 0"] = new("torch.softmax(a, 0)", x => softmax(x["a"], 0), Transposed("a", 4, 3)),
        ["softmax to float64"] = new("a.softmax(1, dtype=torch.float64)", x => x["a"].softmax(1, ScalarType.Float64), Randn("a", 2, 3)),
        ["log_softmax"] = new("a.log_softmax(1)", x => x["a"].log_softmax(1), Randn("a", 2, 5, 3)),
        ["mixed int and float promote"] = new("a * b + a", x => x["a"] * x["b"] + x["a"], Ints("a", -3, 3, 3, 4), Randn("b", 4)),
    };

    public static TheoryData<string> Names => Cases.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void Matches_pytorch(string name) => Cases.Check(name);

    [Fact]
    public void In_place_twins_change_the_tensor_and_return_it()
    {
        using var scope = NewDisposeScope();
        var data = new float[] { -1.5f, 0.25f, 2f, 4f };
        var checks = new (Func<Tensor, Tensor> inPlace, Func<Tensor, Tensor> outOfPlace)[]
        {
            (t => t.abs_(), t => t.abs()), (t => t.neg_(), t => t.neg()), (t => t.exp_(), t => t.exp()),
            (t => t.relu_(), t => t.relu()), (t => t.sigmoid_(), t => t.sigmoid()), (t => t.tanh_(), t => t.tanh()),
            (t => t.floor_(), t => t.floor()), (t => t.round_(), t => t.round()), (t => t.clamp_(-1, 1), t => t.clamp(-1, 1)),
            (t => t.pow_(2), t => t.pow(2)), (t => t.square_(), t => t.square()), (t => t.sign_(), t => t.sign()),
            (t => t.masked_fill_(t > 1, 0), t => t.masked_fill(t > 1, 0)), (t => t.lerp_(ones_like(t), 0.5), t => t.lerp(ones_like(t), 0.5)),
            (t => t.addcmul_(t, t, 2), t => t.addcmul(t, t, 2)), (t => t.fmod_(1.5), t => t.fmod(1.5)),
            (t => t.remainder_(1.5), t => t.remainder(1.5)), (t => t.nan_to_num_(), t => t.nan_to_num()),
        };
        foreach (var (inPlace, outOfPlace) in checks)
        {
            var expected = outOfPlace(tensor(data));
            var t = tensor(data);
            var returned = inPlace(t);
            Assert.Same(t, returned);
            TensorAssert.Close(expected, t);
        }
    }
}
