// Indexing as Python writes it (x[0, 1:3, ..., None, mask] = v) and the gather/scatter family.
#include "zoo_ops.h"

#include <ATen/TensorIndexing.h>
#include <torch/version.h>

// One entry of an index expression, as the managed TensorIndex sends it.
struct ZooIndex {
  int32_t kind;   // 0 None, 1 Ellipsis, 2 integer, 3 boolean, 4 slice, 5 tensor
  int32_t flags;  // slices: bit 0 start given, bit 1 stop given, bit 2 step given
  int64_t start;  // the integer, the boolean (0/1), or the slice's start
  int64_t stop;
  int64_t step;
  TensorHandle tensor;
};

namespace {

// libtorch 2 takes slice bounds as SymInts; an absent bound must stay absent (not INT64_MAX, which a SymInt
// cannot hold).
#if TORCH_VERSION_MAJOR >= 2
using SliceBound = c10::optional<c10::SymInt>;
#else
using SliceBound = c10::optional<int64_t>;
#endif

SliceBound bound(const ZooIndex& index, int bit, int64_t value) {
  return (index.flags & (1 << bit)) ? SliceBound(value) : SliceBound(c10::nullopt);
}

std::vector<at::indexing::TensorIndex> indices(const ZooIndex* items, int32_t n) {
  namespace ix = at::indexing;
  std::vector<ix::TensorIndex> list;
  list.reserve(n);
  for (int32_t i = 0; i < n; ++i) {
    const ZooIndex& item = items[i];
    switch (item.kind) {
      case 0: list.emplace_back(ix::None); break;
      case 1: list.emplace_back(ix::Ellipsis); break;
      case 2: list.emplace_back(item.start); break;
      case 3: list.emplace_back(item.start != 0); break;
      case 4: list.emplace_back(ix::Slice(bound(item, 0, item.start), bound(item, 1, item.stop), bound(item, 2, item.step))); break;
      case 5: list.emplace_back(*item.tensor); break;
      default: throw std::invalid_argument("invalid index kind " + std::to_string(item.kind));
    }
  }
  return list;
}

}  // namespace

ZOO_API TensorHandle zoo_index(TensorHandle t, const ZooIndex* items, int32_t n) { ZOO_TENSOR(t->index(indices(items, n))); }
ZOO_API int zoo_index_put_(TensorHandle t, const ZooIndex* items, int32_t n, TensorHandle value) {
  ZOO_VOID(t->index_put_(indices(items, n), *value));
}
ZOO_API int zoo_index_put_scalar_(TensorHandle t, const ZooIndex* items, int32_t n, ZooScalar value) {
  ZOO_VOID(t->index_put_(indices(items, n), zoo::scalar(value)));
}

// ---- gather / scatter / select by index -------------------------------------------------------------------
ZOO_API TensorHandle zoo_index_select(TensorHandle t, int64_t dim, TensorHandle index) { ZOO_TENSOR(at::index_select(*t, dim, *index)); }
ZOO_API TensorHandle zoo_gather(TensorHandle t, int64_t dim, TensorHandle index) { ZOO_TENSOR(at::gather(*t, dim, *index)); }
ZOO_API TensorHandle zoo_scatter(TensorHandle t, int64_t dim, TensorHandle index, TensorHandle src) {
  ZOO_TENSOR(at::scatter(*t, dim, *index, *src));
}
ZOO_API TensorHandle zoo_scatter_scalar(TensorHandle t, int64_t dim, TensorHandle index, ZooScalar value) {
  ZOO_TENSOR(at::scatter(*t, dim, *index, zoo::scalar(value)));
}
ZOO_API int zoo_scatter_(TensorHandle t, int64_t dim, TensorHandle index, TensorHandle src) { ZOO_VOID(t->scatter_(dim, *index, *src)); }
ZOO_API int zoo_scatter_scalar_(TensorHandle t, int64_t dim, TensorHandle index, ZooScalar value) {
  ZOO_VOID(t->scatter_(dim, *index, zoo::scalar(value)));
}
ZOO_API TensorHandle zoo_scatter_add(TensorHandle t, int64_t dim, TensorHandle index, TensorHandle src) {
  ZOO_TENSOR(at::scatter_add(*t, dim, *index, *src));
}
ZOO_API int zoo_scatter_add_(TensorHandle t, int64_t dim, TensorHandle index, TensorHandle src) {
  ZOO_VOID(t->scatter_add_(dim, *index, *src));
}
ZOO_API TensorHandle zoo_index_add(TensorHandle t, int64_t dim, TensorHandle index, TensorHandle source, ZooScalar alpha) {
  ZOO_TENSOR(at::index_add(*t, dim, *index, *source, zoo::scalar(alpha)));
}
ZOO_API int zoo_index_fill_(TensorHandle t, int64_t dim, TensorHandle index, ZooScalar value) {
  ZOO_VOID(t->index_fill_(dim, *index, zoo::scalar(value)));
}
ZOO_API TensorHandle zoo_masked_select(TensorHandle t, TensorHandle mask) { ZOO_TENSOR(at::masked_select(*t, *mask)); }
ZOO_API TensorHandle zoo_nonzero(TensorHandle t) { ZOO_TENSOR(at::nonzero(*t)); }
ZOO_API TensorHandle zoo_take(TensorHandle t, TensorHandle index) { ZOO_TENSOR(at::take(*t, *index)); }
