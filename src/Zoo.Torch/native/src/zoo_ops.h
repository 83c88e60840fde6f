// Small helpers shared by the tensor-operation translation units (math_*, reduce, shape, index, linalg).
#pragma once

#include "zoo_native.h"

#include <tuple>

namespace zoo {

// A dtype code, or a negative code for "none" (libtorch then picks its default).
inline c10::optional<at::ScalarType> optional_dtype(int32_t code) {
  return code < 0 ? c10::nullopt : c10::optional<at::ScalarType>(dtype(code));
}

// A list of dims, or nullptr for "every dim".
inline at::OptionalIntArrayRef optional_ints(const int64_t* data, int32_t length) {
  return data ? at::OptionalIntArrayRef(ints(data, length)) : at::OptionalIntArrayRef(c10::nullopt);
}

// An optional scalar passed by pointer (nullptr = absent).
inline c10::optional<at::Scalar> optional_scalar(const ZooScalar* s) {
  return s ? c10::optional<at::Scalar>(scalar(*s)) : c10::nullopt;
}

inline c10::optional<double> optional_double(const double* d) {
  return d ? c10::optional<double>(*d) : c10::nullopt;
}

// Hands both results of a (values, indices)-style operation to the caller.
inline void take_pair(std::tuple<at::Tensor, at::Tensor>&& result, TensorHandle* first, TensorHandle* second) {
  *first = wrap(std::move(std::get<0>(result)));
  *second = wrap(std::move(std::get<1>(result)));
}

}  // namespace zoo

// An entry point returning a list of tensors (malloc'd handle array, length through `count`).
#define ZOO_TENSORS(...)                                                                        \
  return zoo::guard<TensorHandle*>(nullptr, [&]() -> TensorHandle* {                          \
    return zoo::handle_array(__VA_ARGS__, count);                                             \
  })
