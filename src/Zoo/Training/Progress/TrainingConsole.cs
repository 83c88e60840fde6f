using Spectre.Console;

namespace Zoo.Training.Progress;

/// <summary>Runs training code with the progress renderer the console calls for.</summary>
public static class TrainingConsole
{
    /// <summary>True when standard output is an interactive terminal (not redirected to a file or a pipe).</summary>
    public static bool IsInteractive => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>
    /// Calls <paramref name="body"/> with Spectre.Console progress bars when <paramref name="interactive"/> (default:
    /// <see cref="IsInteractive"/>), else with plain lines on <paramref name="plainOutput"/> (default: standard output).
    /// </summary>
    public static T Run<T>(Func<ITrainingProgress, T> body, bool? interactive = null, TextWriter? plainOutput = null)
    {
        if (!(interactive ?? IsInteractive)) return body(new PlainTrainingProgress(plainOutput));
        return AnsiConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(SpectreTrainingProgress.Columns())
            .Start(context => body(new SpectreTrainingProgress(context, AnsiConsole.Console)));
    }

    /// <summary>
    /// A token cancelled by the first Ctrl+C (which then no longer ends the process, so training can save and stop
    /// cleanly; a second Ctrl+C ends it as usual). Dispose it to restore the default behaviour.
    /// </summary>
    public static CtrlCCancellation CancelOnCtrlC(Action? onFirstPress = null) => new(onFirstPress);
}

/// <summary>Turns the first Ctrl+C into a cancellation request (see <see cref="TrainingConsole.CancelOnCtrlC"/>).</summary>
public sealed class CtrlCCancellation : IDisposable
{
    private readonly CancellationTokenSource source = new();
    private readonly Action? onFirstPress;

    internal CtrlCCancellation(Action? onFirstPress)
    {
        this.onFirstPress = onFirstPress;
        Console.CancelKeyPress += OnCancelKeyPress;
    }

    public CancellationToken Token => source.Token;

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        if (source.IsCancellationRequested) return; // a second press ends the process
        e.Cancel = true;
        source.Cancel();
        onFirstPress?.Invoke();
    }

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        source.Dispose();
    }
}
