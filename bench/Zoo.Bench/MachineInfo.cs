using Zoo.Torch;

namespace Zoo.Bench;

/// <summary>What a benchmark ran on: CPU, cores, threads, BLAS, libtorch, .NET.</summary>
public static class MachineInfo
{
    public static string Describe(int threads)
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name"))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";
        return $"{cpu}, {Environment.ProcessorCount} cores; {threads} intra-op thread(s) on both sides; BLAS: {Blas()}; " +
               $"thread pools' spin-wait on both sides: {string.Join(", ", BenchWorker.ThreadPoolSettings.Select(s => $"{s.Key}={s.Value}"))}; " +
               $"libtorch {torch.__version__}; .NET {Environment.Version}";
    }

    /// <summary>Which BLAS Debian's libtorch resolves (the libblas.so.3 alternative): OpenBLAS is ~35x the reference.</summary>
    public static string Blas()
    {
        const string link = "/etc/alternatives/libblas.so.3-x86_64-linux-gnu";
        try
        {
            var target = File.ResolveLinkTarget(link, returnFinalTarget: true)?.FullName ?? "";
            return target.Contains("openblas") ? "OpenBLAS" : target.Contains("blas") ? $"reference BLAS ({target})" : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
