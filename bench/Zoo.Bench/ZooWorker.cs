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
                var seconds = Round(step!, RoundRequest.From(root));
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

    /// <summary>
    /// One round: untimed steps until the machine has settled, then timed steps; returns the timed steps' seconds.
    /// </summary>
    private static double[] Round(Action step, RoundRequest request)
    {
        var settle = Stopwatch.StartNew();
        while (settle.Elapsed.TotalSeconds < request.SettleSeconds) Step(step);
        var seconds = new List<double>(request.Iterations);
        var timed = Stopwatch.StartNew();
        while (seconds.Count < request.Iterations || timed.Elapsed.TotalSeconds < request.MinSeconds)
        {
            var start = Stopwatch.GetTimestamp();
            Step(step);
            seconds.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
        }
        return seconds.ToArray();
    }

    private static void Step(Action step)
    {
        using (torch.NewDisposeScope()) step();
    }
}
