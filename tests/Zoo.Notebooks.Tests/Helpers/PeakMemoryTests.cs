using System.Runtime.InteropServices;

namespace Zoo.Notebooks.Tests.Helpers;

public sealed class PeakMemoryTests
{
    private const long MiB = 1024 * 1024;

    [Fact]
    public void Measures_the_peak_of_native_memory_that_is_freed_before_the_measurement_ends()
    {
        Assert.True(PeakMemory.Supported, "the tests run on Linux, where the peak can be measured");
        var peak = PeakMemory.Measure(() => TouchNative(96 * MiB));

        Assert.NotNull(peak);
        Assert.InRange(peak!.Value, 90 * MiB, 140 * MiB);
    }

    [Fact]
    public void Code_that_allocates_little_measures_little()
    {
        TouchNative(96 * MiB);                                   // an earlier peak does not count
        var peak = PeakMemory.Measure(() => TouchNative(1 * MiB));

        Assert.InRange(peak!.Value, 0, 24 * MiB);
    }

    // Allocates native memory, writes every page (so it becomes resident), and frees it.
    private static void TouchNative(long bytes)
    {
        var block = Marshal.AllocHGlobal((nint)bytes);
        try
        {
            for (long offset = 0; offset < bytes; offset += 4096) Marshal.WriteByte(block, (int)offset, 1);
        }
        finally
        {
            Marshal.FreeHGlobal(block);
        }
    }
}
