// Elementwise functions of one tensor, each with its in-place twin (exp / exp_), plus softmax and log_softmax.
#include "zoo_ops.h"

// One line per operation: X(name) declares zoo_<name>(t) -> at::<name>(t) and zoo_<name>_(t) -> t.<name>_().
#define ZOO_UNARY_OPS(X) \
  X(abs)                 \
  X(exp)                 \
  X(exp2)                \
  X(expm1)               \
  X(log)                 \
  X(log2)                \
  X(log10)               \
  X(log1p)               \
  X(sqrt)                \
  X(rsqrt)               \
  X(square)              \
  X(sin)                 \
  X(cos)                 \
  X(tan)                 \
  X(asin)                \
  X(acos)                \
  X(atan)                \
  X(sinh)                \
  X(cosh)                \
  X(tanh)                \
  X(sigmoid)             \
  X(relu)                \
  X(erf)                 \
  X(erfinv)              \
  X(lgamma)              \
  X(digamma)             \
  X(floor)               \
  X(ceil)                \
  X(round)               \
  X(trunc)               \
  X(frac)                \
  X(sign)                \
  X(reciprocal)

#define ZOO_DEFINE_UNARY(name)                                                  \
  ZOO_API TensorHandle zoo_##name(TensorHandle t) { ZOO_TENSOR(at::name(*t)); } \
  ZOO_API int zoo_##name##_(TensorHandle t) { ZOO_VOID(t->name##_()); }

ZOO_UNARY_OPS(ZOO_DEFINE_UNARY)

// zoo_neg (out of place) lives with the arithmetic operators in math_basic.cpp.
ZOO_API int zoo_neg_(TensorHandle t) { ZOO_VOID(t->neg_()); }

ZOO_API TensorHandle zoo_round_decimals(TensorHandle t, int64_t decimals) { ZOO_TENSOR(at::round(*t, decimals)); }

ZOO_API TensorHandle zoo_softmax(TensorHandle t, int64_t dim, int32_t dtype) {
  ZOO_TENSOR(at::softmax(*t, dim, zoo::optional_dtype(dtype)));
}
ZOO_API TensorHandle zoo_log_softmax(TensorHandle t, int64_t dim, int32_t dtype) {
  ZOO_TENSOR(at::log_softmax(*t, dim, zoo::optional_dtype(dtype)));
}
