namespace Zoo.Notebooks.Runner.Outputs;

/// <summary>
/// Collects the outputs of one cell in the order they happen. Consecutive writes to the same stream become one
/// output, as Jupyter stores them; a displayed value can be replaced later (<see cref="Update"/>), as
/// dotnet-interactive's <c>DisplayedValue.Update</c> does. Safe to call from any thread; once
/// <see cref="Close">closed</see> (the cell ended or ran out of time) it ignores anything more.
/// </summary>
public sealed class OutputRecorder
{
    private readonly object gate = new();
    private readonly List<Slot> slots = new();
    private bool closed;

    /// <summary>A place in the output list that a display can update.</summary>
    public sealed class Slot
    {
        internal Slot(CellOutput output) => Output = output;

        internal CellOutput Output { get; set; }
    }

    /// <summary>Appends text to standard output or standard error.</summary>
    public void Write(string stream, string text)
    {
        if (text.Length == 0) return;
        lock (gate)
        {
            if (closed) return;
            if (slots.Count > 0 && slots[^1].Output is StreamOutput last && last.Name == stream)
                slots[^1].Output = last with { Text = last.Text + text };
            else
                slots.Add(new Slot(new StreamOutput(stream, text)));
        }
    }

    /// <summary>Adds an output; the returned slot lets a display be replaced later.</summary>
    public Slot Add(CellOutput output)
    {
        var slot = new Slot(output);
        lock (gate)
        {
            if (!closed) slots.Add(slot);
        }
        return slot;
    }

    /// <summary>Replaces what a slot shows (no effect once the recorder is closed).</summary>
    public void Update(Slot slot, CellOutput output)
    {
        lock (gate)
        {
            if (!closed) slot.Output = output;
        }
    }

    /// <summary>Stops recording and returns the outputs.</summary>
    public IReadOnlyList<CellOutput> Close()
    {
        lock (gate)
        {
            closed = true;
            return slots.Select(s => s.Output).ToList();
        }
    }
}
