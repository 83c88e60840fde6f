using Zoo.Cli;
using Zoo.Cli.Commands;

namespace Zoo.Cli.Tests;

/// <summary>Runs the zoo command in process, with its output and errors captured.</summary>
public static class ZooCli
{
    /// <summary>The commands, as Program.cs lists them (a test checks the built executable has the same).</summary>
    public static System.CommandLine.Command[] Commands() => new[]
    {
        ListCommand.Create(),
        DescribeCommand.Create(),
        TrainCommand.Create(),
        EvalCommand.Create(),
        CompareCommand.Create(),
        BenchCommand.Create(),
        NewCommand.Create(),
        NotebookCommand.Create(),
    };

    public sealed record Result(int Code, string Output, string Error)
    {
        /// <summary>The lines written to standard error.</summary>
        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        public override string ToString() => $"exit {Code}\n--- stdout\n{Output}\n--- stderr\n{Error}";
    }

    public static async Task<Result> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = await ZooCommandLine.RunAsync(args, output, error, Commands());
        return new Result(code, output.ToString(), error.ToString());
    }
}
