using System.Globalization;

namespace Zoo.Notebooks;

/// <summary>
/// How much memory a piece of code needs at its peak, measured by the operating system: the growth of the process's
/// resident set (Linux's high-water mark, reset before the code runs). It sees every allocation, libtorch's native
/// buffers included, which the .NET garbage collector knows nothing about. Only Linux offers a resettable
/// high-water mark; elsewhere <see cref="Measure"/> returns null.
/// </summary>
public static class PeakMemory
{
    private const string Status = "/proc/self/status";
    private const string ClearRefs = "/proc/self/clear_refs";

    /// <summary>True when the peak can be measured here (Linux with /proc).</summary>
    public static bool Supported => OperatingSystem.IsLinux() && File.Exists(Status) && File.Exists(ClearRefs);

    /// <summary>
    /// Runs <paramref name="action"/> and returns by how many bytes the resident memory rose at its peak above what
    /// was resident when it started (null where that cannot be measured). Memory the allocator hands back and takes
    /// again without the system's help is reused, not counted twice, so the figure is what the code needed at once.
    /// </summary>
    public static long? Measure(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (!Supported)
        {
            action();
            return null;
        }
        File.WriteAllText(ClearRefs, "5");          // resets the high-water mark to the current resident size
        long before = Read("VmRSS:");
        action();
        return Math.Max(0, Read("VmHWM:") - before);
    }

    // A "Name:   1234 kB" line of /proc/self/status, in bytes.
    private static long Read(string field)
    {
        foreach (var line in File.ReadLines(Status))
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var parts = line[field.Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return long.Parse(parts[0], CultureInfo.InvariantCulture) * 1024;
            }
        throw new InvalidOperationException($"{Status} has no {field} line.");
    }
}
