// Errors, lifetime of handles, and process-wide settings (threads, seeds, grad mode, devices).
#include "zoo_native.h"

#include <cstdlib>
#include <torch/cuda.h>
#include <torch/version.h>

namespace {
thread_local std::string last_error;
}

namespace zoo {
void set_last_error(const char* message) { last_error = message ? message : ""; }

TensorHandle* handle_array(std::vector<at::Tensor>&& list, int32_t* count) {
  auto* out = static_cast<TensorHandle*>(std::malloc(sizeof(TensorHandle) * (list.empty() ? 1 : list.size())));
  if (!out) throw std::bad_alloc();
  for (size_t i = 0; i < list.size(); ++i) out[i] = new at::Tensor(std::move(list[i]));
  *count = static_cast<int32_t>(list.size());
  return out;
}
}  // namespace zoo

ZOO_API const char* zoo_last_error() { return last_error.c_str(); }

ZOO_API void zoo_tensor_free(TensorHandle t) { delete t; }

ZOO_API void zoo_free_handles(TensorHandle* handles) { std::free(handles); }

ZOO_API void zoo_free_string(char* s) { std::free(s); }

ZOO_API int zoo_version(char* buffer, int32_t capacity) {
  return zoo::guard<int>(-1, [&]() -> int {
    std::snprintf(buffer, capacity, "%d.%d.%d", TORCH_VERSION_MAJOR, TORCH_VERSION_MINOR, TORCH_VERSION_PATCH);
    return 0;
  });
}

// ---- threads -----------------------------------------------------------------------------------------
ZOO_API int zoo_set_num_threads(int32_t n) { ZOO_VOID(at::set_num_threads(n)); }
ZOO_API int32_t zoo_get_num_threads() { return zoo::guard<int32_t>(-1, [] { return (int32_t)at::get_num_threads(); }); }
ZOO_API int zoo_set_num_interop_threads(int32_t n) { ZOO_VOID(at::set_num_interop_threads(n)); }
ZOO_API int32_t zoo_get_num_interop_threads() {
  return zoo::guard<int32_t>(-1, [] { return (int32_t)at::get_num_interop_threads(); });
}

// ---- random seeds ------------------------------------------------------------------------------------
ZOO_API int zoo_manual_seed(int64_t seed) {
  ZOO_VOID({
    auto gen = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(gen.mutex());
    gen.set_current_seed(static_cast<uint64_t>(seed));
  };
  torch::cuda::manual_seed_all(static_cast<uint64_t>(seed)));  // a no-op without CUDA
}

// The CPU generator's full state as a byte tensor (for exact resume from a checkpoint).
ZOO_API TensorHandle zoo_get_rng_state() {
  ZOO_TENSOR([] {
    auto gen = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(gen.mutex());
    return gen.get_state();
  }());
}

ZOO_API int zoo_set_rng_state(TensorHandle state) {
  ZOO_VOID({
    auto gen = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(gen.mutex());
    gen.set_state(*state);
  });
}

// ---- autograd mode (thread-local in libtorch, like Python's) ------------------------------------------
ZOO_API int32_t zoo_is_grad_enabled() { return at::GradMode::is_enabled() ? 1 : 0; }
ZOO_API void zoo_set_grad_enabled(int32_t enabled) { at::GradMode::set_enabled(enabled != 0); }

// ---- devices ------------------------------------------------------------------------------------------
ZOO_API int32_t zoo_cuda_is_available() { return zoo::guard<int32_t>(0, [] { return torch::cuda::is_available() ? 1 : 0; }); }
ZOO_API int32_t zoo_cuda_device_count() {
  return zoo::guard<int32_t>(0, [] { return static_cast<int32_t>(torch::cuda::device_count()); });
}
ZOO_API int zoo_cuda_synchronize(int32_t device) { ZOO_VOID(torch::cuda::synchronize(device)); }
