// torch.nn.functional: loss functions, and one_hot (the encoding of class targets).
// reduction: 0 none, 1 mean, 2 sum (at::Reduction's values, and the managed Reduction enum's).
#include "nn_args.h"

// Class-index targets ([N] or [N, d1, ...] int64) or class probabilities (same shape as input, floating point).
ZOO_API TensorHandle zoo_cross_entropy(TensorHandle input, TensorHandle target, TensorHandle weight, int64_t reduction,
                                       int64_t ignore_index, double label_smoothing) {
  ZOO_TENSOR(at::cross_entropy_loss(*input, *target, zoo::optional(weight), reduction, ignore_index, label_smoothing));
}

ZOO_API TensorHandle zoo_nll_loss(TensorHandle input, TensorHandle target, TensorHandle weight, int64_t reduction,
                                  int64_t ignore_index) {
  ZOO_TENSOR(at::nll_loss_nd(*input, *target, zoo::optional(weight), reduction, ignore_index));
}

ZOO_API TensorHandle zoo_mse_loss(TensorHandle input, TensorHandle target, int64_t reduction) {
  ZOO_TENSOR(at::mse_loss(*input, *target, reduction));
}

ZOO_API TensorHandle zoo_l1_loss(TensorHandle input, TensorHandle target, int64_t reduction) {
  ZOO_TENSOR(at::l1_loss(*input, *target, reduction));
}

ZOO_API TensorHandle zoo_smooth_l1_loss(TensorHandle input, TensorHandle target, int64_t reduction, double beta) {
  ZOO_TENSOR(at::smooth_l1_loss(*input, *target, reduction, beta));
}

ZOO_API TensorHandle zoo_huber_loss(TensorHandle input, TensorHandle target, int64_t reduction, double delta) {
  ZOO_TENSOR(at::huber_loss(*input, *target, reduction, delta));
}

ZOO_API TensorHandle zoo_binary_cross_entropy(TensorHandle input, TensorHandle target, TensorHandle weight, int64_t reduction) {
  ZOO_TENSOR(at::binary_cross_entropy(*input, *target, zoo::optional(weight), reduction));
}

ZOO_API TensorHandle zoo_binary_cross_entropy_with_logits(TensorHandle input, TensorHandle target, TensorHandle weight,
                                                          TensorHandle pos_weight, int64_t reduction) {
  ZOO_TENSOR(at::binary_cross_entropy_with_logits(*input, *target, zoo::optional(weight), zoo::optional(pos_weight), reduction));
}

// log_target: whether target holds log-probabilities (input always does).
ZOO_API TensorHandle zoo_kl_div(TensorHandle input, TensorHandle target, int64_t reduction, int32_t log_target) {
  ZOO_TENSOR(at::kl_div(*input, *target, reduction, log_target != 0));
}

ZOO_API TensorHandle zoo_one_hot(TensorHandle input, int64_t num_classes) { ZOO_TENSOR(at::one_hot(*input, num_classes)); }
