// What a tensor is: its metadata, its data, and conversions between dtypes and devices.
#include "zoo_native.h"

ZOO_API int32_t zoo_tensor_ndim(TensorHandle t) { return zoo::guard<int32_t>(-1, [&] { return (int32_t)t->dim(); }); }

// Writes up to `capacity` sizes into `out`; returns the number of dimensions.
ZOO_API int32_t zoo_tensor_shape(TensorHandle t, int64_t* out, int32_t capacity) {
  return zoo::guard<int32_t>(-1, [&] {
    auto sizes = t->sizes();
    for (size_t i = 0; i < sizes.size() && (int32_t)i < capacity; ++i) out[i] = sizes[i];
    return (int32_t)sizes.size();
  });
}

ZOO_API int32_t zoo_tensor_strides(TensorHandle t, int64_t* out, int32_t capacity) {
  return zoo::guard<int32_t>(-1, [&] {
    auto strides = t->strides();
    for (size_t i = 0; i < strides.size() && (int32_t)i < capacity; ++i) out[i] = strides[i];
    return (int32_t)strides.size();
  });
}

ZOO_API int64_t zoo_tensor_size(TensorHandle t, int64_t dim) { return zoo::guard<int64_t>(-1, [&] { return t->size(dim); }); }
ZOO_API int64_t zoo_tensor_numel(TensorHandle t) { return zoo::guard<int64_t>(-1, [&] { return t->numel(); }); }
ZOO_API int32_t zoo_tensor_dtype(TensorHandle t) { return zoo::guard<int32_t>(-1, [&] { return (int32_t)t->scalar_type(); }); }
ZOO_API int32_t zoo_tensor_element_size(TensorHandle t) { return zoo::guard<int32_t>(-1, [&] { return (int32_t)t->element_size(); }); }
ZOO_API int32_t zoo_tensor_device_type(TensorHandle t) { return zoo::guard<int32_t>(-1, [&] { return (int32_t)t->device().type(); }); }
ZOO_API int32_t zoo_tensor_device_index(TensorHandle t) { return zoo::guard<int32_t>(-1, [&] { return (int32_t)t->device().index(); }); }
ZOO_API int32_t zoo_tensor_is_contiguous(TensorHandle t) { return zoo::guard<int32_t>(-1, [&] { return t->is_contiguous() ? 1 : 0; }); }
ZOO_API int32_t zoo_tensor_defined(TensorHandle t) { return t && t->defined() ? 1 : 0; }

// ---- autograd state ----------------------------------------------------------------------------------
ZOO_API int32_t zoo_tensor_requires_grad(TensorHandle t) { return zoo::guard<int32_t>(-1, [&] { return t->requires_grad() ? 1 : 0; }); }
ZOO_API int zoo_tensor_set_requires_grad(TensorHandle t, int32_t value) { ZOO_VOID(t->set_requires_grad(value != 0)); }
ZOO_API int32_t zoo_tensor_is_leaf(TensorHandle t) { return zoo::guard<int32_t>(-1, [&] { return t->is_leaf() ? 1 : 0; }); }

// The gradient, or *out = nullptr when it is undefined (no backward has reached it yet).
ZOO_API int zoo_tensor_grad(TensorHandle t, TensorHandle* out) {
  ZOO_VOID({
    const at::Tensor& g = t->grad();
    *out = g.defined() ? zoo::wrap(g) : nullptr;
  });
}

ZOO_API int zoo_tensor_set_grad(TensorHandle t, TensorHandle grad) {
  ZOO_VOID(t->mutable_grad() = grad ? *grad : at::Tensor());
}

ZOO_API int zoo_tensor_grad_fn_name(TensorHandle t, char* buffer, int32_t capacity) {
  ZOO_VOID({
    auto fn = t->grad_fn();
    std::snprintf(buffer, capacity, "%s", fn ? fn->name().c_str() : "");
  });
}

// ---- data ---------------------------------------------------------------------------------------------
// Copies a tensor's elements (any device, any layout) into a caller-owned buffer of exactly nbytes.
ZOO_API int zoo_tensor_copy_to(TensorHandle t, void* destination, int64_t nbytes) {
  ZOO_VOID({
    at::Tensor c = t->detach().to(at::kCPU).contiguous();
    const int64_t need = c.numel() * c.element_size();
    if (need != nbytes)
      throw std::invalid_argument("copy_to: the buffer holds " + std::to_string(nbytes) + " bytes, the tensor " +
                                  std::to_string(need));
    if (need) std::memcpy(destination, c.data_ptr(), need);
  });
}

