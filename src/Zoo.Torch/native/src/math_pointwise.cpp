// Elementwise functions with more than one operand or with parameters: pow, clamp, lerp, maximum/minimum,
// fmod/remainder/floor_divide, masked_fill, where, nan_to_num, addcmul/addcdiv.
#include "zoo_ops.h"

// Binary functions with tensor and scalar right-hand sides and in-place twins:
// X(name) declares zoo_<name>, zoo_<name>_scalar, zoo_<name>_ and zoo_<name>_scalar_.
#define ZOO_BINARY_SCALAR_OPS(X) \
  X(pow)                         \
  X(fmod)                        \
  X(remainder)                   \
  X(floor_divide)

#define ZOO_DEFINE_BINARY_SCALAR(name)                                                                         \
  ZOO_API TensorHandle zoo_##name(TensorHandle a, TensorHandle b) { ZOO_TENSOR(at::name(*a, *b)); }           \
  ZOO_API TensorHandle zoo_##name##_scalar(TensorHandle a, ZooScalar b) { ZOO_TENSOR(at::name(*a, zoo::scalar(b))); } \
  ZOO_API int zoo_##name##_(TensorHandle a, TensorHandle b) { ZOO_VOID(a->name##_(*b)); }                    \
  ZOO_API int zoo_##name##_scalar_(TensorHandle a, ZooScalar b) { ZOO_VOID(a->name##_(zoo::scalar(b))); }

ZOO_BINARY_SCALAR_OPS(ZOO_DEFINE_BINARY_SCALAR)

// Binary functions of two tensors only.
#define ZOO_BINARY_TENSOR_OPS(X) \
  X(maximum)                     \
  X(minimum)                     \
  X(fmax)                        \
  X(fmin)                        \
  X(atan2)                       \
  X(hypot)                       \
  X(xlogy)

#define ZOO_DEFINE_BINARY_TENSOR(name) \
  ZOO_API TensorHandle zoo_##name(TensorHandle a, TensorHandle b) { ZOO_TENSOR(at::name(*a, *b)); }

ZOO_BINARY_TENSOR_OPS(ZOO_DEFINE_BINARY_TENSOR)

// base ** exponent with a scalar base (Python's 2 ** t).
ZOO_API TensorHandle zoo_pow_scalar_base(ZooScalar base, TensorHandle exponent) {
  ZOO_TENSOR(at::pow(zoo::scalar(base), *exponent));
}

// ---- clamp: either bound may be absent (nullptr) ------------------------------------------------------
ZOO_API TensorHandle zoo_clamp(TensorHandle t, const ZooScalar* min, const ZooScalar* max) {
  ZOO_TENSOR(at::clamp(*t, zoo::optional_scalar(min), zoo::optional_scalar(max)));
}
ZOO_API int zoo_clamp_(TensorHandle t, const ZooScalar* min, const ZooScalar* max) {
  ZOO_VOID(t->clamp_(zoo::optional_scalar(min), zoo::optional_scalar(max)));
}
ZOO_API TensorHandle zoo_clamp_tensor(TensorHandle t, TensorHandle min, TensorHandle max) {
  ZOO_TENSOR(at::clamp(*t, zoo::optional(min), zoo::optional(max)));
}
ZOO_API int zoo_clamp_tensor_(TensorHandle t, TensorHandle min, TensorHandle max) {
  ZOO_VOID(t->clamp_(zoo::optional(min), zoo::optional(max)));
}

// ---- lerp -------------------------------------------------------------------------------------------------
ZOO_API TensorHandle zoo_lerp(TensorHandle t, TensorHandle end, TensorHandle weight) { ZOO_TENSOR(at::lerp(*t, *end, *weight)); }
ZOO_API TensorHandle zoo_lerp_scalar(TensorHandle t, TensorHandle end, ZooScalar weight) {
  ZOO_TENSOR(at::lerp(*t, *end, zoo::scalar(weight)));
}
ZOO_API int zoo_lerp_(TensorHandle t, TensorHandle end, TensorHandle weight) { ZOO_VOID(t->lerp_(*end, *weight)); }
ZOO_API int zoo_lerp_scalar_(TensorHandle t, TensorHandle end, ZooScalar weight) { ZOO_VOID(t->lerp_(*end, zoo::scalar(weight))); }

// ---- masked_fill and where --------------------------------------------------------------------------------
ZOO_API TensorHandle zoo_masked_fill(TensorHandle t, TensorHandle mask, ZooScalar value) {
  ZOO_TENSOR(at::masked_fill(*t, *mask, zoo::scalar(value)));
}
ZOO_API TensorHandle zoo_masked_fill_tensor(TensorHandle t, TensorHandle mask, TensorHandle value) {
  ZOO_TENSOR(at::masked_fill(*t, *mask, *value));
}
ZOO_API int zoo_masked_fill_(TensorHandle t, TensorHandle mask, ZooScalar value) { ZOO_VOID(t->masked_fill_(*mask, zoo::scalar(value))); }
ZOO_API int zoo_masked_fill_tensor_(TensorHandle t, TensorHandle mask, TensorHandle value) { ZOO_VOID(t->masked_fill_(*mask, *value)); }

ZOO_API TensorHandle zoo_where(TensorHandle condition, TensorHandle a, TensorHandle b) { ZOO_TENSOR(at::where(*condition, *a, *b)); }
ZOO_API TensorHandle zoo_where_scalar_other(TensorHandle condition, TensorHandle a, ZooScalar b) {
  ZOO_TENSOR(at::where(*condition, *a, zoo::scalar(b)));
}
ZOO_API TensorHandle zoo_where_scalar_self(TensorHandle condition, ZooScalar a, TensorHandle b) {
  ZOO_TENSOR(at::where(*condition, zoo::scalar(a), *b));
}

// ---- nan_to_num: absent replacements (nullptr) take libtorch's defaults (0, the dtype's max and min) ------
ZOO_API TensorHandle zoo_nan_to_num(TensorHandle t, const double* nan, const double* posinf, const double* neginf) {
  ZOO_TENSOR(at::nan_to_num(*t, zoo::optional_double(nan), zoo::optional_double(posinf), zoo::optional_double(neginf)));
}
ZOO_API int zoo_nan_to_num_(TensorHandle t, const double* nan, const double* posinf, const double* neginf) {
  ZOO_VOID(t->nan_to_num_(zoo::optional_double(nan), zoo::optional_double(posinf), zoo::optional_double(neginf)));
}

// ---- t + value * t1 * t2 and t + value * t1 / t2 ---------------------------------------------------------
ZOO_API TensorHandle zoo_addcmul(TensorHandle t, TensorHandle t1, TensorHandle t2, ZooScalar value) {
  ZOO_TENSOR(at::addcmul(*t, *t1, *t2, zoo::scalar(value)));
}
ZOO_API TensorHandle zoo_addcdiv(TensorHandle t, TensorHandle t1, TensorHandle t2, ZooScalar value) {
  ZOO_TENSOR(at::addcdiv(*t, *t1, *t2, zoo::scalar(value)));
}
ZOO_API int zoo_addcmul_(TensorHandle t, TensorHandle t1, TensorHandle t2, ZooScalar value) {
  ZOO_VOID(t->addcmul_(*t1, *t2, zoo::scalar(value)));
}
ZOO_API int zoo_addcdiv_(TensorHandle t, TensorHandle t1, TensorHandle t2, ZooScalar value) {
  ZOO_VOID(t->addcdiv_(*t1, *t2, zoo::scalar(value)));
}
