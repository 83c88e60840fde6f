using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Zoo.Cli;

/// <summary>
/// Parses and runs a <c>zoo</c> command line. Every command gets <c>--help</c>; a command line that does not parse
/// gets one line on standard error naming the problem and the help to read, and exit code 2.
/// </summary>
public static partial class ZooCommandLine
{
    /// <summary>Exit code for a command line that does not parse.</summary>
    public const int UsageError = 2;

    /// <summary>
    /// The <c>zoo</c> command with its subcommands. Not a <see cref="RootCommand"/>, which takes its name from the
    /// entry assembly (Zoo.Cli): help says "zoo", the name people type.
    /// </summary>
    public static Command Root(params Command[] commands)
    {
        var root = new Command("zoo", "zoo: visual-attention networks for .NET, from the terminal.") { new HelpOption(), new VersionOption() };
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
                : OneLine(parsed.Errors[0].Message);
            await error.WriteLineAsync($"{command}: {message} (see '{command} --help')").ConfigureAwait(false);
            return UsageError;
        }
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parsed.InvokeAsync(configuration).ConfigureAwait(false);
    }

    /// <summary>
    /// The parser's messages may span lines ("Argument 'x' not recognized. Must be one of:" and a line per value);
    /// the error is one line: "... Must be one of: 'a', 'b'".
    /// </summary>
    internal static string OneLine(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = lines.Length <= 1 ? message.Trim() : lines[0] + " " + string.Join(", ", lines.Skip(1));
        return ExpectedType().Replace(line, m => "as " + TypeInWords(m.Groups[1].Value));
    }

    // "as expected type 'System.Nullable`1[System.Double]'." says more about .NET than about the option.
    [GeneratedRegex(@"as expected type '([^']*)'\.?")]
    private static partial Regex ExpectedType();

    private static string TypeInWords(string type)
    {
        var inner = Regex.Match(type, @"^System\.Nullable`1\[(.*)\]$") is { Success: true } nullable ? nullable.Groups[1].Value : type;
        return inner switch
        {
            "System.Int32" or "System.Int64" => "a whole number",
            "System.Double" or "System.Single" => "a number",
            "System.Boolean" => "true or false",
            _ => $"a {inner.Split('.')[^1]}",
        };
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
