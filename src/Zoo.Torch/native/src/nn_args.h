// Argument spelling shared by the torch.nn entry points: an int list crosses the boundary as (pointer, length).
#pragma once
#include "zoo_native.h"

#define ZOO_INTS(name) const int64_t *name, int32_t name##_n
#define ZOO_IR(name) zoo::ints(name, name##_n)

namespace zoo {
// An optional double crosses as a value and a flag.
inline c10::optional<double> optional_double(double value, int32_t present) {
  return present ? c10::optional<double>(value) : c10::nullopt;
}
}  // namespace zoo
