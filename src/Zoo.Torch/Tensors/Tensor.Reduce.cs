using Zoo.Torch.Interop;

namespace Zoo.Torch;

public static partial class torch
{
    public partial class Tensor
    {
        /// <summary>Wraps both results of a (values, indices) operation, or throws its error.</summary>
        private static (Tensor, Tensor) Pair(int status, IntPtr first, IntPtr second)
        {
            Native.Check(status);
            return (new Tensor(first), new Tensor(second));
        }

        // ---- sum, mean, prod --------------------------------------------------------------------------------
        // The int overloads exist because C# converts the literal 0 to any enum: without them x.sum(0) would bind
        // to sum(ScalarType? type) and sum everything as uint8 instead of summing dim 0.

        /// <summary>The sum of every element (accumulated in <paramref name="type"/> when given).</summary>
        public unsafe Tensor sum(ScalarType? type = null) => new(Native.zoo_sum(Handle, null, 0, 0, Code(type)));
        public unsafe Tensor sum(long dim, bool keepdim = false, ScalarType? type = null) => new(Native.zoo_sum(Handle, &dim, 1, keepdim ? 1 : 0, Code(type)));
        public Tensor sum(int dim, bool keepdim = false, ScalarType? type = null) => sum((long)dim, keepdim, type);

        public unsafe Tensor sum(long[] dims, bool keepdim = false, ScalarType? type = null)
        {
            fixed (long* d = NonNull(dims)) return new(Native.zoo_sum(Handle, d, dims.Length, keepdim ? 1 : 0, Code(type)));
        }

        public unsafe Tensor mean(ScalarType? type = null) => new(Native.zoo_mean(Handle, null, 0, 0, Code(type)));
        public unsafe Tensor mean(long dim, bool keepdim = false, ScalarType? type = null) => new(Native.zoo_mean(Handle, &dim, 1, keepdim ? 1 : 0, Code(type)));
        public Tensor mean(int dim, bool keepdim = false, ScalarType? type = null) => mean((long)dim, keepdim, type);

        public unsafe Tensor mean(long[] dims, bool keepdim = false, ScalarType? type = null)
        {
            fixed (long* d = NonNull(dims)) return new(Native.zoo_mean(Handle, d, dims.Length, keepdim ? 1 : 0, Code(type)));
        }

        public unsafe Tensor prod(ScalarType? type = null) => new(Native.zoo_prod(Handle, null, 0, Code(type)));
        public unsafe Tensor prod(long dim, bool keepdim = false, ScalarType? type = null) => new(Native.zoo_prod(Handle, &dim, keepdim ? 1 : 0, Code(type)));
        public Tensor prod(int dim, bool keepdim = false, ScalarType? type = null) => prod((long)dim, keepdim, type);

        // ---- extremes -----------------------------------------------------------------------------------------

        /// <summary>The largest element along <paramref name="dim"/> (no indices; differentiable through every maximum).</summary>
        public unsafe Tensor amax(long dim, bool keepdim = false) => new(Native.zoo_amax(Handle, &dim, 1, keepdim ? 1 : 0));
        public unsafe Tensor amin(long dim, bool keepdim = false) => new(Native.zoo_amin(Handle, &dim, 1, keepdim ? 1 : 0));

        /// <summary>The largest elements over <paramref name="dims"/> (every dim when empty).</summary>
        public unsafe Tensor amax(long[] dims, bool keepdim = false)
        {
            fixed (long* d = NonNull(dims)) return new(Native.zoo_amax(Handle, d, dims.Length, keepdim ? 1 : 0));
        }

        public unsafe Tensor amin(long[] dims, bool keepdim = false)
        {
            fixed (long* d = NonNull(dims)) return new(Native.zoo_amin(Handle, d, dims.Length, keepdim ? 1 : 0));
        }

        /// <summary>The largest element (a zero-dimensional tensor).</summary>
        public Tensor max() => new(Native.zoo_max(Handle));
        public Tensor min() => new(Native.zoo_min(Handle));

        /// <summary>The largest elements along <paramref name="dim"/> and their positions.</summary>
        public (Tensor values, Tensor indexes) max(long dim, bool keepdim = false) =>
            Pair(Native.zoo_max_dim(Handle, dim, keepdim ? 1 : 0, out var v, out var i), v, i);

