// Matrix products and Einstein summation.
#include "zoo_ops.h"

ZOO_API TensorHandle zoo_matmul(TensorHandle a, TensorHandle b) { ZOO_TENSOR(at::matmul(*a, *b)); }
ZOO_API TensorHandle zoo_mm(TensorHandle a, TensorHandle b) { ZOO_TENSOR(at::mm(*a, *b)); }
ZOO_API TensorHandle zoo_bmm(TensorHandle a, TensorHandle b) { ZOO_TENSOR(at::bmm(*a, *b)); }
ZOO_API TensorHandle zoo_mv(TensorHandle a, TensorHandle v) { ZOO_TENSOR(at::mv(*a, *v)); }
ZOO_API TensorHandle zoo_dot(TensorHandle a, TensorHandle b) { ZOO_TENSOR(at::dot(*a, *b)); }
ZOO_API TensorHandle zoo_outer(TensorHandle a, TensorHandle b) { ZOO_TENSOR(at::outer(*a, *b)); }
ZOO_API TensorHandle zoo_trace(TensorHandle a) { ZOO_TENSOR(at::trace(*a)); }

// beta * t + alpha * (batch1 @ batch2), batched.
ZOO_API TensorHandle zoo_baddbmm(TensorHandle t, TensorHandle batch1, TensorHandle batch2, ZooScalar beta, ZooScalar alpha) {
  ZOO_TENSOR(at::baddbmm(*t, *batch1, *batch2, zoo::scalar(beta), zoo::scalar(alpha)));
}
// beta * t + alpha * (mat1 @ mat2).
ZOO_API TensorHandle zoo_addmm(TensorHandle t, TensorHandle mat1, TensorHandle mat2, ZooScalar beta, ZooScalar alpha) {
  ZOO_TENSOR(at::addmm(*t, *mat1, *mat2, zoo::scalar(beta), zoo::scalar(alpha)));
}
ZOO_API int zoo_baddbmm_(TensorHandle t, TensorHandle batch1, TensorHandle batch2, ZooScalar beta, ZooScalar alpha) {
  ZOO_VOID(t->baddbmm_(*batch1, *batch2, zoo::scalar(beta), zoo::scalar(alpha)));
}
ZOO_API int zoo_addmm_(TensorHandle t, TensorHandle mat1, TensorHandle mat2, ZooScalar beta, ZooScalar alpha) {
  ZOO_VOID(t->addmm_(*mat1, *mat2, zoo::scalar(beta), zoo::scalar(alpha)));
}

ZOO_API TensorHandle zoo_einsum(const char* equation, const TensorHandle* operands, int32_t n) {
  ZOO_TENSOR(at::einsum(equation, zoo::tensors(operands, n)));
}
ZOO_API TensorHandle zoo_tensordot(TensorHandle a, TensorHandle b, const int64_t* dims_a, const int64_t* dims_b, int32_t n) {
  ZOO_TENSOR(at::tensordot(*a, *b, zoo::ints(dims_a, n), zoo::ints(dims_b, n)));
}
