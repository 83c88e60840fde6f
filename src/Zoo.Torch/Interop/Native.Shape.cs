using System.Runtime.InteropServices;

namespace Zoo.Torch.Interop;

internal static unsafe partial class Native
{
    // views, joins, splits and rearrangements (shape.cpp)
    [LibraryImport(Lib)] internal static partial IntPtr zoo_view(IntPtr t, long* shape, int ndim);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_reshape(IntPtr t, long* shape, int ndim);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_view_as(IntPtr t, IntPtr other);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_reshape_as(IntPtr t, IntPtr other);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_permute(IntPtr t, long* dims, int ndim);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_transpose(IntPtr t, long dim0, long dim1);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_t(IntPtr t);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_movedim(IntPtr t, long* source, long* destination, int n);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_flatten(IntPtr t, long startDim, long endDim);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_unflatten(IntPtr t, long dim, long* sizes, int n);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_unsqueeze(IntPtr t, long dim);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_squeeze(IntPtr t, long* dim);
    [LibraryImport(Lib)] internal static partial int zoo_unsqueeze_(IntPtr t, long dim);
    [LibraryImport(Lib)] internal static partial int zoo_squeeze_(IntPtr t, long* dim);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_expand(IntPtr t, long* sizes, int n);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_expand_as(IntPtr t, IntPtr other);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_repeat(IntPtr t, long* repeats, int n);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_repeat_interleave(IntPtr t, long repeats, long* dim);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_tile(IntPtr t, long* dims, int n);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_narrow(IntPtr t, long dim, long start, long length);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_slice(IntPtr t, long dim, long start, long end, long step);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_select(IntPtr t, long dim, long index);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_cat(IntPtr* tensors, int n, long dim);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_stack(IntPtr* tensors, int n, long dim);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_hstack(IntPtr* tensors, int n);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_vstack(IntPtr* tensors, int n);
    [LibraryImport(Lib)] internal static partial IntPtr* zoo_split(IntPtr t, long size, long dim, out int count);
    [LibraryImport(Lib)] internal static partial IntPtr* zoo_split_with_sizes(IntPtr t, long* sizes, int n, long dim, out int count);
    [LibraryImport(Lib)] internal static partial IntPtr* zoo_chunk(IntPtr t, long chunks, long dim, out int count);
    [LibraryImport(Lib)] internal static partial IntPtr* zoo_unbind(IntPtr t, long dim, out int count);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_flip(IntPtr t, long* dims, int n);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_roll(IntPtr t, long* shifts, long* dims, int n, int ndims);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_tril(IntPtr t, long diagonal);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_triu(IntPtr t, long diagonal);
    [LibraryImport(Lib)] internal static partial int zoo_tril_(IntPtr t, long diagonal);
    [LibraryImport(Lib)] internal static partial int zoo_triu_(IntPtr t, long diagonal);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_diagonal(IntPtr t, long offset, long dim1, long dim2);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_diag(IntPtr t, long diagonal);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_diag_embed(IntPtr t, long offset, long dim1, long dim2);
}
