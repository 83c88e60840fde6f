using Zoo.Torch.Interop;

namespace Zoo.Torch;

public static partial class torch
{
    public partial class Tensor
    {
        /// <summary>Finishes an in-place operation: throws libtorch's error, or returns this tensor.</summary>
        private Tensor InPlace(int status)
        {
            Native.Check(status);
            return this;
        }

        private static int Code(ScalarType? type) => type is { } t ? (int)t : -1;

        // ---- functions of one element, each with its in-place twin ------------------------------------------
        public Tensor abs() => new(Native.zoo_abs(Handle));
        public Tensor abs_() => InPlace(Native.zoo_abs_(Handle));
        public Tensor exp() => new(Native.zoo_exp(Handle));
        public Tensor exp_() => InPlace(Native.zoo_exp_(Handle));
        public Tensor exp2() => new(Native.zoo_exp2(Handle));
        public Tensor exp2_() => InPlace(Native.zoo_exp2_(Handle));
        public Tensor expm1() => new(Native.zoo_expm1(Handle));
        public Tensor expm1_() => InPlace(Native.zoo_expm1_(Handle));
        public Tensor log() => new(Native.zoo_log(Handle));
        public Tensor log_() => InPlace(Native.zoo_log_(Handle));
        public Tensor log2() => new(Native.zoo_log2(Handle));
        public Tensor log2_() => InPlace(Native.zoo_log2_(Handle));
        public Tensor log10() => new(Native.zoo_log10(Handle));
        public Tensor log10_() => InPlace(Native.zoo_log10_(Handle));
        public Tensor log1p() => new(Native.zoo_log1p(Handle));
        public Tensor log1p_() => InPlace(Native.zoo_log1p_(Handle));
        public Tensor sqrt() => new(Native.zoo_sqrt(Handle));
        public Tensor sqrt_() => InPlace(Native.zoo_sqrt_(Handle));
        public Tensor rsqrt() => new(Native.zoo_rsqrt(Handle));
        public Tensor rsqrt_() => InPlace(Native.zoo_rsqrt_(Handle));
        public Tensor square() => new(Native.zoo_square(Handle));
        public Tensor square_() => InPlace(Native.zoo_square_(Handle));
        public Tensor sin() => new(Native.zoo_sin(Handle));
        public Tensor sin_() => InPlace(Native.zoo_sin_(Handle));
        public Tensor cos() => new(Native.zoo_cos(Handle));
        public Tensor cos_() => InPlace(Native.zoo_cos_(Handle));
        public Tensor tan() => new(Native.zoo_tan(Handle));
        public Tensor tan_() => InPlace(Native.zoo_tan_(Handle));
        public Tensor asin() => new(Native.zoo_asin(Handle));
        public Tensor asin_() => InPlace(Native.zoo_asin_(Handle));
        public Tensor acos() => new(Native.zoo_acos(Handle));
        public Tensor acos_() => InPlace(Native.zoo_acos_(Handle));
        public Tensor atan() => new(Native.zoo_atan(Handle));
        public Tensor atan_() => InPlace(Native.zoo_atan_(Handle));
        public Tensor sinh() => new(Native.zoo_sinh(Handle));
        public Tensor sinh_() => InPlace(Native.zoo_sinh_(Handle));
        public Tensor cosh() => new(Native.zoo_cosh(Handle));
        public Tensor cosh_() => InPlace(Native.zoo_cosh_(Handle));
        public Tensor tanh() => new(Native.zoo_tanh(Handle));
        public Tensor tanh_() => InPlace(Native.zoo_tanh_(Handle));
        public Tensor sigmoid() => new(Native.zoo_sigmoid(Handle));
        public Tensor sigmoid_() => InPlace(Native.zoo_sigmoid_(Handle));
        public Tensor relu() => new(Native.zoo_relu(Handle));
        public Tensor relu_() => InPlace(Native.zoo_relu_(Handle));
        public Tensor erf() => new(Native.zoo_erf(Handle));
        public Tensor erf_() => InPlace(Native.zoo_erf_(Handle));
        public Tensor erfinv() => new(Native.zoo_erfinv(Handle));
        public Tensor erfinv_() => InPlace(Native.zoo_erfinv_(Handle));
        public Tensor lgamma() => new(Native.zoo_lgamma(Handle));
        public Tensor lgamma_() => InPlace(Native.zoo_lgamma_(Handle));
        public Tensor digamma() => new(Native.zoo_digamma(Handle));
        public Tensor digamma_() => InPlace(Native.zoo_digamma_(Handle));
        public Tensor floor() => new(Native.zoo_floor(Handle));
        public Tensor floor_() => InPlace(Native.zoo_floor_(Handle));
        public Tensor ceil() => new(Native.zoo_ceil(Handle));
        public Tensor ceil_() => InPlace(Native.zoo_ceil_(Handle));
        public Tensor round() => new(Native.zoo_round(Handle));
        public Tensor round_() => InPlace(Native.zoo_round_(Handle));
        public Tensor trunc() => new(Native.zoo_trunc(Handle));
        public Tensor trunc_() => InPlace(Native.zoo_trunc_(Handle));
        public Tensor frac() => new(Native.zoo_frac(Handle));
        public Tensor frac_() => InPlace(Native.zoo_frac_(Handle));
        public Tensor sign() => new(Native.zoo_sign(Handle));
        public Tensor sign_() => InPlace(Native.zoo_sign_(Handle));
        public Tensor reciprocal() => new(Native.zoo_reciprocal(Handle));
        public Tensor reciprocal_() => InPlace(Native.zoo_reciprocal_(Handle));
        public Tensor neg_() => InPlace(Native.zoo_neg_(Handle));
        public Tensor negative() => neg();
        public Tensor absolute() => abs();
        public Tensor arcsin() => asin();
        public Tensor arccos() => acos();
        public Tensor arctan() => atan();
        public Tensor fix() => trunc();

