using System.Runtime.InteropServices;

namespace Zoo.Torch.Interop;

internal static unsafe partial class Native
{
    // random fills and draws (random.cpp)
    [LibraryImport(Lib)] internal static partial int zoo_uniform_(IntPtr t, double from, double to);
    [LibraryImport(Lib)] internal static partial int zoo_normal_(IntPtr t, double mean, double std);
    [LibraryImport(Lib)] internal static partial int zoo_bernoulli_(IntPtr t, double p);
    [LibraryImport(Lib)] internal static partial int zoo_exponential_(IntPtr t, double lambda);
    [LibraryImport(Lib)] internal static partial int zoo_random_(IntPtr t, long from, long to);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_bernoulli(IntPtr t);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_multinomial(IntPtr t, long numSamples, int replacement);
}
