using System.Runtime.InteropServices;

namespace Zoo.Torch.Interop;

internal static unsafe partial class Native
{
    // metadata
    [LibraryImport(Lib)] internal static partial int zoo_tensor_ndim(IntPtr t);
    [LibraryImport(Lib)] internal static partial int zoo_tensor_shape(IntPtr t, long* shape, int capacity);
    [LibraryImport(Lib)] internal static partial int zoo_tensor_strides(IntPtr t, long* strides, int capacity);
    [LibraryImport(Lib)] internal static partial long zoo_tensor_size(IntPtr t, long dim);
    [LibraryImport(Lib)] internal static partial long zoo_tensor_numel(IntPtr t);
    [LibraryImport(Lib)] internal static partial int zoo_tensor_dtype(IntPtr t);
    [LibraryImport(Lib)] internal static partial int zoo_tensor_element_size(IntPtr t);
    [LibraryImport(Lib)] internal static partial int zoo_tensor_device_type(IntPtr t);
    [LibraryImport(Lib)] internal static partial int zoo_tensor_device_index(IntPtr t);
    [LibraryImport(Lib)] internal static partial int zoo_tensor_is_contiguous(IntPtr t);
    [LibraryImport(Lib)] internal static partial int zoo_tensor_defined(IntPtr t);

    // autograd state
    [LibraryImport(Lib)] internal static partial int zoo_tensor_requires_grad(IntPtr t);
    [LibraryImport(Lib)] internal static partial int zoo_tensor_set_requires_grad(IntPtr t, int value);
    [LibraryImport(Lib)] internal static partial int zoo_tensor_is_leaf(IntPtr t);
    [LibraryImport(Lib)] internal static partial int zoo_tensor_grad(IntPtr t, out IntPtr grad);
    [LibraryImport(Lib)] internal static partial int zoo_tensor_set_grad(IntPtr t, IntPtr grad);
    [LibraryImport(Lib)] internal static partial int zoo_tensor_grad_fn_name(IntPtr t, byte* buffer, int capacity);

    // data
    [LibraryImport(Lib)] internal static partial int zoo_tensor_copy_to(IntPtr t, void* destination, long nbytes);
    [LibraryImport(Lib)]
    internal static partial IntPtr zoo_tensor_from_data(void* source, long nbytes, long* shape, int ndim, int dtype,
        int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Lib)]
    internal static partial IntPtr zoo_tensor_from_blob(void* data, long* shape, int ndim, int dtype,
        delegate* unmanaged<IntPtr, void> deleter, IntPtr context);
    [LibraryImport(Lib)] internal static partial void* zoo_tensor_data_ptr(IntPtr t);
    [LibraryImport(Lib)] internal static partial int zoo_tensor_item(IntPtr t, out Scalar value);

    // conversions and copies
    [LibraryImport(Lib)]
    internal static partial IntPtr zoo_tensor_to(IntPtr t, int dtype, int deviceType, int deviceIndex, int nonBlocking, int copy);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_tensor_detach(IntPtr t);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_tensor_clone(IntPtr t);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_tensor_contiguous(IntPtr t);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_tensor_alias(IntPtr t);
    [LibraryImport(Lib)] internal static partial int zoo_tensor_detach_(IntPtr t);
    [LibraryImport(Lib)] internal static partial int zoo_tensor_copy_(IntPtr t, IntPtr source, int nonBlocking);
    [LibraryImport(Lib)] internal static partial int zoo_tensor_set_data(IntPtr t, IntPtr source);
}

internal static unsafe partial class Native
{
    // creation (creation.cpp)
    [LibraryImport(Lib)] internal static partial IntPtr zoo_empty(long* shape, int ndim, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_zeros(long* shape, int ndim, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_ones(long* shape, int ndim, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_full(long* shape, int ndim, Scalar value, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_rand(long* shape, int ndim, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_randn(long* shape, int ndim, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_randint(long low, long high, long* shape, int ndim, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_randperm(long n, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_arange(Scalar start, Scalar end, Scalar step, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_linspace(double start, double end, long steps, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_eye(long n, long m, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_empty_like(IntPtr t, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_zeros_like(IntPtr t, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_ones_like(IntPtr t, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_full_like(IntPtr t, Scalar value, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_rand_like(IntPtr t, int dtype, int deviceType, int deviceIndex, int requiresGrad);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_randn_like(IntPtr t, int dtype, int deviceType, int deviceIndex, int requiresGrad);

    // elementwise arithmetic (math_basic.cpp)
    [LibraryImport(Lib)] internal static partial IntPtr zoo_add(IntPtr a, IntPtr b, Scalar alpha);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_add_scalar(IntPtr a, Scalar b, Scalar alpha);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_sub(IntPtr a, IntPtr b, Scalar alpha);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_sub_scalar(IntPtr a, Scalar b, Scalar alpha);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_rsub_scalar(IntPtr a, Scalar b);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_mul(IntPtr a, IntPtr b);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_mul_scalar(IntPtr a, Scalar b);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_div(IntPtr a, IntPtr b);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_div_scalar(IntPtr a, Scalar b);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_rdiv_scalar(IntPtr a, Scalar b);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_neg(IntPtr a);
    [LibraryImport(Lib)] internal static partial int zoo_add_(IntPtr a, IntPtr b, Scalar alpha);
    [LibraryImport(Lib)] internal static partial int zoo_add_scalar_(IntPtr a, Scalar b, Scalar alpha);
    [LibraryImport(Lib)] internal static partial int zoo_sub_(IntPtr a, IntPtr b, Scalar alpha);
    [LibraryImport(Lib)] internal static partial int zoo_sub_scalar_(IntPtr a, Scalar b, Scalar alpha);
    [LibraryImport(Lib)] internal static partial int zoo_mul_(IntPtr a, IntPtr b);
    [LibraryImport(Lib)] internal static partial int zoo_mul_scalar_(IntPtr a, Scalar b);
    [LibraryImport(Lib)] internal static partial int zoo_div_(IntPtr a, IntPtr b);
    [LibraryImport(Lib)] internal static partial int zoo_div_scalar_(IntPtr a, Scalar b);
    [LibraryImport(Lib)] internal static partial int zoo_zero_(IntPtr a);
    [LibraryImport(Lib)] internal static partial int zoo_fill_(IntPtr a, Scalar value);
}