        /// <summary>Rounds half to even to <paramref name="decimals"/> decimal places.</summary>
        public Tensor round(long decimals) => new(Native.zoo_round_decimals(Handle, decimals));

        /// <summary>exp(x) / sum(exp(x)) along <paramref name="dim"/>, computed in <paramref name="dtype"/> when given.</summary>
        public Tensor softmax(long dim, ScalarType? dtype = null) => new(Native.zoo_softmax(Handle, dim, Code(dtype)));
        public Tensor log_softmax(long dim, ScalarType? dtype = null) => new(Native.zoo_log_softmax(Handle, dim, Code(dtype)));

        // ---- powers -------------------------------------------------------------------------------------------
        public Tensor pow(Tensor exponent) => new(Native.zoo_pow(Handle, exponent.Handle));
        public Tensor pow(Scalar exponent) => new(Native.zoo_pow_scalar(Handle, exponent));
        public Tensor pow_(Tensor exponent) => InPlace(Native.zoo_pow_(Handle, exponent.Handle));
        public Tensor pow_(Scalar exponent) => InPlace(Native.zoo_pow_scalar_(Handle, exponent));

        // ---- bounds -------------------------------------------------------------------------------------------

        /// <summary>Limits every element to [min, max]; an absent bound does not limit.</summary>
        public unsafe Tensor clamp(Scalar? min = null, Scalar? max = null)
        {
            Scalar lo = min.GetValueOrDefault(), hi = max.GetValueOrDefault();
            return new(Native.zoo_clamp(Handle, min.HasValue ? &lo : null, max.HasValue ? &hi : null));
        }

        public unsafe Tensor clamp_(Scalar? min = null, Scalar? max = null)
        {
            Scalar lo = min.GetValueOrDefault(), hi = max.GetValueOrDefault();
            return InPlace(Native.zoo_clamp_(Handle, min.HasValue ? &lo : null, max.HasValue ? &hi : null));
        }

