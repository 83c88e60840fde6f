// Comparisons, logic and bit operations (results are bool tensors, or bools for allclose/equal).
#include "zoo_ops.h"

// Operations with a tensor or a scalar on the right: X(name) declares zoo_<name> and zoo_<name>_scalar.
#define ZOO_COMPARE_OPS(X) \
  X(eq)                    \
  X(ne)                    \
  X(lt)                    \
  X(le)                    \
  X(gt)                    \
  X(ge)                    \
  X(bitwise_and)           \
  X(bitwise_or)            \
  X(bitwise_xor)

#define ZOO_DEFINE_COMPARE(name)                                                                     \
  ZOO_API TensorHandle zoo_##name(TensorHandle a, TensorHandle b) { ZOO_TENSOR(at::name(*a, *b)); } \
  ZOO_API TensorHandle zoo_##name##_scalar(TensorHandle a, ZooScalar b) { ZOO_TENSOR(at::name(*a, zoo::scalar(b))); }

ZOO_COMPARE_OPS(ZOO_DEFINE_COMPARE)

ZOO_API TensorHandle zoo_logical_and(TensorHandle a, TensorHandle b) { ZOO_TENSOR(at::logical_and(*a, *b)); }
ZOO_API TensorHandle zoo_logical_or(TensorHandle a, TensorHandle b) { ZOO_TENSOR(at::logical_or(*a, *b)); }
ZOO_API TensorHandle zoo_logical_xor(TensorHandle a, TensorHandle b) { ZOO_TENSOR(at::logical_xor(*a, *b)); }
ZOO_API TensorHandle zoo_logical_not(TensorHandle a) { ZOO_TENSOR(at::logical_not(*a)); }
ZOO_API TensorHandle zoo_bitwise_not(TensorHandle a) { ZOO_TENSOR(at::bitwise_not(*a)); }

ZOO_API TensorHandle zoo_isnan(TensorHandle a) { ZOO_TENSOR(at::isnan(*a)); }
ZOO_API TensorHandle zoo_isinf(TensorHandle a) { ZOO_TENSOR(at::isinf(*a)); }
ZOO_API TensorHandle zoo_isfinite(TensorHandle a) { ZOO_TENSOR(at::isfinite(*a)); }
ZOO_API TensorHandle zoo_isposinf(TensorHandle a) { ZOO_TENSOR(at::isposinf(*a)); }
ZOO_API TensorHandle zoo_isneginf(TensorHandle a) { ZOO_TENSOR(at::isneginf(*a)); }

ZOO_API TensorHandle zoo_isclose(TensorHandle a, TensorHandle b, double rtol, double atol, int32_t equal_nan) {
  ZOO_TENSOR(at::isclose(*a, *b, rtol, atol, equal_nan != 0));
}

// 1 (true), 0 (false) or -1 (error).
ZOO_API int32_t zoo_allclose(TensorHandle a, TensorHandle b, double rtol, double atol, int32_t equal_nan) {
  return zoo::guard<int32_t>(-1, [&] { return at::allclose(*a, *b, rtol, atol, equal_nan != 0) ? 1 : 0; });
}
ZOO_API int32_t zoo_equal(TensorHandle a, TensorHandle b) {
  return zoo::guard<int32_t>(-1, [&] { return at::equal(*a, *b) ? 1 : 0; });
}
