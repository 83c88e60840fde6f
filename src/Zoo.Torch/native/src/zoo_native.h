// Shared by every translation unit of the shim (and precompiled once): the libtorch headers we need,
// the handle type, and the guard that turns any C++ exception into an error value.
//
// Conventions of every entry point:
//   - a tensor is passed and returned as `at::Tensor*` (a heap copy that shares the storage); zoo_tensor_free deletes it;
//   - functions returning a tensor return nullptr on failure; functions returning int return 0 / -1;
//   - on failure the message is stored in a thread-local string that zoo_last_error() returns;
//   - no exception ever crosses the boundary (an escaped C++ exception would abort the .NET process).
#pragma once

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <torch/csrc/autograd/autograd.h>
#include <torch/csrc/autograd/function.h>
#include <torch/csrc/autograd/grad_mode.h>

#include <cstdint>
#include <cstring>
#include <exception>
#include <string>
#include <vector>

#define ZOO_API extern "C" __attribute__((visibility("default")))

typedef at::Tensor* TensorHandle;

// A scalar as it crosses the boundary: 8 bytes of payload and what they mean.
struct ZooScalar {
  int64_t bits;  // a double's bits (kind 0), an int64 (kind 1) or a bool (kind 2)
  int32_t kind;
};

namespace zoo {

void set_last_error(const char* message);

// Runs `body` and returns its result; any exception becomes the thread's last error and `failure` is returned.
template <class R, class F>
inline R guard(R failure, F&& body) noexcept {
  try {
    return body();
  } catch (const c10::Error& e) {
    set_last_error(e.what_without_backtrace());
  } catch (const std::exception& e) {
    set_last_error(e.what());
  } catch (...) {
    set_last_error("unknown C++ exception in libtorch");
  }
  return failure;
}

inline TensorHandle wrap(at::Tensor&& t) { return new at::Tensor(std::move(t)); }
inline TensorHandle wrap(const at::Tensor& t) { return new at::Tensor(t); }

inline at::Scalar scalar(ZooScalar s) {
  switch (s.kind) {
    case 0: {
      double d;
      std::memcpy(&d, &s.bits, sizeof d);
      return at::Scalar(d);
    }
    case 1: return at::Scalar(s.bits);
    case 2: return at::Scalar(s.bits != 0);
    default: throw std::invalid_argument("invalid scalar kind " + std::to_string(s.kind));
  }
}

inline at::IntArrayRef ints(const int64_t* data, int32_t length) {
  return at::IntArrayRef(data, static_cast<size_t>(length));
}

inline c10::optional<at::Tensor> optional(TensorHandle h) {
  return h ? c10::optional<at::Tensor>(*h) : c10::nullopt;
}

inline std::vector<at::Tensor> tensors(const TensorHandle* handles, int32_t count) {
  std::vector<at::Tensor> list;
  list.reserve(count);
  for (int32_t i = 0; i < count; ++i) list.push_back(*handles[i]);
  return list;
}

inline at::ScalarType dtype(int32_t code) { return static_cast<at::ScalarType>(code); }

inline at::Device device(int32_t type, int32_t index) {
  return at::Device(static_cast<at::DeviceType>(type), static_cast<c10::DeviceIndex>(index));
}

inline at::TensorOptions options(int32_t dtype_code, int32_t device_type, int32_t device_index, bool requires_grad) {
  return at::TensorOptions().dtype(dtype(dtype_code)).device(device(device_type, device_index)).requires_grad(requires_grad);
}

// Returns a malloc'd array of handles (freed by zoo_free_handles) and its length through `count`.
TensorHandle* handle_array(std::vector<at::Tensor>&& list, int32_t* count);

}  // namespace zoo

// Body helpers: an entry point that returns a tensor, or 0/-1.
#define ZOO_TENSOR(...) return zoo::guard<TensorHandle>(nullptr, [&]() -> TensorHandle { return zoo::wrap(__VA_ARGS__); })
#define ZOO_VOID(...) return zoo::guard<int>(-1, [&]() -> int { __VA_ARGS__; return 0; })