        /// <summary>Limits every element by the matching (broadcast) elements of <paramref name="min"/> and <paramref name="max"/>.</summary>
        public Tensor clamp(Tensor? min = null, Tensor? max = null) =>
            new(Native.zoo_clamp_tensor(Handle, min?.Handle ?? IntPtr.Zero, max?.Handle ?? IntPtr.Zero));

        public Tensor clamp_(Tensor? min = null, Tensor? max = null) =>
            InPlace(Native.zoo_clamp_tensor_(Handle, min?.Handle ?? IntPtr.Zero, max?.Handle ?? IntPtr.Zero));

        public Tensor clamp_min(Scalar min) => clamp(min, null);
        public Tensor clamp_max(Scalar max) => clamp(null, max);
        public Tensor clamp_min_(Scalar min) => clamp_(min, null);
        public Tensor clamp_max_(Scalar max) => clamp_(null, max);
        public Tensor clip(Scalar? min = null, Scalar? max = null) => clamp(min, max);

        // ---- two operands -------------------------------------------------------------------------------------

        /// <summary>this + weight * (end - this).</summary>
        public Tensor lerp(Tensor end, Scalar weight) => new(Native.zoo_lerp_scalar(Handle, end.Handle, weight));
        public Tensor lerp(Tensor end, Tensor weight) => new(Native.zoo_lerp(Handle, end.Handle, weight.Handle));
        public Tensor lerp_(Tensor end, Scalar weight) => InPlace(Native.zoo_lerp_scalar_(Handle, end.Handle, weight));
        public Tensor lerp_(Tensor end, Tensor weight) => InPlace(Native.zoo_lerp_(Handle, end.Handle, weight.Handle));

        /// <summary>The elementwise larger value (NaN wins; see <see cref="fmax"/> to ignore NaNs).</summary>
        public Tensor maximum(Tensor other) => new(Native.zoo_maximum(Handle, other.Handle));
        public Tensor minimum(Tensor other) => new(Native.zoo_minimum(Handle, other.Handle));
        public Tensor fmax(Tensor other) => new(Native.zoo_fmax(Handle, other.Handle));
        public Tensor fmin(Tensor other) => new(Native.zoo_fmin(Handle, other.Handle));
        public Tensor atan2(Tensor other) => new(Native.zoo_atan2(Handle, other.Handle));
        public Tensor hypot(Tensor other) => new(Native.zoo_hypot(Handle, other.Handle));
        public Tensor xlogy(Tensor other) => new(Native.zoo_xlogy(Handle, other.Handle));

        /// <summary>The remainder with the sign of the dividend (C's fmod).</summary>
        public Tensor fmod(Tensor other) => new(Native.zoo_fmod(Handle, other.Handle));
        public Tensor fmod(Scalar other) => new(Native.zoo_fmod_scalar(Handle, other));
        public Tensor fmod_(Tensor other) => InPlace(Native.zoo_fmod_(Handle, other.Handle));
        public Tensor fmod_(Scalar other) => InPlace(Native.zoo_fmod_scalar_(Handle, other));

        /// <summary>The remainder with the sign of the divisor (Python's %).</summary>
        public Tensor remainder(Tensor other) => new(Native.zoo_remainder(Handle, other.Handle));
        public Tensor remainder(Scalar other) => new(Native.zoo_remainder_scalar(Handle, other));
        public Tensor remainder_(Tensor other) => InPlace(Native.zoo_remainder_(Handle, other.Handle));
        public Tensor remainder_(Scalar other) => InPlace(Native.zoo_remainder_scalar_(Handle, other));

