using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime;
using Zoo.Torch;

namespace Zoo.Bench;

/// <summary>
/// The memory one step needs: the peak resident set during the step minus the resident set before it (Linux),
/// measured as bench/python/memory_probe.py measures PyTorch's side, each in a fresh process.
/// </summary>
/// <remarks>
/// glibc is told to serve every allocation of 64 KiB or more with its own mmap (M_MMAP_THRESHOLD), so a freed tensor
/// leaves the resident set at once and the peak counts the tensors alive together, not what the allocator kept
/// cached; a fresh process, because one that already ran the case would serve the step from chunks glibc cached.
/// The high-water mark is reset through /proc/self/clear_refs right before the step; two warm-up steps run first.
/// </remarks>
public static partial class MemoryProbe
{
    private const int MmapThresholdOption = -3; // M_MMAP_THRESHOLD
    private const int Threshold = 64 * 1024;

    /// <summary>
    /// Steps before the measured one, on both sides (memory_probe.py's WARM_UP_STEPS): the measured step is one of a
    /// running loop. After one, the second step of a fresh process still touched memory the third did not: 0.9 MiB in
    /// ResNet-50's training step on our side (none on PyTorch's), which no later step needs again.
    /// </summary>
    private const int WarmUpSteps = 2;

    /// <summary>The argument that makes this program measure one case's memory and print it.</summary>
    public const string Argument = "--memory-of";

    public static bool Available => OperatingSystem.IsLinux() && File.Exists("/proc/self/clear_refs");

    /// <summary>
    /// Runs this program again with <see cref="Argument"/> and reads the bytes it prints. The child compiles every
    /// method fully on its first call (no tiered compilation): otherwise the JIT recompiles the methods a step calls
    /// often while the measured step runs, and its memory counted as the step's (1.2 MiB for ECA-ResNet-50's forward,
    /// whose 16 ECA blocks reach the 30 calls that trigger it during the measured step).
    /// </summary>
    public static long InFreshProcess(string caseName, int threads)
    {
        var start = ThisProgram.With(Argument, caseName, "--threads", threads.ToString(CultureInfo.InvariantCulture));
        start.Environment["DOTNET_TieredCompilation"] = "0";
        start.RedirectStandardOutput = true;
        return ReadBytes(start, "Zoo", caseName);
    }

    /// <summary>Reads the one number a memory-measuring process prints.</summary>
    public static long ReadBytes(ProcessStartInfo start, string side, string caseName)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (process.ExitCode != 0 || !long.TryParse(last, CultureInfo.InvariantCulture, out var bytes))
            throw new InvalidOperationException($"{side}'s memory measurement of {caseName} failed (exit {process.ExitCode}): {output}");
        return bytes;
    }

    /// <summary>Measures one step of <paramref name="prepare"/>'s case in this (fresh) process.</summary>
    public static long StepPeakBytes(Func<Action> prepare)
    {
        _ = mallopt(MmapThresholdOption, Threshold);
        var step = prepare();
        for (var i = 0; i < WarmUpSteps; i++)
            using (torch.NewDisposeScope()) step();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        // Every call the measurement makes runs once before it, so that nothing is compiled between the two readings.
        ResetHighWaterMark();
        _ = StatusKiB("VmHWM");
        _ = JitInfo.GetCompiledMethodCount();
        var compiled = JitInfo.GetCompiledMethodCount();
        var rest = StatusKiB("VmRSS");
        ResetHighWaterMark();
        using (torch.NewDisposeScope()) step();
        var peak = StatusKiB("VmHWM");
        if (JitInfo.GetCompiledMethodCount() != compiled)
            throw new InvalidOperationException(
                $"the JIT compiled {JitInfo.GetCompiledMethodCount() - compiled} method(s) during the measured step, whose memory would count as the step's; " +
                "run the probe with DOTNET_TieredCompilation=0, as InFreshProcess does");
        return (peak - rest) * 1024;
    }

    private static readonly byte[] StatusBuffer = new byte[16384];

    /// <summary>"5" written to /proc/self/clear_refs resets the high-water mark (VmHWM) to the current resident set.</summary>
    private static readonly byte[] ResetPeak = "5"u8.ToArray();

    /// <summary>
    /// Resets the high-water mark. Like <see cref="StatusKiB"/> it allocates nothing managed: the probe itself must not
    /// touch fresh pages between the two readings (after the collection, new managed allocations, or a method compiled
    /// for the first time, would count as the step's: 384 KiB for an empty step before this was so).
    /// </summary>
    private static void ResetHighWaterMark()
    {
        using var clear = File.OpenHandle("/proc/self/clear_refs", FileMode.Open, FileAccess.Write);
        RandomAccess.Write(clear, ResetPeak, 0);
    }

    /// <summary>A field of /proc/self/status in KiB, read into a buffer allocated once.</summary>
    private static long StatusKiB(string field)
    {
        int length;
        using (var handle = File.OpenHandle("/proc/self/status")) length = RandomAccess.Read(handle, StatusBuffer, 0);
        var text = StatusBuffer.AsSpan(0, length);
        Span<byte> key = stackalloc byte[32];
        var keyLength = System.Text.Encoding.ASCII.GetBytes(field, key);
        key[keyLength++] = (byte)':';
        var at = text.IndexOf(key[..keyLength]);
        if (at < 0) throw new InvalidOperationException($"{field} not in /proc/self/status");
        long value = 0;
        foreach (var b in text[(at + keyLength)..])
        {
            if (b is >= (byte)'0' and <= (byte)'9') value = value * 10 + (b - '0');
            else if (b == (byte)'\n' || (value > 0 && b == (byte)' ')) break;
        }
        return value;
    }

    [LibraryImport("libc.so.6")]
    private static partial int mallopt(int parameter, int value);
}
