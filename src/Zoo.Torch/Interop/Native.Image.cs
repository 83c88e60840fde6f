using System.Runtime.InteropServices;

namespace Zoo.Torch.Interop;

internal static unsafe partial class Native
{
    // image files (image.cpp): stb_image decoding and PNG encoding on caller-owned pixel buffers
    [LibraryImport(Lib)] internal static partial int zoo_image_info(byte* data, long length, out int width, out int height, out int channels);
    [LibraryImport(Lib)]
    internal static partial int zoo_image_decode(byte* data, long length, int channels, byte* output, long capacity,
        out int width, out int height, out int outputChannels);
    [LibraryImport(Lib)] internal static partial byte* zoo_image_encode_png(byte* pixels, int width, int height, int channels, out long length);
    [LibraryImport(Lib)] internal static partial void zoo_image_free(byte* buffer);
}