        /// <summary>The quotient rounded towards negative infinity (Python's //).</summary>
        public Tensor floor_divide(Tensor other) => new(Native.zoo_floor_divide(Handle, other.Handle));
        public Tensor floor_divide(Scalar other) => new(Native.zoo_floor_divide_scalar(Handle, other));
        public Tensor floor_divide_(Tensor other) => InPlace(Native.zoo_floor_divide_(Handle, other.Handle));
        public Tensor floor_divide_(Scalar other) => InPlace(Native.zoo_floor_divide_scalar_(Handle, other));

        // ---- selection by mask --------------------------------------------------------------------------------

        /// <summary>This tensor with <paramref name="value"/> wherever <paramref name="mask"/> (bool, broadcast) is true.</summary>
        public Tensor masked_fill(Tensor mask, Scalar value) => new(Native.zoo_masked_fill(Handle, mask.Handle, value));
        public Tensor masked_fill(Tensor mask, Tensor value) => new(Native.zoo_masked_fill_tensor(Handle, mask.Handle, value.Handle));
        public Tensor masked_fill_(Tensor mask, Scalar value) => InPlace(Native.zoo_masked_fill_(Handle, mask.Handle, value));
        public Tensor masked_fill_(Tensor mask, Tensor value) => InPlace(Native.zoo_masked_fill_tensor_(Handle, mask.Handle, value.Handle));

        /// <summary>This tensor where <paramref name="condition"/> is true, <paramref name="other"/> elsewhere.</summary>
        public Tensor where(Tensor condition, Tensor other) => new(Native.zoo_where(condition.Handle, Handle, other.Handle));
        public Tensor where(Tensor condition, Scalar other) => new(Native.zoo_where_scalar_other(condition.Handle, Handle, other));

        /// <summary>Replaces NaN, +inf and -inf (by default with 0 and the dtype's largest and smallest finite values).</summary>
        public unsafe Tensor nan_to_num(double? nan = null, double? posinf = null, double? neginf = null)
        {
            double n = nan.GetValueOrDefault(), p = posinf.GetValueOrDefault(), m = neginf.GetValueOrDefault();
            return new(Native.zoo_nan_to_num(Handle, nan.HasValue ? &n : null, posinf.HasValue ? &p : null, neginf.HasValue ? &m : null));
        }

        public unsafe Tensor nan_to_num_(double? nan = null, double? posinf = null, double? neginf = null)
        {
            double n = nan.GetValueOrDefault(), p = posinf.GetValueOrDefault(), m = neginf.GetValueOrDefault();
            return InPlace(Native.zoo_nan_to_num_(Handle, nan.HasValue ? &n : null, posinf.HasValue ? &p : null, neginf.HasValue ? &m : null));
        }

        // ---- fused multiply-add -------------------------------------------------------------------------------

        /// <summary>this + value * tensor1 * tensor2.</summary>
        public Tensor addcmul(Tensor tensor1, Tensor tensor2, Scalar? value = null) =>
            new(Native.zoo_addcmul(Handle, tensor1.Handle, tensor2.Handle, value ?? 1));

        /// <summary>this + value * tensor1 / tensor2.</summary>
        public Tensor addcdiv(Tensor tensor1, Tensor tensor2, Scalar? value = null) =>
            new(Native.zoo_addcdiv(Handle, tensor1.Handle, tensor2.Handle, value ?? 1));

        public Tensor addcmul_(Tensor tensor1, Tensor tensor2, Scalar? value = null) =>
            InPlace(Native.zoo_addcmul_(Handle, tensor1.Handle, tensor2.Handle, value ?? 1));

        public Tensor addcdiv_(Tensor tensor1, Tensor tensor2, Scalar? value = null) =>
            InPlace(Native.zoo_addcdiv_(Handle, tensor1.Handle, tensor2.Handle, value ?? 1));

        /// <summary>Python's % (the remainder takes the sign of the divisor).</summary>
        public static Tensor operator %(Tensor a, Tensor b) => a.remainder(b);
        public static Tensor operator %(Tensor a, Scalar b) => a.remainder(b);
    }
}
