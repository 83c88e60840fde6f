// torch.nn.functional: max, average and adaptive pooling.
#include "nn_args.h"

#include <tuple>

ZOO_API TensorHandle zoo_max_pool1d(TensorHandle input, ZOO_INTS(kernel_size), ZOO_INTS(stride), ZOO_INTS(padding),
                                    ZOO_INTS(dilation), int32_t ceil_mode) {
  ZOO_TENSOR(at::max_pool1d(*input, ZOO_IR(kernel_size), ZOO_IR(stride), ZOO_IR(padding), ZOO_IR(dilation), ceil_mode != 0));
}

ZOO_API TensorHandle zoo_max_pool2d(TensorHandle input, ZOO_INTS(kernel_size), ZOO_INTS(stride), ZOO_INTS(padding),
                                    ZOO_INTS(dilation), int32_t ceil_mode) {
  ZOO_TENSOR(at::max_pool2d(*input, ZOO_IR(kernel_size), ZOO_IR(stride), ZOO_IR(padding), ZOO_IR(dilation), ceil_mode != 0));
}

// Returns the pooled values; *indices receives the flat index (within each H*W plane) of every maximum.
ZOO_API TensorHandle zoo_max_pool2d_with_indices(TensorHandle input, ZOO_INTS(kernel_size), ZOO_INTS(stride),
                                                 ZOO_INTS(padding), ZOO_INTS(dilation), int32_t ceil_mode,
                                                 TensorHandle* indices) {
  ZOO_TENSOR([&] {
    auto result = at::max_pool2d_with_indices(*input, ZOO_IR(kernel_size), ZOO_IR(stride), ZOO_IR(padding),
                                              ZOO_IR(dilation), ceil_mode != 0);
    *indices = zoo::wrap(std::get<1>(result));
    return std::get<0>(result);
  }());
}

ZOO_API TensorHandle zoo_avg_pool1d(TensorHandle input, ZOO_INTS(kernel_size), ZOO_INTS(stride), ZOO_INTS(padding),
                                    int32_t ceil_mode, int32_t count_include_pad) {
  ZOO_TENSOR(at::avg_pool1d(*input, ZOO_IR(kernel_size), ZOO_IR(stride), ZOO_IR(padding), ceil_mode != 0,
                            count_include_pad != 0));
}

// divisor_override <= 0 means none (divide by the window's size).
ZOO_API TensorHandle zoo_avg_pool2d(TensorHandle input, ZOO_INTS(kernel_size), ZOO_INTS(stride), ZOO_INTS(padding),
                                    int32_t ceil_mode, int32_t count_include_pad, int64_t divisor_override) {
  ZOO_TENSOR(at::avg_pool2d(*input, ZOO_IR(kernel_size), ZOO_IR(stride), ZOO_IR(padding), ceil_mode != 0,
                            count_include_pad != 0,
                            divisor_override > 0 ? c10::optional<int64_t>(divisor_override) : c10::nullopt));
}

ZOO_API TensorHandle zoo_adaptive_avg_pool1d(TensorHandle input, ZOO_INTS(output_size)) {
  ZOO_TENSOR(at::adaptive_avg_pool1d(*input, ZOO_IR(output_size)));
}

ZOO_API TensorHandle zoo_adaptive_avg_pool2d(TensorHandle input, ZOO_INTS(output_size)) {
  ZOO_TENSOR(at::adaptive_avg_pool2d(*input, ZOO_IR(output_size)));
}

// Returns the pooled values; *indices (when not null) receives the indices of the maxima.
ZOO_API TensorHandle zoo_adaptive_max_pool2d(TensorHandle input, ZOO_INTS(output_size), TensorHandle* indices) {
  ZOO_TENSOR([&] {
    auto result = at::adaptive_max_pool2d(*input, ZOO_IR(output_size));
    if (indices) *indices = zoo::wrap(std::get<1>(result));
    return std::get<0>(result);
  }());
}

// The pooled values alone. A global (1x1) max pool that records no gradient is a maximum over H and W: the same
// values (NaN propagates in both), from libtorch's vectorised reduction instead of the pooling kernel's scalar loop
// that also writes indices (about 5x faster for 8x256x28x28). With a gradient to record the pool keeps its indices:
// its backward is one scatter, where amax's would be several full-size ops (and would split the gradient among ties).
ZOO_API TensorHandle zoo_adaptive_max_pool2d_values(TensorHandle input, ZOO_INTS(output_size)) {
  ZOO_TENSOR([&] {
    const at::Tensor& x = *input;
    auto size = ZOO_IR(output_size);
    const bool global = size.size() == 2 && size[0] == 1 && size[1] == 1;
    const bool records_gradient = at::GradMode::is_enabled() && x.requires_grad();
    // Anything else (empty inputs, integer types, other ranks) takes the pool's own path, errors included.
    if (global && !records_gradient && (x.dim() == 3 || x.dim() == 4) && x.numel() > 0 &&
        at::isFloatingType(x.scalar_type()))
      return x.amax({-2, -1}, /*keepdim=*/true);
    return std::get<0>(at::adaptive_max_pool2d(x, size));
  }());
}

ZOO_API TensorHandle zoo_adaptive_max_pool1d(TensorHandle input, ZOO_INTS(output_size)) {
  ZOO_TENSOR(std::get<0>(at::adaptive_max_pool1d(*input, ZOO_IR(output_size))));
}