        public (Tensor values, Tensor indexes) min(long dim, bool keepdim = false) =>
            Pair(Native.zoo_min_dim(Handle, dim, keepdim ? 1 : 0, out var v, out var i), v, i);

        /// <summary>The elementwise larger of this and <paramref name="other"/> (as <see cref="maximum"/>).</summary>
        public Tensor max(Tensor other) => maximum(other);
        public Tensor min(Tensor other) => minimum(other);

        /// <summary>The position of the largest element, in the flattened tensor or along <paramref name="dim"/>.</summary>
        public unsafe Tensor argmax(long? dim = null, bool keepdim = false)
        {
            long d = dim.GetValueOrDefault();
            return new(Native.zoo_argmax(Handle, dim.HasValue ? &d : null, keepdim ? 1 : 0));
        }

        public unsafe Tensor argmin(long? dim = null, bool keepdim = false)
        {
            long d = dim.GetValueOrDefault();
            return new(Native.zoo_argmin(Handle, dim.HasValue ? &d : null, keepdim ? 1 : 0));
        }

        // ---- spread -------------------------------------------------------------------------------------------

        /// <summary>The variance of every element (with Bessel's correction unless <paramref name="unbiased"/> is false).</summary>
        public unsafe Tensor var(bool unbiased = true) => new(Native.zoo_var(Handle, null, 0, unbiased ? 1 : 0, 0));
        public unsafe Tensor var(long dim, bool unbiased = true, bool keepdim = false) => new(Native.zoo_var(Handle, &dim, 1, unbiased ? 1 : 0, keepdim ? 1 : 0));
        public Tensor var(long[] dims, bool unbiased = true, bool keepdim = false) => var(dims, unbiased ? 1L : 0L, keepdim);

        /// <summary>sum((x - mean)^2) / (N - correction) over <paramref name="dims"/> (every dim when null).</summary>
        public unsafe Tensor var(long[]? dims, long correction, bool keepdim = false)
        {
            fixed (long* d = dims) return new(Native.zoo_var(Handle, d, dims?.Length ?? 0, correction, keepdim ? 1 : 0));
        }

        public unsafe Tensor std(bool unbiased = true) => new(Native.zoo_std(Handle, null, 0, unbiased ? 1 : 0, 0));
        public unsafe Tensor std(long dim, bool unbiased = true, bool keepdim = false) => new(Native.zoo_std(Handle, &dim, 1, unbiased ? 1 : 0, keepdim ? 1 : 0));
        public Tensor std(long[] dims, bool unbiased = true, bool keepdim = false) => std(dims, unbiased ? 1L : 0L, keepdim);

        public unsafe Tensor std(long[]? dims, long correction, bool keepdim = false)
        {
            fixed (long* d = dims) return new(Native.zoo_std(Handle, d, dims?.Length ?? 0, correction, keepdim ? 1 : 0));
        }

        /// <summary>The variance and the mean in one pass.</summary>
        public unsafe (Tensor var, Tensor mean) var_mean(long[]? dims = null, bool unbiased = true, bool keepdim = false)
        {
            fixed (long* d = dims)
                return Pair(Native.zoo_var_mean(Handle, d, dims?.Length ?? 0, unbiased ? 1 : 0, keepdim ? 1 : 0, out var v, out var m), v, m);
        }

        public unsafe (Tensor std, Tensor mean) std_mean(long[]? dims = null, bool unbiased = true, bool keepdim = false)
        {
            fixed (long* d = dims)
                return Pair(Native.zoo_std_mean(Handle, d, dims?.Length ?? 0, unbiased ? 1 : 0, keepdim ? 1 : 0, out var s, out var m), s, m);
        }

        /// <summary>The <paramref name="p"/>-norm of every element (p = ∞ gives the largest magnitude).</summary>
        /// <remarks>
        /// <c>norm(1)</c> is the 1-norm, as in PyTorch; the overload with a dim needs <c>keepdim</c> so that an integer
        /// argument can never be read as a dim.
        /// </remarks>
        public unsafe Tensor norm(double p = 2) => new(Native.zoo_norm(Handle, p, null, 0, 0));
        public unsafe Tensor norm(long dim, bool keepdim, double p = 2) => new(Native.zoo_norm(Handle, p, &dim, 1, keepdim ? 1 : 0));

