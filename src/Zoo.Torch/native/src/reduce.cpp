// Reductions (sum, mean, max, var, norm, ...), scans (cumsum, cumprod) and orderings (sort, topk).
// A dims pointer of nullptr means "every dim"; a dtype code below zero means "libtorch's default".
#include "zoo_ops.h"

#include <torch/version.h>

ZOO_API TensorHandle zoo_sum(TensorHandle t, const int64_t* dims, int32_t ndims, int32_t keepdim, int32_t dtype) {
  ZOO_TENSOR(dims ? at::sum(*t, zoo::ints(dims, ndims), keepdim != 0, zoo::optional_dtype(dtype))
                  : at::sum(*t, zoo::optional_dtype(dtype)));
}
ZOO_API TensorHandle zoo_mean(TensorHandle t, const int64_t* dims, int32_t ndims, int32_t keepdim, int32_t dtype) {
  ZOO_TENSOR(dims ? at::mean(*t, zoo::ints(dims, ndims), keepdim != 0, zoo::optional_dtype(dtype))
                  : at::mean(*t, zoo::optional_dtype(dtype)));
}
// prod reduces all dims or exactly one.
ZOO_API TensorHandle zoo_prod(TensorHandle t, const int64_t* dim, int32_t keepdim, int32_t dtype) {
  ZOO_TENSOR(dim ? at::prod(*t, *dim, keepdim != 0, zoo::optional_dtype(dtype)) : at::prod(*t, zoo::optional_dtype(dtype)));
}
ZOO_API TensorHandle zoo_amax(TensorHandle t, const int64_t* dims, int32_t ndims, int32_t keepdim) {
  ZOO_TENSOR(at::amax(*t, zoo::ints(dims, ndims), keepdim != 0));
}
ZOO_API TensorHandle zoo_amin(TensorHandle t, const int64_t* dims, int32_t ndims, int32_t keepdim) {
  ZOO_TENSOR(at::amin(*t, zoo::ints(dims, ndims), keepdim != 0));
}

// The largest (smallest) element of the whole tensor.
ZOO_API TensorHandle zoo_max(TensorHandle t) { ZOO_TENSOR(at::max(*t)); }
ZOO_API TensorHandle zoo_min(TensorHandle t) { ZOO_TENSOR(at::min(*t)); }
// The largest (smallest) elements along a dim and where they are.
ZOO_API int zoo_max_dim(TensorHandle t, int64_t dim, int32_t keepdim, TensorHandle* values, TensorHandle* indices) {
  ZOO_VOID(zoo::take_pair(at::max(*t, dim, keepdim != 0), values, indices));
}
ZOO_API int zoo_min_dim(TensorHandle t, int64_t dim, int32_t keepdim, TensorHandle* values, TensorHandle* indices) {
  ZOO_VOID(zoo::take_pair(at::min(*t, dim, keepdim != 0), values, indices));
}
ZOO_API TensorHandle zoo_argmax(TensorHandle t, const int64_t* dim, int32_t keepdim) {
  ZOO_TENSOR(at::argmax(*t, dim ? c10::optional<int64_t>(*dim) : c10::nullopt, keepdim != 0));
}
ZOO_API TensorHandle zoo_argmin(TensorHandle t, const int64_t* dim, int32_t keepdim) {
  ZOO_TENSOR(at::argmin(*t, dim ? c10::optional<int64_t>(*dim) : c10::nullopt, keepdim != 0));
}

// Variance and standard deviation with Bessel's correction `correction` (1 = unbiased, 0 = biased).
// libtorch 2 takes the correction as a Scalar, 1.13 as an int64.
#if TORCH_VERSION_MAJOR >= 2
using Correction = c10::optional<at::Scalar>;
#else
using Correction = c10::optional<int64_t>;
#endif

