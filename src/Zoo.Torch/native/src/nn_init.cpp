// torch.nn.init: in-place initialisers, run without recording gradients (they fill parameters).
// Each draws from libtorch's default generator in the same order as PyTorch's Python, so a seeded
// initialisation gives PyTorch's values.
#include "nn_args.h"

#include <cmath>

ZOO_API int zoo_init_uniform_(TensorHandle t, double low, double high) {
  ZOO_VOID(at::NoGradGuard no_grad; t->uniform_(low, high));
}

ZOO_API int zoo_init_normal_(TensorHandle t, double mean, double std) {
  ZOO_VOID(at::NoGradGuard no_grad; t->normal_(mean, std));
}

ZOO_API int zoo_init_constant_(TensorHandle t, double value) { ZOO_VOID(at::NoGradGuard no_grad; t->fill_(value)); }

// A normal distribution truncated to [a, b], by inverse-CDF sampling (PyTorch's algorithm).
ZOO_API int zoo_init_trunc_normal_(TensorHandle t, double mean, double std, double a, double b) {
  ZOO_VOID({
    at::NoGradGuard no_grad;
    auto norm_cdf = [](double x) { return (1.0 + std::erf(x / std::sqrt(2.0))) / 2.0; };
    const double l = norm_cdf((a - mean) / std);
    const double u = norm_cdf((b - mean) / std);
    t->uniform_(2 * l - 1, 2 * u - 1);
    t->erfinv_();
    t->mul_(std * std::sqrt(2.0));
    t->add_(mean);
    t->clamp_(a, b);
  });
}

// The identity matrix (2-D tensors).
ZOO_API int zoo_init_eye_(TensorHandle t) {
  ZOO_VOID({
    at::NoGradGuard no_grad;
    if (t->dim() != 2) throw std::invalid_argument("eye_: only 2-D tensors are supported, got " + std::to_string(t->dim()) + "-D");
    at::eye_out(*t, t->size(0), t->size(1));
  });
}

// The Dirac delta for 3-, 4- and 5-D convolution weights: each output channel of each group passes its input
// channel through unchanged.
ZOO_API int zoo_init_dirac_(TensorHandle t, int64_t groups) {
  ZOO_VOID({
    at::NoGradGuard no_grad;
    const int64_t dims = t->dim();
    if (dims < 3 || dims > 5) throw std::invalid_argument("dirac_: only 3, 4 and 5-D tensors are supported, got " + std::to_string(dims) + "-D");
    if (groups < 1 || t->size(0) % groups != 0) throw std::invalid_argument("dirac_: dim 0 must be divisible by groups");
    const int64_t out_per_group = t->size(0) / groups;
    const int64_t min_dim = std::min(out_per_group, t->size(1));
    t->zero_();
    for (int64_t g = 0; g < groups; ++g) {
      for (int64_t d = 0; d < min_dim; ++d) {
        at::Tensor cell = t->select(0, g * out_per_group + d).select(0, d);
        for (int64_t k = 2; k < dims; ++k) cell = cell.select(0, t->size(k) / 2);
        cell.fill_(1);
      }
    }
  });
}

// A (semi-)orthogonal matrix from the QR decomposition of a normal one, sign-corrected so it is uniformly
// distributed, then scaled by gain; tensors of more than two dimensions are flattened after the first.
ZOO_API int zoo_init_orthogonal_(TensorHandle t, double gain) {
  ZOO_VOID({
    at::NoGradGuard no_grad;
    if (t->dim() < 2) throw std::invalid_argument("orthogonal_: only tensors with 2 or more dimensions are supported");
    if (t->numel() == 0) return 0;
    const int64_t rows = t->size(0);
    const int64_t cols = t->numel() / rows;
    at::Tensor flattened = at::empty({rows, cols}, t->options()).normal_(0, 1);
    if (rows < cols) flattened.t_();
    auto qr = at::linalg_qr(flattened);
    at::Tensor q = std::get<0>(qr);
    at::Tensor d = at::diag(std::get<1>(qr), 0);
    q.mul_(d.sign());
    if (rows < cols) q.t_();
    t->view_as(q).copy_(q);
    t->mul_(gain);
  });
}
