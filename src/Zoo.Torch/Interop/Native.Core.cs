using System.Runtime.InteropServices;

namespace Zoo.Torch.Interop;

/// <summary>
/// P/Invoke declarations of the native shim, one partial file per area (Native.Core.cs, Native.Tensor.cs, ...).
/// Every function returning a handle returns zero on failure, every function returning int returns -1; the
/// message is then read with <see cref="LastError"/>. The helpers below turn both into <see cref="TorchException"/>.
/// </summary>
internal static unsafe partial class Native
{
    private const string Lib = NativeLibraryLoader.LibraryName;

    [LibraryImport(Lib)] private static partial byte* zoo_last_error();
    [LibraryImport(Lib)] internal static partial void zoo_tensor_free(IntPtr t);
    [LibraryImport(Lib)] internal static partial void zoo_free_handles(IntPtr* handles);
    [LibraryImport(Lib)] internal static partial int zoo_version(byte* buffer, int capacity);

    [LibraryImport(Lib)] internal static partial int zoo_set_num_threads(int n);
    [LibraryImport(Lib)] internal static partial int zoo_get_num_threads();
    [LibraryImport(Lib)] internal static partial int zoo_set_num_interop_threads(int n);
    [LibraryImport(Lib)] internal static partial int zoo_get_num_interop_threads();
    [LibraryImport(Lib)] internal static partial int zoo_manual_seed(long seed);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_get_rng_state();
    [LibraryImport(Lib)] internal static partial int zoo_set_rng_state(IntPtr state);
    [LibraryImport(Lib)] internal static partial int zoo_is_grad_enabled();
    [LibraryImport(Lib)] internal static partial void zoo_set_grad_enabled(int enabled);
    [LibraryImport(Lib)] internal static partial int zoo_cuda_is_available();
    [LibraryImport(Lib)] internal static partial int zoo_cuda_device_count();
    [LibraryImport(Lib)] internal static partial int zoo_cuda_synchronize(int device);

    /// <summary>The message of the last failed call on this thread.</summary>
    internal static string LastError() => Marshal.PtrToStringUTF8((IntPtr)zoo_last_error()) ?? "unknown libtorch error";

    /// <summary>Throws the last error when a call that returns a status failed.</summary>
    internal static void Check(int status)
    {
        if (status < 0) throw new TorchException(LastError());
    }

    /// <summary>Throws the last error when a call that returns a handle failed; returns the handle otherwise.</summary>
    internal static IntPtr Check(IntPtr handle) => handle != IntPtr.Zero ? handle : throw new TorchException(LastError());

    /// <summary>Reads a malloc'd handle array returned by the shim into tensors, and frees the array.</summary>
    internal static torch.Tensor[] TakeHandles(IntPtr* handles, int count)
    {
        if (handles == null) throw new TorchException(LastError());
        try
        {
            var result = new torch.Tensor[count];
            for (int i = 0; i < count; i++) result[i] = new torch.Tensor(handles[i]);
            return result;
        }
        finally
        {
            zoo_free_handles(handles);
        }
    }

    /// <summary>Copies tensor handles into a stack or pooled buffer for calls taking a tensor list.</summary>
    internal static IntPtr[] Handles(IReadOnlyList<torch.Tensor> tensors)
    {
        var handles = new IntPtr[tensors.Count];
        for (int i = 0; i < handles.Length; i++) handles[i] = tensors[i].Handle;
        return handles;
    }
}
