using System.Runtime.InteropServices;
using Zoo.Torch.Interop;

namespace Zoo.Torch;

public static partial class torch
{
    /// <summary>Seeds every random number generator libtorch owns (CPU and, where present, CUDA).</summary>
    public static void manual_seed(long seed) => Native.Check(Native.zoo_manual_seed(seed));

    /// <summary>The CPU generator's state, for exact resumption (a uint8 tensor).</summary>
    public static Tensor get_rng_state() => new(Native.zoo_get_rng_state());

    public static void set_rng_state(Tensor state) => Native.Check(Native.zoo_set_rng_state(state.Handle));

    /// <summary>Sets the number of threads libtorch uses inside one operation.</summary>
    public static void set_num_threads(int threads)
    {
        if (threads < 1) throw new ArgumentOutOfRangeException(nameof(threads), threads, "at least one thread is needed");
        Native.Check(Native.zoo_set_num_threads(threads));
    }

    public static int get_num_threads() => Native.zoo_get_num_threads();

    public static void set_num_interop_threads(int threads) => Native.Check(Native.zoo_set_num_interop_threads(threads));
    public static int get_num_interop_threads() => Native.zoo_get_num_interop_threads();

    /// <summary>The version of the libtorch the native shim was built against (for example "1.13.0").</summary>
    public static unsafe string __version__
    {
        get
        {
            byte* buffer = stackalloc byte[64];
            Native.Check(Native.zoo_version(buffer, 64));
            return Marshal.PtrToStringUTF8((IntPtr)buffer) ?? "";
        }
    }

    /// <summary>Starts a scope that frees every tensor created on this thread until it is disposed.</summary>
    public static DisposeScope NewDisposeScope() => new();

    public static partial class cuda
    {
        public static bool is_available() => Native.zoo_cuda_is_available() == 1;
        public static int device_count() => Native.zoo_cuda_device_count();

        /// <summary>Waits for every queued kernel on the device (all devices with -1) to finish.</summary>
        public static void synchronize(int device = -1) => Native.Check(Native.zoo_cuda_synchronize(device));
    }

    /// <summary>The device to train on: CUDA when a GPU is visible, else the CPU.</summary>
    public static Device default_device() => cuda.is_available() ? CUDA : CPU;
}
