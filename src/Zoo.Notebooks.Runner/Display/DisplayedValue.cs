using Zoo.Notebooks.Runner.Outputs;

namespace Zoo.Notebooks.Runner.Display;

/// <summary>
/// A value shown by <c>display(...)</c>. <see cref="Update"/> replaces it in place (a progress line that changes
/// every epoch), as dotnet-interactive's <c>DisplayedValue</c> does in VS Code.
/// </summary>
public sealed class DisplayedValue
{
    private readonly OutputRecorder recorder;
    private readonly OutputRecorder.Slot slot;
    private readonly IReadOnlyCollection<string> mimeTypes;

    internal DisplayedValue(OutputRecorder recorder, OutputRecorder.Slot slot, IReadOnlyCollection<string> mimeTypes)
    {
        this.recorder = recorder;
        this.slot = slot;
        this.mimeTypes = mimeTypes;
    }

    /// <summary>Shows <paramref name="value"/> in place of what was displayed.</summary>
    public void Update(object? value) =>
        recorder.Update(slot, new DisplayDataOutput(DisplayFormatter.Format(value, mimeTypes)));
}
