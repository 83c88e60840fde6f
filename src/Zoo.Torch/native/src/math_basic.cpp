// Elementwise arithmetic between tensors and scalars (the binary operators of the managed Tensor).
#include "zoo_native.h"

ZOO_API TensorHandle zoo_add(TensorHandle a, TensorHandle b, ZooScalar alpha) { ZOO_TENSOR(at::add(*a, *b, zoo::scalar(alpha))); }
ZOO_API TensorHandle zoo_add_scalar(TensorHandle a, ZooScalar b, ZooScalar alpha) { ZOO_TENSOR(at::add(*a, zoo::scalar(b), zoo::scalar(alpha))); }
ZOO_API TensorHandle zoo_sub(TensorHandle a, TensorHandle b, ZooScalar alpha) { ZOO_TENSOR(at::sub(*a, *b, zoo::scalar(alpha))); }
ZOO_API TensorHandle zoo_sub_scalar(TensorHandle a, ZooScalar b, ZooScalar alpha) { ZOO_TENSOR(at::sub(*a, zoo::scalar(b), zoo::scalar(alpha))); }
ZOO_API TensorHandle zoo_rsub_scalar(TensorHandle a, ZooScalar b) { ZOO_TENSOR(at::rsub(*a, zoo::scalar(b))); }
ZOO_API TensorHandle zoo_mul(TensorHandle a, TensorHandle b) { ZOO_TENSOR(at::mul(*a, *b)); }
ZOO_API TensorHandle zoo_mul_scalar(TensorHandle a, ZooScalar b) { ZOO_TENSOR(at::mul(*a, zoo::scalar(b))); }
ZOO_API TensorHandle zoo_div(TensorHandle a, TensorHandle b) { ZOO_TENSOR(at::div(*a, *b)); }
ZOO_API TensorHandle zoo_div_scalar(TensorHandle a, ZooScalar b) { ZOO_TENSOR(at::div(*a, zoo::scalar(b))); }
ZOO_API TensorHandle zoo_rdiv_scalar(TensorHandle a, ZooScalar b) { ZOO_TENSOR(at::mul(at::reciprocal(*a), zoo::scalar(b))); }  // as Python's __rtruediv__
ZOO_API TensorHandle zoo_neg(TensorHandle a) { ZOO_TENSOR(at::neg(*a)); }

ZOO_API int zoo_add_(TensorHandle a, TensorHandle b, ZooScalar alpha) { ZOO_VOID(a->add_(*b, zoo::scalar(alpha))); }
ZOO_API int zoo_add_scalar_(TensorHandle a, ZooScalar b, ZooScalar alpha) { ZOO_VOID(a->add_(zoo::scalar(b), zoo::scalar(alpha))); }
ZOO_API int zoo_sub_(TensorHandle a, TensorHandle b, ZooScalar alpha) { ZOO_VOID(a->sub_(*b, zoo::scalar(alpha))); }
ZOO_API int zoo_sub_scalar_(TensorHandle a, ZooScalar b, ZooScalar alpha) { ZOO_VOID(a->sub_(zoo::scalar(b), zoo::scalar(alpha))); }
ZOO_API int zoo_mul_(TensorHandle a, TensorHandle b) { ZOO_VOID(a->mul_(*b)); }
ZOO_API int zoo_mul_scalar_(TensorHandle a, ZooScalar b) { ZOO_VOID(a->mul_(zoo::scalar(b))); }
ZOO_API int zoo_div_(TensorHandle a, TensorHandle b) { ZOO_VOID(a->div_(*b)); }
ZOO_API int zoo_div_scalar_(TensorHandle a, ZooScalar b) { ZOO_VOID(a->div_(zoo::scalar(b))); }

ZOO_API int zoo_zero_(TensorHandle a) { ZOO_VOID(a->zero_()); }
ZOO_API int zoo_fill_(TensorHandle a, ZooScalar value) { ZOO_VOID(a->fill_(zoo::scalar(value))); }
