using System.Diagnostics;
using System.Text;

namespace Zoo.Packaging.Tests;

/// <summary>Runs a command to its end (or a time limit) and keeps everything it printed.</summary>
public static class CommandLine
{
    public sealed record Result(int ExitCode, string Output, string Command)
    {
        /// <summary>The output, for assertion messages.</summary>
        public override string ToString() => $"{Command} exited with {ExitCode}:{Environment.NewLine}{Output}";
    }

    /// <summary>
    /// Runs <paramref name="file"/> with <paramref name="arguments"/> in <paramref name="folder"/>. The environment is
    /// this process's with <paramref name="environment"/> applied (a null value removes a variable).
    /// </summary>
    public static Result Run(string file, IEnumerable<string> arguments, string folder, TimeSpan limit, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        var command = file + " " + string.Join(" ", start.ArgumentList);
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new Result(-1, $"(stopped after {limit.TotalSeconds:F0} s){Environment.NewLine}{output}", command);
        }
        process.WaitForExit();
        lock (output) return new Result(process.ExitCode, output.ToString(), command);
    }
}
