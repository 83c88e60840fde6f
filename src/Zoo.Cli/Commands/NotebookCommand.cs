using System.CommandLine;

namespace Zoo.Cli.Commands;

/// <summary><c>zoo notebook ...</c>: the Polyglot notebooks in notebooks/.</summary>
public static class NotebookCommand
{
    public static Command Create()
    {
        var command = new Command("notebook", "Work with the zoo's Polyglot notebooks (.ipynb, C#).");
        command.Subcommands.Add(NotebookRunCommand.Create());
        return command;
    }
}
