using System.Runtime.InteropServices;

namespace Zoo.Torch.Interop;

/// <summary>One entry of an index expression as the shim reads it (ZooIndex in index.cpp).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct NativeIndex
{
    public int kind;   // 0 None, 1 Ellipsis, 2 integer, 3 boolean, 4 slice, 5 tensor
    public int flags;  // slices: bit 0 start given, bit 1 stop given, bit 2 step given
    public long start;
    public long stop;
    public long step;
    public IntPtr tensor;
}

internal static unsafe partial class Native
{
    // indexing and the gather/scatter family (index.cpp)
    [LibraryImport(Lib)] internal static partial IntPtr zoo_index(IntPtr t, NativeIndex* items, int n);
    [LibraryImport(Lib)] internal static partial int zoo_index_put_(IntPtr t, NativeIndex* items, int n, IntPtr value);
    [LibraryImport(Lib)] internal static partial int zoo_index_put_scalar_(IntPtr t, NativeIndex* items, int n, Scalar value);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_index_select(IntPtr t, long dim, IntPtr index);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_gather(IntPtr t, long dim, IntPtr index);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_scatter(IntPtr t, long dim, IntPtr index, IntPtr src);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_scatter_scalar(IntPtr t, long dim, IntPtr index, Scalar value);
    [LibraryImport(Lib)] internal static partial int zoo_scatter_(IntPtr t, long dim, IntPtr index, IntPtr src);
    [LibraryImport(Lib)] internal static partial int zoo_scatter_scalar_(IntPtr t, long dim, IntPtr index, Scalar value);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_scatter_add(IntPtr t, long dim, IntPtr index, IntPtr src);
    [LibraryImport(Lib)] internal static partial int zoo_scatter_add_(IntPtr t, long dim, IntPtr index, IntPtr src);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_index_add(IntPtr t, long dim, IntPtr index, IntPtr source, Scalar alpha);
    [LibraryImport(Lib)] internal static partial int zoo_index_fill_(IntPtr t, long dim, IntPtr index, Scalar value);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_masked_select(IntPtr t, IntPtr mask);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_nonzero(IntPtr t);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_take(IntPtr t, IntPtr index);
}
