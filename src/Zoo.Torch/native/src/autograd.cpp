// Reverse-mode differentiation: backward() and autograd.grad().
#include "zoo_native.h"

ZOO_API int zoo_backward(TensorHandle t, TensorHandle gradient, int32_t retain_graph, int32_t create_graph) {
  ZOO_VOID({
    c10::optional<bool> retain = retain_graph < 0 ? c10::nullopt : c10::optional<bool>(retain_graph != 0);
    t->backward(gradient ? *gradient : at::Tensor(), retain, create_graph != 0);
  });
}

// torch.autograd.grad: gradients of `outputs` with respect to `inputs`. An unused input gives a null handle when
// allow_unused is set (libtorch raises otherwise).
ZOO_API TensorHandle* zoo_autograd_grad(const TensorHandle* outputs, int32_t n_outputs, const TensorHandle* inputs,
                                        int32_t n_inputs, const TensorHandle* grad_outputs, int32_t n_grad_outputs,
                                        int32_t retain_graph, int32_t create_graph, int32_t allow_unused,
                                        int32_t* count) {
  return zoo::guard<TensorHandle*>(nullptr, [&]() -> TensorHandle* {
    std::vector<at::Tensor> grads_out;
    for (int32_t i = 0; i < n_grad_outputs; ++i) grads_out.push_back(grad_outputs[i] ? *grad_outputs[i] : at::Tensor());
    c10::optional<bool> retain = retain_graph < 0 ? c10::nullopt : c10::optional<bool>(retain_graph != 0);
    auto grads = torch::autograd::grad(zoo::tensors(outputs, n_outputs), zoo::tensors(inputs, n_inputs), grads_out,
                                       retain, create_graph != 0, allow_unused != 0);
    auto* out = static_cast<TensorHandle*>(std::malloc(sizeof(TensorHandle) * (grads.empty() ? 1 : grads.size())));
    if (!out) throw std::bad_alloc();
    for (size_t i = 0; i < grads.size(); ++i) out[i] = grads[i].defined() ? new at::Tensor(std::move(grads[i])) : nullptr;
    *count = static_cast<int32_t>(grads.size());
    return out;
  });
}
