using Zoo.Torch.Interop;

namespace Zoo.Torch;

public static partial class torch
{
    /// <remarks>
    /// The C# operators <c>&lt; &lt;= &gt; &gt;=</c> compare elementwise and return bool tensors, as in PyTorch.
    /// <c>==</c> and <c>!=</c> are NOT overloaded: they stay reference equality, as in TorchSharp, because a
    /// <see cref="Tensor"/> is also a .NET object that lives in dictionaries, sets and null checks
    /// (<c>if (t == null)</c>), and an <c>==</c> returning a tensor would break all of them. Use <see cref="eq(Tensor)"/>
    /// and <see cref="ne(Tensor)"/> for elementwise equality, <see cref="equal"/> or <see cref="allclose"/> for a bool.
    /// </remarks>
    public partial class Tensor
    {
        public Tensor eq(Tensor other) => new(Native.zoo_eq(Handle, other.Handle));
        public Tensor eq(Scalar other) => new(Native.zoo_eq_scalar(Handle, other));
        public Tensor ne(Tensor other) => new(Native.zoo_ne(Handle, other.Handle));
        public Tensor ne(Scalar other) => new(Native.zoo_ne_scalar(Handle, other));
        public Tensor lt(Tensor other) => new(Native.zoo_lt(Handle, other.Handle));
        public Tensor lt(Scalar other) => new(Native.zoo_lt_scalar(Handle, other));
        public Tensor le(Tensor other) => new(Native.zoo_le(Handle, other.Handle));
        public Tensor le(Scalar other) => new(Native.zoo_le_scalar(Handle, other));
        public Tensor gt(Tensor other) => new(Native.zoo_gt(Handle, other.Handle));
        public Tensor gt(Scalar other) => new(Native.zoo_gt_scalar(Handle, other));
        public Tensor ge(Tensor other) => new(Native.zoo_ge(Handle, other.Handle));
        public Tensor ge(Scalar other) => new(Native.zoo_ge_scalar(Handle, other));

        public Tensor greater(Tensor other) => gt(other);
        public Tensor greater_equal(Tensor other) => ge(other);
        public Tensor less(Tensor other) => lt(other);
        public Tensor less_equal(Tensor other) => le(other);
        public Tensor not_equal(Tensor other) => ne(other);

        public static Tensor operator <(Tensor a, Tensor b) => a.lt(b);
        public static Tensor operator <(Tensor a, Scalar b) => a.lt(b);
        public static Tensor operator <(Scalar a, Tensor b) => b.gt(a);
        public static Tensor operator <=(Tensor a, Tensor b) => a.le(b);
        public static Tensor operator <=(Tensor a, Scalar b) => a.le(b);
        public static Tensor operator <=(Scalar a, Tensor b) => b.ge(a);
        public static Tensor operator >(Tensor a, Tensor b) => a.gt(b);
        public static Tensor operator >(Tensor a, Scalar b) => a.gt(b);
        public static Tensor operator >(Scalar a, Tensor b) => b.lt(a);
        public static Tensor operator >=(Tensor a, Tensor b) => a.ge(b);
        public static Tensor operator >=(Tensor a, Scalar b) => a.ge(b);
        public static Tensor operator >=(Scalar a, Tensor b) => b.le(a);

        // ---- logic (any dtype: zero is false) and bits (integer and bool dtypes) ----------------------------
        public Tensor logical_and(Tensor other) => new(Native.zoo_logical_and(Handle, other.Handle));
        public Tensor logical_or(Tensor other) => new(Native.zoo_logical_or(Handle, other.Handle));
        public Tensor logical_xor(Tensor other) => new(Native.zoo_logical_xor(Handle, other.Handle));
        public Tensor logical_not() => new(Native.zoo_logical_not(Handle));
        public Tensor bitwise_and(Tensor other) => new(Native.zoo_bitwise_and(Handle, other.Handle));
        public Tensor bitwise_and(Scalar other) => new(Native.zoo_bitwise_and_scalar(Handle, other));
        public Tensor bitwise_or(Tensor other) => new(Native.zoo_bitwise_or(Handle, other.Handle));
        public Tensor bitwise_or(Scalar other) => new(Native.zoo_bitwise_or_scalar(Handle, other));
        public Tensor bitwise_xor(Tensor other) => new(Native.zoo_bitwise_xor(Handle, other.Handle));
        public Tensor bitwise_xor(Scalar other) => new(Native.zoo_bitwise_xor_scalar(Handle, other));
        public Tensor bitwise_not() => new(Native.zoo_bitwise_not(Handle));

        /// <summary>Python's <c>&amp;</c>: bitwise and (logical and on bool tensors).</summary>
        public static Tensor operator &(Tensor a, Tensor b) => a.bitwise_and(b);
        public static Tensor operator &(Tensor a, Scalar b) => a.bitwise_and(b);
        public static Tensor operator |(Tensor a, Tensor b) => a.bitwise_or(b);
        public static Tensor operator |(Tensor a, Scalar b) => a.bitwise_or(b);
        public static Tensor operator ^(Tensor a, Tensor b) => a.bitwise_xor(b);
        public static Tensor operator ^(Tensor a, Scalar b) => a.bitwise_xor(b);

        /// <summary>Python's <c>~</c>: bitwise not (logical not on bool tensors).</summary>
        public static Tensor operator ~(Tensor a) => a.bitwise_not();

        /// <summary>Logical not: true where an element is zero (false).</summary>
        public static Tensor operator !(Tensor a) => a.logical_not();

        // ---- special values -----------------------------------------------------------------------------------
        public Tensor isnan() => new(Native.zoo_isnan(Handle));
        public Tensor isinf() => new(Native.zoo_isinf(Handle));
        public Tensor isfinite() => new(Native.zoo_isfinite(Handle));
        public Tensor isposinf() => new(Native.zoo_isposinf(Handle));
        public Tensor isneginf() => new(Native.zoo_isneginf(Handle));

        // ---- whole-tensor comparisons -------------------------------------------------------------------------

        /// <summary>Elementwise |this - other| &lt;= atol + rtol * |other|.</summary>
        public Tensor isclose(Tensor other, double rtol = 1e-05, double atol = 1e-08, bool equal_nan = false) =>
            new(Native.zoo_isclose(Handle, other.Handle, rtol, atol, equal_nan ? 1 : 0));

        /// <summary>True when every element satisfies |this - other| &lt;= atol + rtol * |other| (shapes broadcast).</summary>
        public bool allclose(Tensor other, double rtol = 1e-05, double atol = 1e-08, bool equal_nan = false) =>
            Truth(Native.zoo_allclose(Handle, other.Handle, rtol, atol, equal_nan ? 1 : 0));

        /// <summary>True when both tensors have the same shape and the same elements.</summary>
        public bool equal(Tensor other) => Truth(Native.zoo_equal(Handle, other.Handle));

        private static bool Truth(int status)
        {
            Native.Check(status);
            return status == 1;
        }
    }
}
