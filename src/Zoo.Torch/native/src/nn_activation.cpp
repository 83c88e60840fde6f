// torch.nn.functional: activation functions (relu, sigmoid, tanh and softmax are Tensor methods, in their own files).
// Each has an in-place twin (name ending in '_') that returns 0 / -1.
#include "nn_args.h"

// approximate: "none" or "tanh".
ZOO_API TensorHandle zoo_gelu(TensorHandle x, const char* approximate) { ZOO_TENSOR(at::gelu(*x, c10::string_view(approximate))); }
ZOO_API TensorHandle zoo_silu(TensorHandle x) { ZOO_TENSOR(at::silu(*x)); }
ZOO_API TensorHandle zoo_mish(TensorHandle x) { ZOO_TENSOR(at::mish(*x)); }
ZOO_API TensorHandle zoo_leaky_relu(TensorHandle x, double negative_slope) { ZOO_TENSOR(at::leaky_relu(*x, negative_slope)); }
ZOO_API TensorHandle zoo_relu6(TensorHandle x) { ZOO_TENSOR(at::relu6(*x)); }
ZOO_API TensorHandle zoo_hardtanh(TensorHandle x, double min_val, double max_val) { ZOO_TENSOR(at::hardtanh(*x, min_val, max_val)); }
ZOO_API TensorHandle zoo_elu(TensorHandle x, double alpha) { ZOO_TENSOR(at::elu(*x, alpha)); }
ZOO_API TensorHandle zoo_selu(TensorHandle x) { ZOO_TENSOR(at::selu(*x)); }
ZOO_API TensorHandle zoo_hardsigmoid(TensorHandle x) { ZOO_TENSOR(at::hardsigmoid(*x)); }
ZOO_API TensorHandle zoo_hardswish(TensorHandle x) { ZOO_TENSOR(at::hardswish(*x)); }
ZOO_API TensorHandle zoo_softplus(TensorHandle x, double beta, double threshold) { ZOO_TENSOR(at::softplus(*x, beta, threshold)); }
ZOO_API TensorHandle zoo_logsigmoid(TensorHandle x) { ZOO_TENSOR(at::log_sigmoid(*x)); }

ZOO_API int zoo_silu_(TensorHandle x) { ZOO_VOID(at::silu_(*x)); }
ZOO_API int zoo_mish_(TensorHandle x) { ZOO_VOID(at::mish_(*x)); }
ZOO_API int zoo_leaky_relu_(TensorHandle x, double negative_slope) { ZOO_VOID(at::leaky_relu_(*x, negative_slope)); }
ZOO_API int zoo_relu6_(TensorHandle x) { ZOO_VOID(at::relu6_(*x)); }
ZOO_API int zoo_hardtanh_(TensorHandle x, double min_val, double max_val) { ZOO_VOID(at::hardtanh_(*x, min_val, max_val)); }
ZOO_API int zoo_elu_(TensorHandle x, double alpha) { ZOO_VOID(at::elu_(*x, alpha)); }
ZOO_API int zoo_selu_(TensorHandle x) { ZOO_VOID(at::selu_(*x)); }
ZOO_API int zoo_hardsigmoid_(TensorHandle x) { ZOO_VOID(at::hardsigmoid_(*x)); }
ZOO_API int zoo_hardswish_(TensorHandle x) { ZOO_VOID(at::hardswish_(*x)); }
