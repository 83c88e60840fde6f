// Image files for the data loaders: decoding (PNG, JPEG, BMP, TGA, ... through stb_image) and PNG encoding
// (stb_image_write). Pixels cross the boundary as interleaved 8-bit rows (height x width x channels) in buffers the
// caller owns, so a loader can decode on a background thread without creating tensors there.
#include "zoo_native.h"

#include <cstdlib>
#include <stdexcept>

#ifdef ZOO_HAVE_STB
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#define STB_IMAGE_STATIC
#define STB_IMAGE_IMPLEMENTATION
#define STBI_FAILURE_USERMSG
#include <stb/stb_image.h>
#define STB_IMAGE_WRITE_STATIC
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>
#pragma GCC diagnostic pop
#endif

namespace {

#ifdef ZOO_HAVE_STB
int length_of(int64_t length) {
  if (length <= 0) throw std::invalid_argument("the image data is empty");
  if (length > INT32_MAX) throw std::invalid_argument("the image data is larger than 2 GiB");
  return static_cast<int>(length);
}

std::string reason(const char* what) {
  const char* why = stbi_failure_reason();
  return std::string(what) + ": " + (why ? why : "unknown reason");
}
#else
[[noreturn]] void no_stb() {
  throw std::runtime_error("image decoding is unavailable: the native shim was built without stb_image "
                           "(install libstb-dev and rebuild)");
}
#endif

}  // namespace

// Reads the header only: width, height and the number of channels stored in the file.
ZOO_API int zoo_image_info(const uint8_t* data, int64_t length, int32_t* width, int32_t* height, int32_t* channels) {
  ZOO_VOID({
#ifdef ZOO_HAVE_STB
    int w = 0, h = 0, c = 0;
    if (!stbi_info_from_memory(data, length_of(length), &w, &h, &c)) throw std::runtime_error(reason("not a readable image"));
    *width = w;
    *height = h;
    *channels = c;
#else
    no_stb();
#endif
  });
}

// Decodes into `out` (capacity bytes; it must hold exactly width * height * channels). `channels` 0 keeps the file's
// channel count; 1..4 converts (grey, grey+alpha, RGB, RGBA). 16-bit files are reduced to 8 bits.
ZOO_API int zoo_image_decode(const uint8_t* data, int64_t length, int32_t channels, uint8_t* out, int64_t capacity,
                             int32_t* width, int32_t* height, int32_t* out_channels) {
  ZOO_VOID({
#ifdef ZOO_HAVE_STB
    if (channels < 0 || channels > 4) throw std::invalid_argument("channels must be 0 (as stored) or 1..4");
    int w = 0, h = 0, stored = 0;
    stbi_uc* pixels = stbi_load_from_memory(data, length_of(length), &w, &h, &stored, channels);
    if (!pixels) throw std::runtime_error(reason("cannot decode the image"));
    const int c = channels ? channels : stored;
    const int64_t need = static_cast<int64_t>(w) * h * c;
    if (need != capacity) {
      stbi_image_free(pixels);
      throw std::invalid_argument("the pixel buffer holds " + std::to_string(capacity) + " bytes, the " +
                                  std::to_string(w) + "x" + std::to_string(h) + "x" + std::to_string(c) +
                                  " image needs " + std::to_string(need));
    }
    std::memcpy(out, pixels, static_cast<size_t>(need));
    stbi_image_free(pixels);
    *width = w;
    *height = h;
    *out_channels = c;
#else
    no_stb();
#endif
  });
}

// Encodes interleaved 8-bit pixels as a PNG; returns a malloc'd buffer (free with zoo_image_free) or nullptr.
ZOO_API uint8_t* zoo_image_encode_png(const uint8_t* pixels, int32_t width, int32_t height, int32_t channels,
                                      int64_t* length) {
  return zoo::guard<uint8_t*>(nullptr, [&]() -> uint8_t* {
#ifdef ZOO_HAVE_STB
    if (width <= 0 || height <= 0) throw std::invalid_argument("a PNG needs a positive width and height");
    if (channels < 1 || channels > 4) throw std::invalid_argument("a PNG has 1 to 4 channels");
    int size = 0;
    unsigned char* png = stbi_write_png_to_mem(pixels, width * channels, width, height, channels, &size);
    if (!png) throw std::runtime_error("PNG encoding failed (out of memory?)");
    *length = size;
    return png;
#else
    no_stb();
#endif
  });
}

ZOO_API void zoo_image_free(uint8_t* buffer) { std::free(buffer); }