// A new tensor holding a copy of `nbytes` bytes of `source`.
ZOO_API TensorHandle zoo_tensor_from_data(const void* source, int64_t nbytes, const int64_t* shape, int32_t ndim,
                                          int32_t dtype, int32_t device_type, int32_t device_index, int32_t requires_grad) {
  ZOO_TENSOR([&] {
    at::Tensor cpu = at::empty(zoo::ints(shape, ndim), at::TensorOptions().dtype(zoo::dtype(dtype)));
    const int64_t need = cpu.numel() * cpu.element_size();
    if (need != nbytes)
      throw std::invalid_argument("tensor: " + std::to_string(nbytes) + " bytes of data do not fill a tensor of " +
                                  std::to_string(need) + " bytes");
    if (need) std::memcpy(cpu.data_ptr(), source, need);
    at::Tensor result = cpu.to(zoo::device(device_type, device_index));
    if (requires_grad) result.set_requires_grad(true);
    return result;
  }());
}

// A tensor over memory owned by the caller; `deleter(context)` runs when libtorch releases the storage.
typedef void (*ZooDeleter)(void* context);
ZOO_API TensorHandle zoo_tensor_from_blob(void* data, const int64_t* shape, int32_t ndim, int32_t dtype, ZooDeleter deleter,
                                          void* context) {
  ZOO_TENSOR(at::from_blob(
      data, zoo::ints(shape, ndim), [deleter, context](void*) { deleter(context); },
      at::TensorOptions().dtype(zoo::dtype(dtype))));
}

ZOO_API void* zoo_tensor_data_ptr(TensorHandle t) { return zoo::guard<void*>(nullptr, [&] { return t->data_ptr(); }); }

// The value of a one-element tensor, in the requested kind (0 double, 1 int64, 2 bool).
ZOO_API int zoo_tensor_item(TensorHandle t, ZooScalar* out) {
  ZOO_VOID({
    at::Scalar s = t->item();
    if (s.isFloatingPoint()) {
      double d = s.toDouble();
      std::memcpy(&out->bits, &d, sizeof d);
      out->kind = 0;
    } else if (s.isBoolean()) {
      out->bits = s.toBool() ? 1 : 0;
      out->kind = 2;
    } else if (s.isIntegral(false)) {
      out->bits = s.toLong();
      out->kind = 1;
    } else {
      throw std::invalid_argument("item: complex values are not supported");
    }
  });
}

// ---- conversions and copies ---------------------------------------------------------------------------
ZOO_API TensorHandle zoo_tensor_to(TensorHandle t, int32_t dtype, int32_t device_type, int32_t device_index,
                                   int32_t non_blocking, int32_t copy) {
  ZOO_TENSOR(t->to(zoo::device(device_type, device_index), zoo::dtype(dtype), non_blocking != 0, copy != 0));
}
ZOO_API TensorHandle zoo_tensor_detach(TensorHandle t) { ZOO_TENSOR(t->detach()); }
ZOO_API TensorHandle zoo_tensor_clone(TensorHandle t) { ZOO_TENSOR(t->clone()); }
ZOO_API TensorHandle zoo_tensor_contiguous(TensorHandle t) { ZOO_TENSOR(t->contiguous()); }
ZOO_API TensorHandle zoo_tensor_alias(TensorHandle t) { ZOO_TENSOR(at::Tensor(*t)); }
ZOO_API int zoo_tensor_detach_(TensorHandle t) { ZOO_VOID(t->detach_()); }
ZOO_API int zoo_tensor_copy_(TensorHandle t, TensorHandle source, int32_t non_blocking) {
  ZOO_VOID(t->copy_(*source, non_blocking != 0));
}
// Replaces what a handle points at (used to swap a parameter's storage in place, e.g. Module.to(device)).
ZOO_API int zoo_tensor_set_data(TensorHandle t, TensorHandle source) { ZOO_VOID(t->set_data(*source)); }
