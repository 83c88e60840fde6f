// Factories: tensors made from sizes, ranges, random numbers, or other tensors' shapes.
#include "zoo_native.h"

// torch:: factories, not at:: ones: only they honour TensorOptions::requires_grad (at:: ignores it silently).
#include <torch/csrc/autograd/generated/variable_factories.h>

#define ZOO_OPTS zoo::options(dtype, device_type, device_index, requires_grad != 0)
#define ZOO_OPT_ARGS int32_t dtype, int32_t device_type, int32_t device_index, int32_t requires_grad

ZOO_API TensorHandle zoo_empty(const int64_t* shape, int32_t ndim, ZOO_OPT_ARGS) { ZOO_TENSOR(torch::empty(zoo::ints(shape, ndim), ZOO_OPTS)); }
ZOO_API TensorHandle zoo_zeros(const int64_t* shape, int32_t ndim, ZOO_OPT_ARGS) { ZOO_TENSOR(torch::zeros(zoo::ints(shape, ndim), ZOO_OPTS)); }
ZOO_API TensorHandle zoo_ones(const int64_t* shape, int32_t ndim, ZOO_OPT_ARGS) { ZOO_TENSOR(torch::ones(zoo::ints(shape, ndim), ZOO_OPTS)); }
ZOO_API TensorHandle zoo_full(const int64_t* shape, int32_t ndim, ZooScalar value, ZOO_OPT_ARGS) {
  ZOO_TENSOR(torch::full(zoo::ints(shape, ndim), zoo::scalar(value), ZOO_OPTS));
}
ZOO_API TensorHandle zoo_rand(const int64_t* shape, int32_t ndim, ZOO_OPT_ARGS) { ZOO_TENSOR(torch::rand(zoo::ints(shape, ndim), ZOO_OPTS)); }
ZOO_API TensorHandle zoo_randn(const int64_t* shape, int32_t ndim, ZOO_OPT_ARGS) { ZOO_TENSOR(torch::randn(zoo::ints(shape, ndim), ZOO_OPTS)); }
ZOO_API TensorHandle zoo_randint(int64_t low, int64_t high, const int64_t* shape, int32_t ndim, ZOO_OPT_ARGS) {
  ZOO_TENSOR(torch::randint(low, high, zoo::ints(shape, ndim), ZOO_OPTS));
}
ZOO_API TensorHandle zoo_randperm(int64_t n, ZOO_OPT_ARGS) { ZOO_TENSOR(torch::randperm(n, ZOO_OPTS)); }
ZOO_API TensorHandle zoo_arange(ZooScalar start, ZooScalar end, ZooScalar step, ZOO_OPT_ARGS) {
  ZOO_TENSOR(torch::arange(zoo::scalar(start), zoo::scalar(end), zoo::scalar(step), ZOO_OPTS));
}
ZOO_API TensorHandle zoo_linspace(double start, double end, int64_t steps, ZOO_OPT_ARGS) {
  ZOO_TENSOR(torch::linspace(start, end, steps, ZOO_OPTS));
}
ZOO_API TensorHandle zoo_eye(int64_t n, int64_t m, ZOO_OPT_ARGS) { ZOO_TENSOR(torch::eye(n, m, ZOO_OPTS)); }

// *_like: the same shape (and, unless given, dtype and device) as another tensor. dtype < 0 keeps the source's.
static at::TensorOptions like_options(const at::Tensor& t, int32_t dtype, int32_t device_type, int32_t device_index,
                                      int32_t requires_grad) {
  auto o = t.options();
  if (dtype >= 0) o = o.dtype(zoo::dtype(dtype));
  if (device_type >= 0) o = o.device(zoo::device(device_type, device_index));
  return o.requires_grad(requires_grad != 0);
}
#define ZOO_LIKE_OPTS like_options(*t, dtype, device_type, device_index, requires_grad)
ZOO_API TensorHandle zoo_empty_like(TensorHandle t, ZOO_OPT_ARGS) { ZOO_TENSOR(torch::empty_like(*t, ZOO_LIKE_OPTS)); }
ZOO_API TensorHandle zoo_zeros_like(TensorHandle t, ZOO_OPT_ARGS) { ZOO_TENSOR(torch::zeros_like(*t, ZOO_LIKE_OPTS)); }
ZOO_API TensorHandle zoo_ones_like(TensorHandle t, ZOO_OPT_ARGS) { ZOO_TENSOR(torch::ones_like(*t, ZOO_LIKE_OPTS)); }
ZOO_API TensorHandle zoo_full_like(TensorHandle t, ZooScalar value, ZOO_OPT_ARGS) {
  ZOO_TENSOR(torch::full_like(*t, zoo::scalar(value), ZOO_LIKE_OPTS));
}
ZOO_API TensorHandle zoo_rand_like(TensorHandle t, ZOO_OPT_ARGS) { ZOO_TENSOR(torch::rand_like(*t, ZOO_LIKE_OPTS)); }
ZOO_API TensorHandle zoo_randn_like(TensorHandle t, ZOO_OPT_ARGS) { ZOO_TENSOR(torch::randn_like(*t, ZOO_LIKE_OPTS)); }
