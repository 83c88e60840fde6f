// Optimizer updates and gradient clipping: one call per parameter group instead of a chain of calls per parameter.
//
// Each update runs the same ATen in-place kernels, in the same order and with the same double-precision scalars, as
// torch.optim's single-tensor implementations (torch 1.13: sgd.py, adam.py, adamw.py, rmsprop.py), so the results
// equal PyTorch's bit for bit. Parameters without a gradient are skipped, as PyTorch skips them.
//
// Optimizer state (momentum buffers, moving averages) is created lazily on a parameter's first gradient, as PyTorch
// does: `state` arrays hold one handle per parameter, null until then; a handle created here is written back into the
// caller's array, which owns it from then on (also when a later parameter fails). Step counts are per parameter.
#include "zoo_native.h"

#include <cmath>

namespace {

// The state tensor in `slots[i]`, created as zeros shaped like `like` when it does not exist yet.
at::Tensor& zeros_slot(TensorHandle* slots, int32_t i, const at::Tensor& like) {
  if (!slots[i]) slots[i] = new at::Tensor(at::zeros_like(like, at::MemoryFormat::Preserve));
  return *slots[i];
}

}  // namespace

// torch.optim.SGD (_single_tensor_sgd).
ZOO_API int zoo_optim_sgd_step(const TensorHandle* params, TensorHandle* momentum_buffers, int32_t count, double lr,
                               double momentum, double dampening, double weight_decay, int32_t nesterov,
                               int32_t maximize) {
  ZOO_VOID({
    at::NoGradGuard no_grad;
    for (int32_t i = 0; i < count; ++i) {
      at::Tensor& param = *params[i];
      const at::Tensor& grad = param.grad();
      if (!grad.defined()) continue;
      at::Tensor d_p = maximize ? at::neg(grad) : grad;
      if (weight_decay != 0) d_p = d_p.add(param, weight_decay);
      if (momentum != 0) {
        if (!momentum_buffers[i]) {
          // The first step seeds the buffer with the gradient itself (no dampening), as PyTorch does.
          momentum_buffers[i] = new at::Tensor(at::clone(d_p).detach());
        } else {
          momentum_buffers[i]->mul_(momentum).add_(d_p, 1 - dampening);
        }
        const at::Tensor& buf = *momentum_buffers[i];
        d_p = nesterov ? d_p.add(buf, momentum) : buf;
      }
      param.add_(d_p, -lr);
    }
  });
}

// torch.optim.Adam (_single_tensor_adam) and, with decoupled_weight_decay, torch.optim.AdamW (_single_tensor_adamw).
ZOO_API int zoo_optim_adam_step(const TensorHandle* params, TensorHandle* exp_avgs, TensorHandle* exp_avg_sqs,
                                TensorHandle* max_exp_avg_sqs, int64_t* steps, int32_t count, double lr, double beta1,
                                double beta2, double eps, double weight_decay, int32_t amsgrad, int32_t maximize,
                                int32_t decoupled_weight_decay) {
  ZOO_VOID({
    at::NoGradGuard no_grad;
    for (int32_t i = 0; i < count; ++i) {
      at::Tensor& param = *params[i];
      const at::Tensor& g = param.grad();
      if (!g.defined()) continue;
      at::Tensor grad = maximize ? at::neg(g) : g;
      at::Tensor& exp_avg = zeros_slot(exp_avgs, i, param);
      at::Tensor& exp_avg_sq = zeros_slot(exp_avg_sqs, i, param);
      // PyTorch keeps the count in a float32 tensor and reads it back with item(): exact for any realistic count.
      const double step = static_cast<double>(++steps[i]);

      if (decoupled_weight_decay) {
        param.mul_(1 - lr * weight_decay);
      } else if (weight_decay != 0) {
        grad = grad.add(param, weight_decay);
      }

      exp_avg.mul_(beta1).add_(grad, 1 - beta1);
      exp_avg_sq.mul_(beta2).addcmul_(grad, grad, 1 - beta2);

      const double bias_correction1 = 1 - std::pow(beta1, step);
      const double bias_correction2 = 1 - std::pow(beta2, step);
      const double step_size = lr / bias_correction1;
      const double bias_correction2_sqrt = std::sqrt(bias_correction2);

      at::Tensor denom;
      if (amsgrad) {
        at::Tensor& max_exp_avg_sq = zeros_slot(max_exp_avg_sqs, i, param);
        at::maximum_out(max_exp_avg_sq, max_exp_avg_sq, exp_avg_sq);
        denom = (max_exp_avg_sq.sqrt() / bias_correction2_sqrt).add_(eps);
      } else {
        denom = (exp_avg_sq.sqrt() / bias_correction2_sqrt).add_(eps);
      }
      param.addcdiv_(exp_avg, denom, -step_size);
    }
  });
}

