// Views and shape changes (view, reshape, permute, squeeze, expand, ...), joining and splitting (cat, stack,
// split, chunk, unbind), and rearrangements (flip, roll, tril/triu, diagonal).
#include "zoo_ops.h"

// ---- views and reshapes -----------------------------------------------------------------------------------
ZOO_API TensorHandle zoo_view(TensorHandle t, const int64_t* shape, int32_t ndim) { ZOO_TENSOR(t->view(zoo::ints(shape, ndim))); }
ZOO_API TensorHandle zoo_reshape(TensorHandle t, const int64_t* shape, int32_t ndim) { ZOO_TENSOR(t->reshape(zoo::ints(shape, ndim))); }
ZOO_API TensorHandle zoo_view_as(TensorHandle t, TensorHandle other) { ZOO_TENSOR(t->view_as(*other)); }
ZOO_API TensorHandle zoo_reshape_as(TensorHandle t, TensorHandle other) { ZOO_TENSOR(t->reshape_as(*other)); }
ZOO_API TensorHandle zoo_permute(TensorHandle t, const int64_t* dims, int32_t ndim) { ZOO_TENSOR(t->permute(zoo::ints(dims, ndim))); }
ZOO_API TensorHandle zoo_transpose(TensorHandle t, int64_t dim0, int64_t dim1) { ZOO_TENSOR(t->transpose(dim0, dim1)); }
ZOO_API TensorHandle zoo_t(TensorHandle t) { ZOO_TENSOR(t->t()); }
ZOO_API TensorHandle zoo_movedim(TensorHandle t, const int64_t* source, const int64_t* destination, int32_t n) {
  ZOO_TENSOR(t->movedim(zoo::ints(source, n), zoo::ints(destination, n)));
}
ZOO_API TensorHandle zoo_flatten(TensorHandle t, int64_t start_dim, int64_t end_dim) { ZOO_TENSOR(t->flatten(start_dim, end_dim)); }
ZOO_API TensorHandle zoo_unflatten(TensorHandle t, int64_t dim, const int64_t* sizes, int32_t n) {
  ZOO_TENSOR(t->unflatten(dim, zoo::ints(sizes, n)));
}
ZOO_API TensorHandle zoo_unsqueeze(TensorHandle t, int64_t dim) { ZOO_TENSOR(t->unsqueeze(dim)); }
// Removes every size-1 dim (dim == nullptr) or the given one when its size is 1.
ZOO_API TensorHandle zoo_squeeze(TensorHandle t, const int64_t* dim) { ZOO_TENSOR(dim ? t->squeeze(*dim) : t->squeeze()); }
ZOO_API int zoo_unsqueeze_(TensorHandle t, int64_t dim) { ZOO_VOID(t->unsqueeze_(dim)); }
ZOO_API int zoo_squeeze_(TensorHandle t, const int64_t* dim) { ZOO_VOID(dim ? t->squeeze_(*dim) : t->squeeze_()); }
ZOO_API TensorHandle zoo_expand(TensorHandle t, const int64_t* sizes, int32_t n) { ZOO_TENSOR(t->expand(zoo::ints(sizes, n))); }
ZOO_API TensorHandle zoo_expand_as(TensorHandle t, TensorHandle other) { ZOO_TENSOR(t->expand_as(*other)); }
ZOO_API TensorHandle zoo_repeat(TensorHandle t, const int64_t* repeats, int32_t n) { ZOO_TENSOR(t->repeat(zoo::ints(repeats, n))); }
ZOO_API TensorHandle zoo_repeat_interleave(TensorHandle t, int64_t repeats, const int64_t* dim) {
  ZOO_TENSOR(t->repeat_interleave(repeats, dim ? c10::optional<int64_t>(*dim) : c10::nullopt));
}
ZOO_API TensorHandle zoo_tile(TensorHandle t, const int64_t* dims, int32_t n) { ZOO_TENSOR(t->tile(zoo::ints(dims, n))); }

