namespace Zoo.Notebooks.Runner.Execution;

/// <summary>
/// The process-wide state a notebook runs in, set for the run and restored after it: the working folder is the
/// notebook's folder (as in VS Code, so relative paths in cells mean the same thing), and smoke mode is on or off.
/// </summary>
internal sealed class ProcessContext : IDisposable
{
    private readonly string previousDirectory = Environment.CurrentDirectory;
    private readonly string? previousSmoke = Environment.GetEnvironmentVariable(Zoo.Notebooks.Notebook.SmokeVariable);
    private readonly TextWriter previousOut = Console.Out;
    private readonly TextWriter previousError = Console.Error;

    public ProcessContext(string folder, bool smoke)
    {
        Environment.CurrentDirectory = folder;
        if (smoke) Environment.SetEnvironmentVariable(Zoo.Notebooks.Notebook.SmokeVariable, "1");
    }

    /// <summary>Sends console output to <paramref name="output"/> and <paramref name="error"/> until <see cref="ReleaseConsole"/>.</summary>
    public void CaptureConsole(TextWriter output, TextWriter error)
    {
        Console.SetOut(output);
        Console.SetError(error);
    }

    public void ReleaseConsole()
    {
        Console.SetOut(previousOut);
        Console.SetError(previousError);
    }

    public void Dispose()
    {
        ReleaseConsole();
        Environment.SetEnvironmentVariable(Zoo.Notebooks.Notebook.SmokeVariable, previousSmoke);
        Environment.CurrentDirectory = previousDirectory;
    }
}
