using System.Runtime.InteropServices;

namespace Zoo.Torch.Interop;

/// <remarks>A null dims pointer means every dim; a dtype code of -1 means libtorch's default.</remarks>
internal static unsafe partial class Native
{
    // reductions (reduce.cpp)
    [LibraryImport(Lib)] internal static partial IntPtr zoo_sum(IntPtr t, long* dims, int ndims, int keepdim, int dtype);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_mean(IntPtr t, long* dims, int ndims, int keepdim, int dtype);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_prod(IntPtr t, long* dim, int keepdim, int dtype);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_amax(IntPtr t, long* dims, int ndims, int keepdim);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_amin(IntPtr t, long* dims, int ndims, int keepdim);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_max(IntPtr t);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_min(IntPtr t);
    [LibraryImport(Lib)] internal static partial int zoo_max_dim(IntPtr t, long dim, int keepdim, out IntPtr values, out IntPtr indices);
    [LibraryImport(Lib)] internal static partial int zoo_min_dim(IntPtr t, long dim, int keepdim, out IntPtr values, out IntPtr indices);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_argmax(IntPtr t, long* dim, int keepdim);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_argmin(IntPtr t, long* dim, int keepdim);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_var(IntPtr t, long* dims, int ndims, long correction, int keepdim);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_std(IntPtr t, long* dims, int ndims, long correction, int keepdim);
    [LibraryImport(Lib)] internal static partial int zoo_var_mean(IntPtr t, long* dims, int ndims, long correction, int keepdim, out IntPtr var, out IntPtr mean);
    [LibraryImport(Lib)] internal static partial int zoo_std_mean(IntPtr t, long* dims, int ndims, long correction, int keepdim, out IntPtr std, out IntPtr mean);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_norm(IntPtr t, Scalar p, long* dims, int ndims, int keepdim);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_logsumexp(IntPtr t, long* dims, int ndims, int keepdim);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_cumsum(IntPtr t, long dim, int dtype);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_cumprod(IntPtr t, long dim, int dtype);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_all(IntPtr t, long* dim, int keepdim);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_any(IntPtr t, long* dim, int keepdim);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_count_nonzero(IntPtr t, long* dims, int ndims);
    [LibraryImport(Lib)] internal static partial int zoo_topk(IntPtr t, long k, long dim, int largest, int sorted, out IntPtr values, out IntPtr indices);
    [LibraryImport(Lib)] internal static partial int zoo_sort(IntPtr t, long dim, int descending, int stable, out IntPtr values, out IntPtr indices);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_argsort(IntPtr t, long dim, int descending, int stable);
    [LibraryImport(Lib)] internal static partial int zoo_kthvalue(IntPtr t, long k, long dim, int keepdim, out IntPtr values, out IntPtr indices);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_median(IntPtr t);
    [LibraryImport(Lib)] internal static partial int zoo_median_dim(IntPtr t, long dim, int keepdim, out IntPtr values, out IntPtr indices);
}
