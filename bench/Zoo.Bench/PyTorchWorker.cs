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

    /// <summary>Runs <paramref name="iterations"/> iterations of a case; returns their times in seconds.</summary>
    public double[] Run(string name, int iterations, int threads)
    {
        using var reply = Request(name, new { @case = name, iterations, threads });
        return reply.RootElement.GetProperty("seconds").EnumerateArray().Select(e => e.GetDouble()).ToArray();
    }

    /// <summary>The memory one iteration of a case needs above the case at rest, in bytes, measured by a fresh python3-torch process.</summary>
    public static long Memory(string benchFolder, string name, int threads)
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "-u", Path.Combine(benchFolder, "python", "bench_worker.py"), "--memory", name, "--threads", threads.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(a);
        return MemoryProbe.ReadBytes(start, "PyTorch", name);
    }

    private JsonDocument Request(string name, object request)
    {
        process.StandardInput.WriteLine(JsonSerializer.Serialize(request));
        var line = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("the PyTorch worker exited");
        var reply = JsonDocument.Parse(line);
        if (reply.RootElement.GetProperty("ok").GetBoolean()) return reply;
        var error = reply.RootElement.GetProperty("error").GetString();
        reply.Dispose();
        throw new InvalidOperationException($"PyTorch failed on {name}:\n{error}");
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
