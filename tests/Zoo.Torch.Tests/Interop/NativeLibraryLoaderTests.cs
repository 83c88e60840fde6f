using System.Diagnostics;
using Zoo.Torch.Interop;

namespace Zoo.Torch.Tests.Interop;

/// <summary>
/// When the native shim cannot be used the error says why and what to install: a shim whose libraries are missing
/// (libtorch not installed) is told apart from a shim that is nowhere.
/// </summary>
public class NativeLibraryLoaderTests : IDisposable
{
    private readonly string folder = RepoPaths.NewTempFolder("zoo-loader");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_shim_whose_libraries_are_missing_names_the_missing_library_and_the_libtorch_to_install()
    {
        // A stand-in for the shim, linked to a library that is then removed: what a machine without libtorch sees.
        File.WriteAllText(Path.Combine(folder, "dependency.c"), "int zoo_dependency(void) { return 1; }\n");
        File.WriteAllText(Path.Combine(folder, "shim.c"), "int zoo_dependency(void);\nint zoo_shim(void) { return zoo_dependency(); }\n");
        Compile("-shared -fPIC -o libzoo_gone_dependency.so dependency.c");
        Compile("-shared -fPIC -o libZooTorchNative.so shim.c -L. -lzoo_gone_dependency");
        File.Delete(Path.Combine(folder, "libzoo_gone_dependency.so"));
        var shim = Path.Combine(folder, "libZooTorchNative.so");

        var error = Assert.Throws<DllNotFoundException>(() => NativeLibraryLoader.Load(new[] { Path.Combine(folder, "nowhere", "libZooTorchNative.so"), shim }));

        Assert.Contains($"{shim} was found but could not be loaded", error.Message);
        Assert.Contains("libzoo_gone_dependency.so", error.Message);
        Assert.Contains("libtorch 1.13", error.Message);
        Assert.Contains("apt install libtorch1.13", error.Message);
        Assert.Contains("LD_LIBRARY_PATH", error.Message);
    }

    [Fact]
    public void No_shim_anywhere_lists_the_places_searched()
    {
        var places = new[] { Path.Combine(folder, "a", "libZooTorchNative.so"), Path.Combine(folder, "b", "libZooTorchNative.so") };

        var error = Assert.Throws<DllNotFoundException>(() => NativeLibraryLoader.Load(places));

        Assert.StartsWith("libZooTorchNative.so was not found. Looked in: " + string.Join(", ", places), error.Message);
        Assert.Contains("Zoo.Torch package", error.Message);
    }

    [Fact]
    public void The_first_shim_that_loads_is_used()
    {
        File.WriteAllText(Path.Combine(folder, "shim.c"), "int zoo_shim(void) { return 1; }\n");
        Compile("-shared -fPIC -o libZooTorchNative.so shim.c");
        var shim = Path.Combine(folder, "libZooTorchNative.so");

        var handle = NativeLibraryLoader.Load(new[] { Path.Combine(folder, "nowhere", "libZooTorchNative.so"), shim });

        Assert.NotEqual(IntPtr.Zero, System.Runtime.InteropServices.NativeLibrary.GetExport(handle, "zoo_shim"));
    }

    /// <summary>The C compiler the native build uses (scripts/setup.sh installs it).</summary>
    private void Compile(string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("cc", arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"cc {arguments} failed: {output}");
    }
}
