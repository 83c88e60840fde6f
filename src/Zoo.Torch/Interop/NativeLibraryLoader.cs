using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Zoo.Torch.Interop;

/// <summary>
/// Finds the native shim wherever a build or a package put it, sets its thread pools' spin-wait (see
/// <see cref="ThreadPoolEnvironment"/>) before it loads and libtorch's thread count once it is loaded.
/// </summary>
/// <remarks>
/// Places searched, in order: beside this assembly, its <c>runtimes/linux-x64/native</c> folder (a build's output),
/// and the package layout (<c>lib/net10.0/../../runtimes/linux-x64/native</c>), then the application's base folder.
/// </remarks>
internal static class NativeLibraryLoader
{
    internal const string LibraryName = "ZooTorchNative";
    private const string FileName = "libZooTorchNative.so";

    /// <summary>What the packaged shim links to (Debian's libtorch, the default build's too).</summary>
    internal const string PackagedLibtorch = "libtorch 1.13";

    [ModuleInitializer]
    internal static void Install() =>
        NativeLibrary.SetDllImportResolver(typeof(NativeLibraryLoader).Assembly, Resolve);

    /// <summary>
    /// The runtime asks the resolver once per P/Invoke method it binds, not once per library: the shim is loaded and
    /// configured on the first request only, so that a later binding neither loads it again nor undoes a thread count
    /// the user set in between.
    /// </summary>
    private static readonly Lazy<IntPtr> Shim = new(() =>
    {
        ThreadPoolEnvironment.ApplyDefaults(); // read by libgomp and OpenBLAS as libtorch loads them
        var handle = Load(Candidates(typeof(NativeLibraryLoader).Assembly));
        ConfigureThreads(handle);
        return handle;
    });

    /// <summary>The resolver the runtime calls for each P/Invoke of this assembly it binds.</summary>
    internal static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath) =>
        name == LibraryName ? Shim.Value : IntPtr.Zero;

    /// <summary>
    /// Loads the first candidate that exists and loads. A shim that exists but does not load almost always lacks
    /// libtorch (the dynamic loader's message names the missing library), so the error says which libtorch to install.
    /// </summary>
    internal static IntPtr Load(IEnumerable<string> candidates)
    {
        var searched = new List<string>();
        Exception? firstFailure = null;
        string? firstFound = null;
        foreach (var candidate in candidates)
        {
            searched.Add(candidate);
            if (!File.Exists(candidate)) continue;
            try
            {
                return NativeLibrary.Load(candidate);
            }
            catch (Exception e) when (e is DllNotFoundException or BadImageFormatException)
            {
                firstFailure ??= e;
                firstFound ??= candidate;
            }
        }
        if (firstFailure is not null)
            throw new DllNotFoundException(
                $"{firstFound} was found but could not be loaded: {firstFailure.Message.Trim()} " +
                $"The Zoo.Torch package runs on {PackagedLibtorch} (x86-64 Linux): install it (Debian 12: apt install libtorch1.13, " +
                "or libtorch-dev), or put the folder that holds libtorch_cpu.so.1.13 and libc10.so.1.13 on LD_LIBRARY_PATH. " +
                "A shim built from source against another libtorch (LIBTORCH=...) needs that libtorch instead.",
                firstFailure);
        throw new DllNotFoundException(
            $"{FileName} was not found. Looked in: {string.Join(", ", searched)}. " +
            $"Build src/Zoo.Torch (it builds the native shim with CMake) or install the Zoo.Torch package (it needs {PackagedLibtorch}).");
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
