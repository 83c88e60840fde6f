// torch.nn.functional: resampling and rearranging pixels (interpolate, pad, pixel_shuffle).
#include "nn_args.h"

namespace {
// The managed InterpolationMode's values.
enum InterpolationMode : int32_t { Nearest = 0, Linear = 1, Bilinear = 2, Bicubic = 3, Trilinear = 4, Area = 5, NearestExact = 6 };

std::string mode_name(int32_t mode) {
  switch (mode) {
    case Nearest: return "nearest";
    case Linear: return "linear";
    case Bilinear: return "bilinear";
    case Bicubic: return "bicubic";
    case Trilinear: return "trilinear";
    case Area: return "area";
    case NearestExact: return "nearest-exact";
    default: return "mode " + std::to_string(mode);
  }
}
}  // namespace

// F.interpolate after its argument checks (done by the caller): exactly one of `size` (n_size > 0) and `scales`
// (n_scales > 0) is given, one entry per spatial dimension; align_corners is 0/1 for the interpolating modes.
// Dispatches on the input's rank and the mode as PyTorch's Python does, so results and gradients match.
ZOO_API TensorHandle zoo_interpolate(TensorHandle input, ZOO_INTS(size), const double* scales, int32_t n_scales,
                                     int32_t mode, int32_t align_corners, int32_t antialias) {
  ZOO_TENSOR([&]() -> at::Tensor {
    const at::Tensor& x = *input;
    const int64_t rank = x.dim();
    at::OptionalIntArrayRef output_size = size_n > 0 ? at::OptionalIntArrayRef(ZOO_IR(size)) : c10::nullopt;
    c10::optional<at::ArrayRef<double>> factors =
        n_scales > 0 ? c10::optional<at::ArrayRef<double>>(at::ArrayRef<double>(scales, n_scales)) : c10::nullopt;
    const bool corners = align_corners != 0;
    switch (mode) {
      case Nearest:
        if (rank == 3) return at::upsample_nearest1d(x, output_size, factors);
        if (rank == 4) return at::upsample_nearest2d(x, output_size, factors);
        if (rank == 5) return at::upsample_nearest3d(x, output_size, factors);
        break;
      case NearestExact:
        if (rank == 3) return at::_upsample_nearest_exact1d(x, output_size, factors);
        if (rank == 4) return at::_upsample_nearest_exact2d(x, output_size, factors);
        if (rank == 5) return at::_upsample_nearest_exact3d(x, output_size, factors);
        break;
      case Area:
        if (!size_n) throw std::invalid_argument("interpolate: area mode needs an output size");
        if (rank == 3) return at::adaptive_avg_pool1d(x, ZOO_IR(size));
        if (rank == 4) return at::adaptive_avg_pool2d(x, ZOO_IR(size));
        if (rank == 5) return at::adaptive_avg_pool3d(x, ZOO_IR(size));
        break;
      case Linear:
        if (rank == 3) return at::upsample_linear1d(x, output_size, corners, factors);
        break;
      case Bilinear:
        if (rank == 4)
          return antialias ? at::_upsample_bilinear2d_aa(x, output_size, corners, factors)
                           : at::upsample_bilinear2d(x, output_size, corners, factors);
        break;
      case Bicubic:
        if (rank == 4)
          return antialias ? at::_upsample_bicubic2d_aa(x, output_size, corners, factors)
                           : at::upsample_bicubic2d(x, output_size, corners, factors);
        break;
      case Trilinear:
        if (rank == 5) return at::upsample_trilinear3d(x, output_size, corners, factors);
        break;
      default:
        throw std::invalid_argument("interpolate: unknown " + mode_name(mode));
    }
    const int64_t needed = mode == Linear ? 3 : mode == Bilinear || mode == Bicubic ? 4 : mode == Trilinear ? 5 : 0;
    if (needed)
      throw std::invalid_argument("interpolate: got " + std::to_string(rank) + "D input, but " + mode_name(mode) +
                                  " mode needs " + std::to_string(needed) + "D input");
    throw std::invalid_argument("interpolate: only 3D, 4D and 5D inputs are supported (got " + std::to_string(rank) +
                                "D) for mode " + mode_name(mode));
  }());
}

// F.pad; mode is "constant", "reflect", "replicate" or "circular".
ZOO_API TensorHandle zoo_pad(TensorHandle input, ZOO_INTS(pad), const char* mode, double value) {
  ZOO_TENSOR(at::pad(*input, ZOO_IR(pad), c10::string_view(mode),
                     std::strcmp(mode, "constant") == 0 ? c10::optional<double>(value) : c10::nullopt));
}

ZOO_API TensorHandle zoo_pixel_shuffle(TensorHandle input, int64_t upscale_factor) {
  ZOO_TENSOR(at::pixel_shuffle(*input, upscale_factor));
}

ZOO_API TensorHandle zoo_pixel_unshuffle(TensorHandle input, int64_t downscale_factor) {
  ZOO_TENSOR(at::pixel_unshuffle(*input, downscale_factor));
}
