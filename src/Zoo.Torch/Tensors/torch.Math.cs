namespace Zoo.Torch;

// torch.xxx(tensor, ...) mirrors of the elementwise Tensor methods, as PyTorch offers both spellings.
public static partial class torch
{
    public static Tensor abs(Tensor input) => input.abs();
    public static Tensor exp(Tensor input) => input.exp();
    public static Tensor exp2(Tensor input) => input.exp2();
    public static Tensor expm1(Tensor input) => input.expm1();
    public static Tensor log(Tensor input) => input.log();
    public static Tensor log2(Tensor input) => input.log2();
    public static Tensor log10(Tensor input) => input.log10();
    public static Tensor log1p(Tensor input) => input.log1p();
    public static Tensor sqrt(Tensor input) => input.sqrt();
    public static Tensor rsqrt(Tensor input) => input.rsqrt();
    public static Tensor square(Tensor input) => input.square();
    public static Tensor sin(Tensor input) => input.sin();
    public static Tensor cos(Tensor input) => input.cos();
    public static Tensor tan(Tensor input) => input.tan();
    public static Tensor asin(Tensor input) => input.asin();
    public static Tensor acos(Tensor input) => input.acos();
    public static Tensor atan(Tensor input) => input.atan();
    public static Tensor sinh(Tensor input) => input.sinh();
    public static Tensor cosh(Tensor input) => input.cosh();
    public static Tensor tanh(Tensor input) => input.tanh();
    public static Tensor sigmoid(Tensor input) => input.sigmoid();
    public static Tensor relu(Tensor input) => input.relu();
    public static Tensor erf(Tensor input) => input.erf();
    public static Tensor erfinv(Tensor input) => input.erfinv();
    public static Tensor lgamma(Tensor input) => input.lgamma();
    public static Tensor digamma(Tensor input) => input.digamma();
    public static Tensor floor(Tensor input) => input.floor();
    public static Tensor ceil(Tensor input) => input.ceil();
    public static Tensor trunc(Tensor input) => input.trunc();
    public static Tensor frac(Tensor input) => input.frac();
    public static Tensor sign(Tensor input) => input.sign();
    public static Tensor reciprocal(Tensor input) => input.reciprocal();
    public static Tensor neg(Tensor input) => input.neg();
    public static Tensor isnan(Tensor input) => input.isnan();
    public static Tensor isinf(Tensor input) => input.isinf();
    public static Tensor isfinite(Tensor input) => input.isfinite();
    public static Tensor isposinf(Tensor input) => input.isposinf();
    public static Tensor isneginf(Tensor input) => input.isneginf();
    public static Tensor logical_not(Tensor input) => input.logical_not();
    public static Tensor bitwise_not(Tensor input) => input.bitwise_not();
    public static Tensor abs_(Tensor input) => input.abs_();
    public static Tensor exp_(Tensor input) => input.exp_();
    public static Tensor log_(Tensor input) => input.log_();
    public static Tensor sqrt_(Tensor input) => input.sqrt_();
    public static Tensor sigmoid_(Tensor input) => input.sigmoid_();
    public static Tensor relu_(Tensor input) => input.relu_();
    public static Tensor tanh_(Tensor input) => input.tanh_();
    public static Tensor round(Tensor input, long decimals = 0) => decimals == 0 ? input.round() : input.round(decimals);

    public static Tensor softmax(Tensor input, long dim, ScalarType? dtype = null) => input.softmax(dim, dtype);
    public static Tensor log_softmax(Tensor input, long dim, ScalarType? dtype = null) => input.log_softmax(dim, dtype);

    public static Tensor pow(Tensor input, Tensor exponent) => input.pow(exponent);
    public static Tensor pow(Tensor input, Scalar exponent) => input.pow(exponent);

    /// <summary><paramref name="self"/> raised to every element of <paramref name="exponent"/> (Python's <c>2 ** t</c>).</summary>
    public static Tensor pow(Scalar self, Tensor exponent) => new(Interop.Native.zoo_pow_scalar_base(self, exponent.Handle));

