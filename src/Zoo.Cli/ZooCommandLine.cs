using System.CommandLine;
using System.CommandLine.Parsing;

namespace Zoo.Cli;

/// <summary>
/// Parses and runs a <c>zoo</c> command line. Every command gets <c>--help</c>; a command line that does not parse
/// gets one line on standard error naming the problem and the help to read, and exit code 2.
/// </summary>
public static class ZooCommandLine
{
    /// <summary>Exit code for a command line that does not parse.</summary>
    public const int UsageError = 2;

    public static RootCommand Root(params Command[] commands)
    {
        var root = new RootCommand("zoo: visual-attention networks for .NET, from the terminal.");
        foreach (var command in commands) root.Subcommands.Add(command);
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, params Command[] commands)
    {
        var parsed = Root(commands).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            var command = CommandPath(parsed.CommandResult);
            // A mistyped word explains the other errors it causes ("required command was not provided"), so it goes first.
            var message = parsed.UnmatchedTokens.Count > 0
                ? $"unknown command or option '{parsed.UnmatchedTokens[0]}'"
                : parsed.Errors[0].Message;
            await error.WriteLineAsync($"{command}: {message} (see '{command} --help')").ConfigureAwait(false);
            return UsageError;
        }
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parsed.InvokeAsync(configuration).ConfigureAwait(false);
    }

    /// <summary><c>zoo notebook run</c>: the words that name the command a result belongs to.</summary>
    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is not null; r = r.Parent)
            if (r is CommandResult c) names.Add(c.Parent is null ? "zoo" : c.Command.Name);
        names.Reverse();
        return string.Join(' ', names);
    }
}
