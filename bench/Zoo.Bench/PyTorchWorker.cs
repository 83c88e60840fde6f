using System.Diagnostics;
using System.Text.Json;

namespace Zoo.Bench;

/// <summary>The PyTorch half: a long-lived python3-torch process timing the same cases on request.</summary>
public sealed class PyTorchWorker : IDisposable
{
    private readonly Process process;

    public PyTorchWorker(string benchFolder)
    {
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            ArgumentList = { "-u", Path.Combine(benchFolder, "python", "bench_worker.py") },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        process = Process.Start(start) ?? throw new InvalidOperationException("could not start /usr/bin/python3");
    }

    /// <summary>Runs <paramref name="iterations"/> iterations of a case; returns their times in seconds and the peak RSS.</summary>
    public (double[] seconds, long peakBytes) Run(string name, int iterations, int threads)
    {
        process.StandardInput.WriteLine(JsonSerializer.Serialize(new { @case = name, iterations, threads }));
        var line = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("the PyTorch worker exited");
        using var reply = JsonDocument.Parse(line);
        if (!reply.RootElement.GetProperty("ok").GetBoolean())
            throw new InvalidOperationException($"PyTorch failed on {name}:\n{reply.RootElement.GetProperty("error").GetString()}");
        var seconds = reply.RootElement.GetProperty("seconds").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        return (seconds, reply.RootElement.GetProperty("peak_bytes").GetInt64());
    }

    public void Dispose()
    {
        try
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(5000)) process.Kill();
        }
        catch (InvalidOperationException) { }
        process.Dispose();
    }
}
