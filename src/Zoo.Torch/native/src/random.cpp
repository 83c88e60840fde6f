// Random fills and draws on existing tensors (the default generator, seeded by zoo_manual_seed).
#include "zoo_ops.h"

ZOO_API int zoo_uniform_(TensorHandle t, double from, double to) { ZOO_VOID(t->uniform_(from, to)); }
ZOO_API int zoo_normal_(TensorHandle t, double mean, double std) { ZOO_VOID(t->normal_(mean, std)); }
ZOO_API int zoo_bernoulli_(TensorHandle t, double p) { ZOO_VOID(t->bernoulli_(p)); }
ZOO_API int zoo_exponential_(TensorHandle t, double lambda) { ZOO_VOID(t->exponential_(lambda)); }
// Integers drawn uniformly from [from, to).
ZOO_API int zoo_random_(TensorHandle t, int64_t from, int64_t to) { ZOO_VOID(t->random_(from, to)); }
// 0/1 draws with the probabilities held in t.
ZOO_API TensorHandle zoo_bernoulli(TensorHandle t) { ZOO_TENSOR(at::bernoulli(*t)); }
ZOO_API TensorHandle zoo_multinomial(TensorHandle t, int64_t num_samples, int32_t replacement) {
  ZOO_TENSOR(at::multinomial(*t, num_samples, replacement != 0));
}