// ---- slicing views ------------------------------------------------------------------------------------------
ZOO_API TensorHandle zoo_narrow(TensorHandle t, int64_t dim, int64_t start, int64_t length) { ZOO_TENSOR(t->narrow(dim, start, length)); }
ZOO_API TensorHandle zoo_slice(TensorHandle t, int64_t dim, int64_t start, int64_t end, int64_t step) {
  ZOO_TENSOR(t->slice(dim, start, end, step));
}
ZOO_API TensorHandle zoo_select(TensorHandle t, int64_t dim, int64_t index) { ZOO_TENSOR(t->select(dim, index)); }

// ---- joining and splitting ----------------------------------------------------------------------------------
ZOO_API TensorHandle zoo_cat(const TensorHandle* tensors, int32_t n, int64_t dim) { ZOO_TENSOR(at::cat(zoo::tensors(tensors, n), dim)); }
ZOO_API TensorHandle zoo_stack(const TensorHandle* tensors, int32_t n, int64_t dim) { ZOO_TENSOR(at::stack(zoo::tensors(tensors, n), dim)); }
ZOO_API TensorHandle zoo_hstack(const TensorHandle* tensors, int32_t n) { ZOO_TENSOR(at::hstack(zoo::tensors(tensors, n))); }
ZOO_API TensorHandle zoo_vstack(const TensorHandle* tensors, int32_t n) { ZOO_TENSOR(at::vstack(zoo::tensors(tensors, n))); }

ZOO_API TensorHandle* zoo_split(TensorHandle t, int64_t size, int64_t dim, int32_t* count) { ZOO_TENSORS(t->split(size, dim)); }
ZOO_API TensorHandle* zoo_split_with_sizes(TensorHandle t, const int64_t* sizes, int32_t n, int64_t dim, int32_t* count) {
  ZOO_TENSORS(t->split_with_sizes(zoo::ints(sizes, n), dim));
}
ZOO_API TensorHandle* zoo_chunk(TensorHandle t, int64_t chunks, int64_t dim, int32_t* count) { ZOO_TENSORS(t->chunk(chunks, dim)); }
ZOO_API TensorHandle* zoo_unbind(TensorHandle t, int64_t dim, int32_t* count) { ZOO_TENSORS(t->unbind(dim)); }

// ---- rearrangements ----------------------------------------------------------------------------------------
ZOO_API TensorHandle zoo_flip(TensorHandle t, const int64_t* dims, int32_t n) { ZOO_TENSOR(t->flip(zoo::ints(dims, n))); }
ZOO_API TensorHandle zoo_roll(TensorHandle t, const int64_t* shifts, const int64_t* dims, int32_t n, int32_t ndims) {
  ZOO_TENSOR(t->roll(zoo::ints(shifts, n), zoo::ints(dims, ndims)));
}
ZOO_API TensorHandle zoo_tril(TensorHandle t, int64_t diagonal) { ZOO_TENSOR(t->tril(diagonal)); }
ZOO_API TensorHandle zoo_triu(TensorHandle t, int64_t diagonal) { ZOO_TENSOR(t->triu(diagonal)); }
ZOO_API int zoo_tril_(TensorHandle t, int64_t diagonal) { ZOO_VOID(t->tril_(diagonal)); }
ZOO_API int zoo_triu_(TensorHandle t, int64_t diagonal) { ZOO_VOID(t->triu_(diagonal)); }
ZOO_API TensorHandle zoo_diagonal(TensorHandle t, int64_t offset, int64_t dim1, int64_t dim2) {
  ZOO_TENSOR(t->diagonal(offset, dim1, dim2));
}
ZOO_API TensorHandle zoo_diag(TensorHandle t, int64_t diagonal) { ZOO_TENSOR(t->diag(diagonal)); }
ZOO_API TensorHandle zoo_diag_embed(TensorHandle t, int64_t offset, int64_t dim1, int64_t dim2) {
  ZOO_TENSOR(at::diag_embed(*t, offset, dim1, dim2));
}
