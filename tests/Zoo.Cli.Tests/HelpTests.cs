using System.Diagnostics;

namespace Zoo.Cli.Tests;

public sealed class HelpTests
{
    public static TheoryData<string> CommandPaths() => new()
    {
        "", "list", "describe", "train", "eval", "compare", "bench", "new", "notebook", "notebook run",
    };

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public async Task Every_command_has_help(string path)
    {
        var args = path.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append("--help").ToArray();
        var result = await ZooCli.Run(args);

        Assert.True(result.Code == 0, result.ToString());
        Assert.Empty(result.Error);
        Assert.Contains("Usage:", result.Output);
        Assert.Contains(("zoo " + path).Trim(), result.Output);
        Assert.Contains("Description:", result.Output);
    }

    [Fact]
    public async Task The_root_help_lists_every_command()
    {
        var result = await ZooCli.Run("--help");
        foreach (var command in ZooCli.Commands())
            Assert.Contains("  " + command.Name, result.Output);
    }

    [Fact]
    public void The_built_executable_has_the_commands_the_tests_run()
    {
        // Program.cs lists the commands; the tests build their own list. The executable's help must list the same.
        var cli = Path.Combine(AppContext.BaseDirectory, "Zoo.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        start.ArgumentList.Add("--help");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        var listed = output[output.IndexOf("Commands:", StringComparison.Ordinal)..]
            .Split('\n').Skip(1).Where(l => l.StartsWith("  ", StringComparison.Ordinal))
            .Select(l => l.Trim().Split(' ')[0]).ToArray();
        Assert.Equal(ZooCli.Commands().Select(c => c.Name).Order(), listed.Order());
    }
}
