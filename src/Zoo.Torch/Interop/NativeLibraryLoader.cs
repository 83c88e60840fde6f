using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Zoo.Torch.Interop;

/// <summary>
/// Finds the native shim wherever a build or a package put it, and sets libtorch's thread count once it is loaded.
/// </summary>
/// <remarks>
/// Places searched, in order: beside this assembly, its <c>runtimes/linux-x64/native</c> folder (a build's output),
/// and the package layout (<c>lib/net10.0/../../runtimes/linux-x64/native</c>), then the application's base folder.
/// </remarks>
internal static class NativeLibraryLoader
{
    internal const string LibraryName = "ZooTorchNative";
    private const string FileName = "libZooTorchNative.so";

    [ModuleInitializer]
    internal static void Install() =>
        NativeLibrary.SetDllImportResolver(typeof(NativeLibraryLoader).Assembly, Resolve);

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != LibraryName) return IntPtr.Zero;
        foreach (var candidate in Candidates(assembly))
        {
            if (File.Exists(candidate) && NativeLibrary.TryLoad(candidate, out var handle))
            {
                ConfigureThreads(handle);
                return handle;
            }
        }
        throw new DllNotFoundException(
            $"{FileName} was not found. Looked in: {string.Join(", ", Candidates(assembly))}. " +
            "Build src/Zoo.Torch (it builds the native shim with CMake) or install the Zoo.Torch package.");
    }

    private static IEnumerable<string> Candidates(Assembly assembly)
    {
        var here = Path.GetDirectoryName(assembly.Location);
        var roots = new[] { here, AppContext.BaseDirectory }.Where(d => !string.IsNullOrEmpty(d)).Distinct();
        foreach (var dir in roots)
        {
            yield return Path.Combine(dir!, FileName);
            yield return Path.Combine(dir!, "runtimes", "linux-x64", "native", FileName);
            yield return Path.GetFullPath(Path.Combine(dir!, "..", "..", "runtimes", "linux-x64", "native", FileName));
        }
    }

    /// <summary>
    /// Debian's libtorch starts with one intra-op thread even on a multi-core machine. Use every core unless the
    /// user chose a number (ZOO_NUM_THREADS, or OpenMP's OMP_NUM_THREADS which libtorch honours itself).
    /// </summary>
    private static unsafe void ConfigureThreads(IntPtr library)
    {
        if (Environment.GetEnvironmentVariable("OMP_NUM_THREADS") is { Length: > 0 }) return;
        int threads = Environment.ProcessorCount;
        if (int.TryParse(Environment.GetEnvironmentVariable("ZOO_NUM_THREADS"), out var chosen) && chosen > 0)
            threads = chosen;
        var setThreads = (delegate* unmanaged<int, int>)NativeLibrary.GetExport(library, "zoo_set_num_threads");
        setThreads(threads);
    }
}
