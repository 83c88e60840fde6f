using System.Diagnostics;
using System.Text.Json;
using Zoo.Torch;

namespace Zoo.Bench;

/// <summary>The Zoo side of a timing, run as a child process (see <see cref="BenchWorker"/>): the same protocol as bench/python/bench_worker.py.</summary>
public static class ZooWorker
{
    public const string Argument = "--worker";

    public static int Serve(TextReader input, TextWriter output)
    {
        string? prepared = null;
        Action? step = null;
        while (input.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            string reply;
            try
            {
                using var request = JsonDocument.Parse(line);
                var root = request.RootElement;
                var name = root.GetProperty("case").GetString()!;
                torch.set_num_threads(root.GetProperty("threads").GetInt32());
                if (prepared != name)
                {
                    step = null; // one case's model and tensors alive at a time
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    step = BenchCases.Named(name).Prepare();
                    prepared = name;
                }
                var seconds = new double[root.GetProperty("iterations").GetInt32()];
                for (var i = 0; i < seconds.Length; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    using (torch.NewDisposeScope()) step!();
                    seconds[i] = Stopwatch.GetElapsedTime(start).TotalSeconds;
                }
                reply = JsonSerializer.Serialize(new { ok = true, seconds });
            }
            catch (Exception e)
            {
                reply = JsonSerializer.Serialize(new { ok = false, error = e.ToString() });
            }
            output.WriteLine(reply);
            output.Flush();
        }
        return 0;
    }
}
