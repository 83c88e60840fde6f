using Zoo.Training.Progress;

namespace Zoo.Cli;

/// <summary>Where a command writes, and whether it may draw progress bars there.</summary>
public sealed record CommandOutput(TextWriter Output, TextWriter Error)
{
    /// <summary>True when the output is the process's own terminal (Spectre.Console draws there).</summary>
    public bool Interactive => ReferenceEquals(Output, Console.Out) && TrainingConsole.IsInteractive;
}