// torch.optim.RMSprop (_single_tensor_rmsprop).
ZOO_API int zoo_optim_rmsprop_step(const TensorHandle* params, TensorHandle* square_avgs, TensorHandle* momentum_buffers,
                                   TensorHandle* grad_avgs, int64_t* steps, int32_t count, double lr, double alpha,
                                   double eps, double weight_decay, double momentum, int32_t centered,
                                   int32_t maximize) {
  ZOO_VOID({
    at::NoGradGuard no_grad;
    for (int32_t i = 0; i < count; ++i) {
      at::Tensor& param = *params[i];
      const at::Tensor& g = param.grad();
      if (!g.defined()) continue;
      at::Tensor grad = maximize ? at::neg(g) : g;
      at::Tensor& square_avg = zeros_slot(square_avgs, i, param);
      ++steps[i];

      if (weight_decay != 0) grad = grad.add(param, weight_decay);

      square_avg.mul_(alpha).addcmul_(grad, grad, 1 - alpha);
      at::Tensor avg;
      if (centered) {
        at::Tensor& grad_avg = zeros_slot(grad_avgs, i, param);
        grad_avg.mul_(alpha).add_(grad, 1 - alpha);
        avg = square_avg.addcmul(grad_avg, grad_avg, -1).sqrt_();
      } else {
        avg = square_avg.sqrt();
      }
      avg = avg.add_(eps);

      if (momentum > 0) {
        at::Tensor& buf = zeros_slot(momentum_buffers, i, param);
        buf.mul_(momentum).addcdiv_(grad, avg);
        param.add_(buf, -lr);
      } else {
        param.addcdiv_(grad, avg, -lr);
      }
    }
  });
}

// Optimizer.zero_grad: drops every gradient (set_to_none) or zeroes it in place, as PyTorch does.
ZOO_API int zoo_optim_zero_grad(const TensorHandle* params, int32_t count, int32_t set_to_none) {
  ZOO_VOID({
    for (int32_t i = 0; i < count; ++i) {
      at::Tensor& grad = params[i]->mutable_grad();
      if (!grad.defined()) continue;
      if (set_to_none) {
        grad = at::Tensor();
        continue;
      }
      if (grad.grad_fn()) {
        grad.detach_();
      } else {
        grad.requires_grad_(false);
      }
      grad.zero_();
    }
  });
}

// torch.nn.utils.clip_grad_norm_: scales every gradient by max_norm / (total norm + 1e-6) when that is below 1, and
// returns the total norm (of all gradients as one vector). The same ops as PyTorch, so the same rounding.
ZOO_API TensorHandle zoo_clip_grad_norm_(const TensorHandle* params, int32_t count, double max_norm, double norm_type,
                                         int32_t error_if_nonfinite) {
  ZOO_TENSOR([&] {
    at::NoGradGuard no_grad;
    std::vector<at::Tensor> grads;
    for (int32_t i = 0; i < count; ++i)
      if (params[i]->grad().defined()) grads.push_back(params[i]->grad().detach());
    if (grads.empty()) return at::scalar_tensor(0., at::kFloat);
    const at::Device device = grads[0].device();

    std::vector<at::Tensor> norms;
    norms.reserve(grads.size());
    at::Tensor total_norm;
    if (std::isinf(norm_type) && norm_type > 0) {
      for (const auto& g : grads) norms.push_back(g.abs().max().to(device));
      total_norm = norms.size() == 1 ? norms[0] : at::max(at::stack(norms));
    } else {
      for (const auto& g : grads) {
        std::vector<int64_t> all_dims(g.dim());
        for (int64_t d = 0; d < g.dim(); ++d) all_dims[d] = d;
        norms.push_back(at::norm(g, at::Scalar(norm_type), all_dims, false).to(device));
      }
      total_norm = at::norm(at::stack(norms), at::Scalar(norm_type), std::vector<int64_t>{0}, false);
    }
    if (error_if_nonfinite && at::logical_or(total_norm.isnan(), total_norm.isinf()).item<bool>())
      throw std::runtime_error("The total norm of order " + std::to_string(norm_type) +
                               " for gradients from `parameters` is non-finite, so it cannot be clipped. To disable "
                               "this error and scale the gradients by the non-finite norm anyway, set "
                               "`error_if_nonfinite=False`");
    // PyTorch writes max_norm / (total_norm + 1e-6), which a float divided by a tensor evaluates as below.
    at::Tensor clip_coef = total_norm.add(1e-6).reciprocal().mul(max_norm);
    at::Tensor clip_coef_clamped = at::clamp(clip_coef, c10::nullopt, at::Scalar(1.0));
    for (auto& g : grads) g.mul_(clip_coef_clamped.to(g.device()));
    return total_norm;
  }());
}

// torch.nn.utils.clip_grad_value_: clamps every gradient into [-clip_value, clip_value] in place.
ZOO_API int zoo_clip_grad_value_(const TensorHandle* params, int32_t count, double clip_value) {
  ZOO_VOID({
    at::NoGradGuard no_grad;
    for (int32_t i = 0; i < count; ++i) {
      const at::Tensor& grad = params[i]->grad();
      if (grad.defined()) grad.detach().clamp_(-clip_value, clip_value);
    }
  });
}