ZOO_API TensorHandle zoo_var(TensorHandle t, const int64_t* dims, int32_t ndims, int64_t correction, int32_t keepdim) {
  ZOO_TENSOR(at::var(*t, zoo::optional_ints(dims, ndims), Correction(correction), keepdim != 0));
}
ZOO_API TensorHandle zoo_std(TensorHandle t, const int64_t* dims, int32_t ndims, int64_t correction, int32_t keepdim) {
  ZOO_TENSOR(at::std(*t, zoo::optional_ints(dims, ndims), Correction(correction), keepdim != 0));
}
ZOO_API int zoo_var_mean(TensorHandle t, const int64_t* dims, int32_t ndims, int64_t correction, int32_t keepdim,
                         TensorHandle* var, TensorHandle* mean) {
  ZOO_VOID(zoo::take_pair(at::var_mean(*t, zoo::optional_ints(dims, ndims), Correction(correction), keepdim != 0), var, mean));
}
ZOO_API int zoo_std_mean(TensorHandle t, const int64_t* dims, int32_t ndims, int64_t correction, int32_t keepdim,
                         TensorHandle* std, TensorHandle* mean) {
  ZOO_VOID(zoo::take_pair(at::std_mean(*t, zoo::optional_ints(dims, ndims), Correction(correction), keepdim != 0), std, mean));
}

// The p-norm over the given dims (every element when dims is nullptr).
ZOO_API TensorHandle zoo_norm(TensorHandle t, ZooScalar p, const int64_t* dims, int32_t ndims, int32_t keepdim) {
  ZOO_TENSOR(dims ? at::norm(*t, c10::optional<at::Scalar>(zoo::scalar(p)), zoo::ints(dims, ndims), keepdim != 0)
                  : at::norm(*t, zoo::scalar(p)));
}
ZOO_API TensorHandle zoo_logsumexp(TensorHandle t, const int64_t* dims, int32_t ndims, int32_t keepdim) {
  ZOO_TENSOR(at::logsumexp(*t, zoo::ints(dims, ndims), keepdim != 0));
}

ZOO_API TensorHandle zoo_cumsum(TensorHandle t, int64_t dim, int32_t dtype) { ZOO_TENSOR(at::cumsum(*t, dim, zoo::optional_dtype(dtype))); }
ZOO_API TensorHandle zoo_cumprod(TensorHandle t, int64_t dim, int32_t dtype) { ZOO_TENSOR(at::cumprod(*t, dim, zoo::optional_dtype(dtype))); }

// all/any over every element, or along one dim.
ZOO_API TensorHandle zoo_all(TensorHandle t, const int64_t* dim, int32_t keepdim) {
  ZOO_TENSOR(dim ? at::all(*t, *dim, keepdim != 0) : at::all(*t));
}
ZOO_API TensorHandle zoo_any(TensorHandle t, const int64_t* dim, int32_t keepdim) {
  ZOO_TENSOR(dim ? at::any(*t, *dim, keepdim != 0) : at::any(*t));
}
ZOO_API TensorHandle zoo_count_nonzero(TensorHandle t, const int64_t* dims, int32_t ndims) {
  ZOO_TENSOR(dims ? at::count_nonzero(*t, zoo::ints(dims, ndims)) : at::count_nonzero(*t));
}

// ---- orderings --------------------------------------------------------------------------------------------
ZOO_API int zoo_topk(TensorHandle t, int64_t k, int64_t dim, int32_t largest, int32_t sorted, TensorHandle* values,
                     TensorHandle* indices) {
  ZOO_VOID(zoo::take_pair(at::topk(*t, k, dim, largest != 0, sorted != 0), values, indices));
}
ZOO_API int zoo_sort(TensorHandle t, int64_t dim, int32_t descending, int32_t stable, TensorHandle* values, TensorHandle* indices) {
  ZOO_VOID(zoo::take_pair(at::sort(*t, c10::optional<bool>(stable != 0), dim, descending != 0), values, indices));
}
ZOO_API TensorHandle zoo_argsort(TensorHandle t, int64_t dim, int32_t descending, int32_t stable) {
  ZOO_TENSOR(at::argsort(*t, stable != 0, dim, descending != 0));
}
ZOO_API int zoo_kthvalue(TensorHandle t, int64_t k, int64_t dim, int32_t keepdim, TensorHandle* values, TensorHandle* indices) {
  ZOO_VOID(zoo::take_pair(at::kthvalue(*t, k, dim, keepdim != 0), values, indices));
}
ZOO_API TensorHandle zoo_median(TensorHandle t) { ZOO_TENSOR(at::median(*t)); }
ZOO_API int zoo_median_dim(TensorHandle t, int64_t dim, int32_t keepdim, TensorHandle* values, TensorHandle* indices) {
  ZOO_VOID(zoo::take_pair(at::median(*t, dim, keepdim != 0), values, indices));
}
