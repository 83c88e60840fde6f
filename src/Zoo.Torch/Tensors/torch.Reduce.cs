namespace Zoo.Torch;

// torch.xxx(tensor, ...) mirrors of the reductions, scans and orderings.
public static partial class torch
{
    public static Tensor sum(Tensor input, ScalarType? type = null) => input.sum(type);
    public static Tensor sum(Tensor input, long dim, bool keepdim = false, ScalarType? type = null) => input.sum(dim, keepdim, type);
    public static Tensor sum(Tensor input, int dim, bool keepdim = false, ScalarType? type = null) => input.sum((long)dim, keepdim, type); // see Tensor.sum(int, ...)
    public static Tensor sum(Tensor input, long[] dims, bool keepdim = false, ScalarType? type = null) => input.sum(dims, keepdim, type);
    public static Tensor mean(Tensor input, ScalarType? type = null) => input.mean(type);
    public static Tensor mean(Tensor input, long dim, bool keepdim = false, ScalarType? type = null) => input.mean(dim, keepdim, type);
    public static Tensor mean(Tensor input, int dim, bool keepdim = false, ScalarType? type = null) => input.mean((long)dim, keepdim, type); // see Tensor.sum(int, ...)
    public static Tensor mean(Tensor input, long[] dims, bool keepdim = false, ScalarType? type = null) => input.mean(dims, keepdim, type);
    public static Tensor prod(Tensor input, ScalarType? type = null) => input.prod(type);
    public static Tensor prod(Tensor input, long dim, bool keepdim = false, ScalarType? type = null) => input.prod(dim, keepdim, type);
    public static Tensor prod(Tensor input, int dim, bool keepdim = false, ScalarType? type = null) => input.prod((long)dim, keepdim, type); // see Tensor.sum(int, ...)
    public static Tensor amax(Tensor input, long dim, bool keepdim = false) => input.amax(dim, keepdim);
    public static Tensor amax(Tensor input, long[] dims, bool keepdim = false) => input.amax(dims, keepdim);
    public static Tensor amin(Tensor input, long dim, bool keepdim = false) => input.amin(dim, keepdim);
    public static Tensor amin(Tensor input, long[] dims, bool keepdim = false) => input.amin(dims, keepdim);
    public static Tensor max(Tensor input) => input.max();
    public static (Tensor values, Tensor indexes) max(Tensor input, long dim, bool keepdim = false) => input.max(dim, keepdim);
    public static Tensor max(Tensor input, Tensor other) => input.maximum(other);
    public static Tensor min(Tensor input) => input.min();
    public static (Tensor values, Tensor indexes) min(Tensor input, long dim, bool keepdim = false) => input.min(dim, keepdim);
    public static Tensor min(Tensor input, Tensor other) => input.minimum(other);
    public static Tensor argmax(Tensor input, long? dim = null, bool keepdim = false) => input.argmax(dim, keepdim);
    public static Tensor argmin(Tensor input, long? dim = null, bool keepdim = false) => input.argmin(dim, keepdim);
    public static Tensor var(Tensor input, bool unbiased = true) => input.var(unbiased);
    public static Tensor var(Tensor input, long dim, bool unbiased = true, bool keepdim = false) => input.var(dim, unbiased, keepdim);
    public static Tensor var(Tensor input, long[] dims, bool unbiased = true, bool keepdim = false) => input.var(dims, unbiased, keepdim);
    public static Tensor std(Tensor input, bool unbiased = true) => input.std(unbiased);
    public static Tensor std(Tensor input, long dim, bool unbiased = true, bool keepdim = false) => input.std(dim, unbiased, keepdim);
    public static Tensor std(Tensor input, long[] dims, bool unbiased = true, bool keepdim = false) => input.std(dims, unbiased, keepdim);
    public static (Tensor var, Tensor mean) var_mean(Tensor input, long[]? dims = null, bool unbiased = true, bool keepdim = false) => input.var_mean(dims, unbiased, keepdim);
    public static (Tensor std, Tensor mean) std_mean(Tensor input, long[]? dims = null, bool unbiased = true, bool keepdim = false) => input.std_mean(dims, unbiased, keepdim);
    public static Tensor norm(Tensor input, double p = 2) => input.norm(p);
    public static Tensor norm(Tensor input, long[] dims, bool keepdim = false, double p = 2) => input.norm(dims, keepdim, p);
    public static Tensor logsumexp(Tensor input, long dim, bool keepdim = false) => input.logsumexp(dim, keepdim);
    public static Tensor logsumexp(Tensor input, long[] dims, bool keepdim = false) => input.logsumexp(dims, keepdim);
    public static Tensor cumsum(Tensor input, long dim, ScalarType? type = null) => input.cumsum(dim, type);
    public static Tensor cumprod(Tensor input, long dim, ScalarType? type = null) => input.cumprod(dim, type);
    public static Tensor all(Tensor input) => input.all();
    public static Tensor all(Tensor input, long dim, bool keepdim = false) => input.all(dim, keepdim);
    public static Tensor any(Tensor input) => input.any();
    public static Tensor any(Tensor input, long dim, bool keepdim = false) => input.any(dim, keepdim);
    public static Tensor count_nonzero(Tensor input, long[]? dims = null) => input.count_nonzero(dims);
    public static (Tensor values, Tensor indexes) topk(Tensor input, long k, long dim = -1, bool largest = true, bool sorted = true) => input.topk(k, dim, largest, sorted);
    public static (Tensor values, Tensor indexes) sort(Tensor input, long dim = -1, bool descending = false, bool stable = false) => input.sort(dim, descending, stable);
    public static Tensor argsort(Tensor input, long dim = -1, bool descending = false, bool stable = false) => input.argsort(dim, descending, stable);
    public static Tensor median(Tensor input) => input.median();
}
