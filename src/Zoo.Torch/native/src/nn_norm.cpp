// torch.nn.functional: normalization layers' computations (batch, instance, group, layer norm; normalize).
#include "nn_args.h"

// Training mode normalizes with the batch's statistics and, when running stats are given, updates them in place
// (running = (1 - momentum) * running + momentum * batch, with the unbiased batch variance), as PyTorch does.
ZOO_API TensorHandle zoo_batch_norm(TensorHandle input, TensorHandle running_mean, TensorHandle running_var,
                                    TensorHandle weight, TensorHandle bias, int32_t training, double momentum, double eps) {
  ZOO_TENSOR(at::batch_norm(*input, zoo::optional(weight), zoo::optional(bias), zoo::optional(running_mean),
                            zoo::optional(running_var), training != 0, momentum, eps, at::globalContext().userEnabledCuDNN()));
}

ZOO_API TensorHandle zoo_instance_norm(TensorHandle input, TensorHandle running_mean, TensorHandle running_var,
                                       TensorHandle weight, TensorHandle bias, int32_t use_input_stats, double momentum,
                                       double eps) {
  ZOO_TENSOR(at::instance_norm(*input, zoo::optional(weight), zoo::optional(bias), zoo::optional(running_mean),
                               zoo::optional(running_var), use_input_stats != 0, momentum, eps,
                               at::globalContext().userEnabledCuDNN()));
}

ZOO_API TensorHandle zoo_group_norm(TensorHandle input, int64_t num_groups, TensorHandle weight, TensorHandle bias, double eps) {
  ZOO_TENSOR(at::group_norm(*input, num_groups, zoo::optional(weight), zoo::optional(bias), eps,
                            at::globalContext().userEnabledCuDNN()));
}

ZOO_API TensorHandle zoo_layer_norm(TensorHandle input, ZOO_INTS(normalized_shape), TensorHandle weight, TensorHandle bias,
                                    double eps) {
  ZOO_TENSOR(at::layer_norm(*input, ZOO_IR(normalized_shape), zoo::optional(weight), zoo::optional(bias), eps,
                            at::globalContext().userEnabledCuDNN()));
}

// F.normalize: x / max(||x||_p, eps) along dim, composed exactly as PyTorch's Python does (same gradients).
ZOO_API TensorHandle zoo_normalize(TensorHandle input, double p, int64_t dim, double eps) {
  ZOO_TENSOR([&] {
    at::Tensor denom = input->norm(p, dim, /*keepdim=*/true).clamp_min(eps).expand_as(*input);
    return *input / denom;
  }());
}

ZOO_API TensorHandle zoo_cosine_similarity(TensorHandle x1, TensorHandle x2, int64_t dim, double eps) {
  ZOO_TENSOR(at::cosine_similarity(*x1, *x2, dim, eps));
}
