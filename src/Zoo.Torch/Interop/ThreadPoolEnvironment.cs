using System.Runtime.InteropServices;

namespace Zoo.Torch;

/// <summary>
/// How long libtorch's two CPU thread pools keep their idle threads spinning, set before libtorch loads.
/// </summary>
/// <remarks>
/// Debian's libtorch runs two pools on the same cores: OpenMP's (libgomp: libtorch's own kernels and oneDNN's
/// convolutions) and OpenBLAS's pthreads (matrix products: <c>mm</c>, <c>bmm</c>, linear layers). Left at their
/// defaults, an idle thread of either pool spins for a long time after its work ends, libgomp's for 300,000 turns
/// (milliseconds), OpenBLAS's for 2^28 cycles (about 0.1 s), and keeps a core the other pool now needs: an OpenMP
/// region then waits for the scheduler to hand its second thread a time slice. On two cores an attention block that
/// alternates matrix products and element-wise kernels ran its training step at 25, 38 or over 100 ms from one step to
/// the next (A² double attention, batch 8, 256x28x28), both in Zoo and in PyTorch. With these settings PyTorch's own
/// training steps take 0.91x the time over the benchmarks' cases (A² 25 instead of 38 ms, DANet's channel attention 39
/// instead of 64 ms), a few convolution-bound blocks up to 9% longer: docs/benchmarks.md has the table.
/// These are read once, when the two libraries load; a value the user set in the environment is kept.
/// Both sides of the benchmarks run with them (bench/).
/// </remarks>
public static partial class ThreadPoolEnvironment
{
    /// <summary>The settings Zoo.Torch applies unless the environment already sets them.</summary>
    public static IReadOnlyDictionary<string, string> Defaults { get; } = new Dictionary<string, string>
    {
        // libgomp: spin this many turns before sleeping (its default is 300,000).
        ["GOMP_SPINCOUNT"] = "50000",
        // OpenBLAS: an idle worker spins 2^4 cycles, then sleeps until the next product (its default is 2^28).
        ["OPENBLAS_THREAD_TIMEOUT"] = "4",
    };

    /// <summary>
    /// Puts every default the process environment lacks into it, where the native libraries read it (the C library's
    /// environment: .NET's <see cref="Environment.SetEnvironmentVariable(string, string)"/> does not reach it on Linux).
    /// </summary>
    internal static void ApplyDefaults() => Apply(Defaults);

    internal static void Apply(IReadOnlyDictionary<string, string> defaults)
    {
        if (!OperatingSystem.IsLinux()) return;
        foreach (var (name, value) in defaults)
            setenv(name, value, overwrite: 0); // 0: a value already there (the user's) stays
    }

    /// <summary>The process environment as the native libraries see it.</summary>
    internal static string? Native(string name) => Marshal.PtrToStringUTF8(getenv(name));

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int setenv(string name, string value, int overwrite);

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr getenv(string name);
}
