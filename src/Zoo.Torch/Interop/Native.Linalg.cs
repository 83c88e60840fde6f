using System.Runtime.InteropServices;

namespace Zoo.Torch.Interop;

internal static unsafe partial class Native
{
    // matrix products (linalg.cpp)
    [LibraryImport(Lib)] internal static partial IntPtr zoo_matmul(IntPtr a, IntPtr b);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_mm(IntPtr a, IntPtr b);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_bmm(IntPtr a, IntPtr b);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_mv(IntPtr a, IntPtr v);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_dot(IntPtr a, IntPtr b);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_outer(IntPtr a, IntPtr b);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_trace(IntPtr a);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_baddbmm(IntPtr t, IntPtr batch1, IntPtr batch2, Scalar beta, Scalar alpha);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_addmm(IntPtr t, IntPtr mat1, IntPtr mat2, Scalar beta, Scalar alpha);
    [LibraryImport(Lib)] internal static partial int zoo_baddbmm_(IntPtr t, IntPtr batch1, IntPtr batch2, Scalar beta, Scalar alpha);
    [LibraryImport(Lib)] internal static partial int zoo_addmm_(IntPtr t, IntPtr mat1, IntPtr mat2, Scalar beta, Scalar alpha);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial IntPtr zoo_einsum(string equation, IntPtr* operands, int n);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_tensordot(IntPtr a, IntPtr b, long* dimsA, long* dimsB, int n);
}