    public static Tensor clamp(Tensor input, Scalar? min = null, Scalar? max = null) => input.clamp(min, max);
    public static Tensor clamp(Tensor input, Tensor? min = null, Tensor? max = null) => input.clamp(min, max);
    public static Tensor clip(Tensor input, Scalar? min = null, Scalar? max = null) => input.clamp(min, max);
    public static Tensor lerp(Tensor input, Tensor end, Scalar weight) => input.lerp(end, weight);
    public static Tensor lerp(Tensor input, Tensor end, Tensor weight) => input.lerp(end, weight);
    public static Tensor maximum(Tensor input, Tensor other) => input.maximum(other);
    public static Tensor minimum(Tensor input, Tensor other) => input.minimum(other);
    public static Tensor fmax(Tensor input, Tensor other) => input.fmax(other);
    public static Tensor fmin(Tensor input, Tensor other) => input.fmin(other);
    public static Tensor atan2(Tensor input, Tensor other) => input.atan2(other);
    public static Tensor hypot(Tensor input, Tensor other) => input.hypot(other);
    public static Tensor xlogy(Tensor input, Tensor other) => input.xlogy(other);
    public static Tensor fmod(Tensor input, Tensor other) => input.fmod(other);
    public static Tensor fmod(Tensor input, Scalar other) => input.fmod(other);
    public static Tensor remainder(Tensor input, Tensor other) => input.remainder(other);
    public static Tensor remainder(Tensor input, Scalar other) => input.remainder(other);
    public static Tensor floor_divide(Tensor input, Tensor other) => input.floor_divide(other);
    public static Tensor floor_divide(Tensor input, Scalar other) => input.floor_divide(other);
    public static Tensor masked_fill(Tensor input, Tensor mask, Scalar value) => input.masked_fill(mask, value);
    public static Tensor nan_to_num(Tensor input, double? nan = null, double? posinf = null, double? neginf = null) => input.nan_to_num(nan, posinf, neginf);
    public static Tensor addcmul(Tensor input, Tensor tensor1, Tensor tensor2, Scalar? value = null) => input.addcmul(tensor1, tensor2, value);
    public static Tensor addcdiv(Tensor input, Tensor tensor1, Tensor tensor2, Scalar? value = null) => input.addcdiv(tensor1, tensor2, value);

    public static Tensor add(Tensor input, Tensor other, Scalar? alpha = null) => input.add(other, alpha);
    public static Tensor add(Tensor input, Scalar other, Scalar? alpha = null) => input.add(other, alpha);
    public static Tensor sub(Tensor input, Tensor other, Scalar? alpha = null) => input.sub(other, alpha);
    public static Tensor sub(Tensor input, Scalar other, Scalar? alpha = null) => input.sub(other, alpha);
    public static Tensor mul(Tensor input, Tensor other) => input.mul(other);
    public static Tensor mul(Tensor input, Scalar other) => input.mul(other);
    public static Tensor div(Tensor input, Tensor other) => input.div(other);
    public static Tensor div(Tensor input, Scalar other) => input.div(other);

    /// <summary>Elements of <paramref name="input"/> where <paramref name="condition"/> is true, of <paramref name="other"/> elsewhere (broadcast).</summary>
    public static Tensor where(Tensor condition, Tensor input, Tensor other) => input.where(condition, other);
    public static Tensor where(Tensor condition, Tensor input, Scalar other) => input.where(condition, other);
    public static Tensor where(Tensor condition, Scalar input, Tensor other) => new(Interop.Native.zoo_where_scalar_self(condition.Handle, input, other.Handle));

    // ---- comparisons and logic ----------------------------------------------------------------------------------
    public static Tensor eq(Tensor input, Tensor other) => input.eq(other);
    public static Tensor eq(Tensor input, Scalar other) => input.eq(other);
    public static Tensor ne(Tensor input, Tensor other) => input.ne(other);
    public static Tensor ne(Tensor input, Scalar other) => input.ne(other);
    public static Tensor lt(Tensor input, Tensor other) => input.lt(other);
    public static Tensor lt(Tensor input, Scalar other) => input.lt(other);
    public static Tensor le(Tensor input, Tensor other) => input.le(other);
    public static Tensor le(Tensor input, Scalar other) => input.le(other);
    public static Tensor gt(Tensor input, Tensor other) => input.gt(other);
    public static Tensor gt(Tensor input, Scalar other) => input.gt(other);
    public static Tensor ge(Tensor input, Tensor other) => input.ge(other);
    public static Tensor ge(Tensor input, Scalar other) => input.ge(other);
    public static Tensor logical_and(Tensor input, Tensor other) => input.logical_and(other);
    public static Tensor logical_or(Tensor input, Tensor other) => input.logical_or(other);
    public static Tensor logical_xor(Tensor input, Tensor other) => input.logical_xor(other);
    public static Tensor bitwise_and(Tensor input, Tensor other) => input.bitwise_and(other);
    public static Tensor bitwise_or(Tensor input, Tensor other) => input.bitwise_or(other);
    public static Tensor bitwise_xor(Tensor input, Tensor other) => input.bitwise_xor(other);
    public static Tensor isclose(Tensor input, Tensor other, double rtol = 1e-05, double atol = 1e-08, bool equal_nan = false) => input.isclose(other, rtol, atol, equal_nan);
    public static bool allclose(Tensor input, Tensor other, double rtol = 1e-05, double atol = 1e-08, bool equal_nan = false) => input.allclose(other, rtol, atol, equal_nan);
    public static bool equal(Tensor input, Tensor other) => input.equal(other);
}