        public unsafe Tensor norm(long[] dims, bool keepdim = false, double p = 2)
        {
            fixed (long* d = NonNull(dims)) return new(Native.zoo_norm(Handle, p, d, dims.Length, keepdim ? 1 : 0));
        }

        /// <summary>log(sum(exp(x))) along <paramref name="dim"/>, computed without overflow.</summary>
        public unsafe Tensor logsumexp(long dim, bool keepdim = false) => new(Native.zoo_logsumexp(Handle, &dim, 1, keepdim ? 1 : 0));

        public unsafe Tensor logsumexp(long[] dims, bool keepdim = false)
        {
            fixed (long* d = NonNull(dims)) return new(Native.zoo_logsumexp(Handle, d, dims.Length, keepdim ? 1 : 0));
        }

        // ---- scans --------------------------------------------------------------------------------------------
        public Tensor cumsum(long dim, ScalarType? type = null) => new(Native.zoo_cumsum(Handle, dim, Code(type)));
        public Tensor cumprod(long dim, ScalarType? type = null) => new(Native.zoo_cumprod(Handle, dim, Code(type)));

        // ---- truth --------------------------------------------------------------------------------------------

        /// <summary>True (a zero-dimensional bool tensor) when every element is non-zero.</summary>
        public unsafe Tensor all() => new(Native.zoo_all(Handle, null, 0));
        public unsafe Tensor all(long dim, bool keepdim = false) => new(Native.zoo_all(Handle, &dim, keepdim ? 1 : 0));
        public unsafe Tensor any() => new(Native.zoo_any(Handle, null, 0));
        public unsafe Tensor any(long dim, bool keepdim = false) => new(Native.zoo_any(Handle, &dim, keepdim ? 1 : 0));

        /// <summary>How many elements are non-zero, over every dim or over <paramref name="dims"/>.</summary>
        public unsafe Tensor count_nonzero(long[]? dims = null)
        {
            fixed (long* d = dims) return new(Native.zoo_count_nonzero(Handle, d, dims?.Length ?? 0));
        }

        public unsafe Tensor count_nonzero(long dim) => new(Native.zoo_count_nonzero(Handle, &dim, 1));

        // ---- orderings ----------------------------------------------------------------------------------------

        /// <summary>The <paramref name="k"/> largest (or smallest) elements along <paramref name="dim"/> and their positions.</summary>
        public (Tensor values, Tensor indexes) topk(long k, long dim = -1, bool largest = true, bool sorted = true) =>
            Pair(Native.zoo_topk(Handle, k, dim, largest ? 1 : 0, sorted ? 1 : 0, out var v, out var i), v, i);

        /// <summary>The elements sorted along <paramref name="dim"/> and where each came from.</summary>
        public (Tensor values, Tensor indexes) sort(long dim = -1, bool descending = false, bool stable = false) =>
            Pair(Native.zoo_sort(Handle, dim, descending ? 1 : 0, stable ? 1 : 0, out var v, out var i), v, i);

        public Tensor argsort(long dim = -1, bool descending = false, bool stable = false) =>
            new(Native.zoo_argsort(Handle, dim, descending ? 1 : 0, stable ? 1 : 0));

        /// <summary>The <paramref name="k"/>-th smallest element (1-based) along <paramref name="dim"/> and its position.</summary>
        public (Tensor values, Tensor indexes) kthvalue(long k, long dim = -1, bool keepdim = false) =>
            Pair(Native.zoo_kthvalue(Handle, k, dim, keepdim ? 1 : 0, out var v, out var i), v, i);

        /// <summary>The lower median of every element.</summary>
        public Tensor median() => new(Native.zoo_median(Handle));

        public (Tensor values, Tensor indexes) median(long dim, bool keepdim = false) =>
            Pair(Native.zoo_median_dim(Handle, dim, keepdim ? 1 : 0, out var v, out var i), v, i);

        private static long[] NonNull(long[] dims, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(dims))] string? name = null) =>
            dims ?? throw new ArgumentNullException(name);
    }
}
