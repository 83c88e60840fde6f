using System.CommandLine;
using Zoo.Training;

namespace Zoo.Cli;

/// <summary>
/// Runs a command's work and turns the failures a user can act on into one line on standard error: a
/// <see cref="UsageException"/> (something typed cannot be used) exits with <see cref="ZooCommandLine.UsageError"/>,
/// a failure of the work itself (an unreadable checkpoint, a diverged loss, a missing file) with 1.
/// </summary>
public static class CommandAction
{
    /// <summary>Sets a synchronous action (Ctrl+C is then left to the command, which saves checkpoints before stopping).</summary>
    public static void Set(Command command, Func<ParseResult, CommandOutput, Task<int>> body) =>
        command.SetAction(parsed => Run(command, parsed, body));

    private static int Run(Command command, ParseResult parsed, Func<ParseResult, CommandOutput, Task<int>> body)
    {
        var console = new CommandOutput(parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error);
        var name = "zoo " + command.Name;
        try
        {
            return body(parsed, console).GetAwaiter().GetResult();
        }
        catch (UsageException e)
        {
            console.Error.WriteLine($"{name}: {e.Message} (see '{name} --help')");
            return ZooCommandLine.UsageError;
        }
        catch (Exception e) when (e is CheckpointException or TrainingDivergedException or IOException or InvalidDataException
                                      or UnauthorizedAccessException or ShapeMismatchException or OperationCanceledException or Zoo.Torch.TorchException)
        {
            console.Error.WriteLine($"{name}: {OneLine(e.Message)}");
            return 1;
        }
    }

    private static string OneLine(string message) => string.Join(' ', message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
