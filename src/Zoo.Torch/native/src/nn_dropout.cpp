// torch.nn.functional: dropout (elementwise) and feature dropout (whole channels), each with an in-place twin.
// Both draw from libtorch's default generator, so a seeded run drops what PyTorch drops.
#include "nn_args.h"

ZOO_API TensorHandle zoo_dropout(TensorHandle x, double p, int32_t training) { ZOO_TENSOR(at::dropout(*x, p, training != 0)); }
ZOO_API TensorHandle zoo_feature_dropout(TensorHandle x, double p, int32_t training) {
  ZOO_TENSOR(at::feature_dropout(*x, p, training != 0));
}
ZOO_API TensorHandle zoo_alpha_dropout(TensorHandle x, double p, int32_t training) {
  ZOO_TENSOR(at::alpha_dropout(*x, p, training != 0));
}
ZOO_API int zoo_dropout_(TensorHandle x, double p, int32_t training) { ZOO_VOID(at::dropout_(*x, p, training != 0)); }
ZOO_API int zoo_feature_dropout_(TensorHandle x, double p, int32_t training) {
  ZOO_VOID(at::feature_dropout_(*x, p, training != 0));
}
