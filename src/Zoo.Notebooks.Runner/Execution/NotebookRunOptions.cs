namespace Zoo.Notebooks.Runner.Execution;

/// <summary>How <see cref="NotebookRunner"/> runs a notebook.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>Run in smoke mode: the notebook shrinks its epochs and data (see <c>Zoo.Notebooks.Notebook.Smoke</c>).</summary>
    public bool Smoke { get; init; }

    /// <summary>Write the outputs back into the .ipynb when the run ends (whether or not a cell failed).</summary>
    public bool WriteOutputs { get; init; }

    /// <summary>
    /// The longest one cell may run; null for no limit. The default leaves room for a full training run on a busy
    /// CPU; smoke runs in CI should ask for much less.
    /// </summary>
    public TimeSpan? CellTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Build the project that sits beside the notebook (<c>notebooks/Notebooks.csproj</c>, which fills
    /// <c>notebooks/lib/</c> with what cells reference) before running; false when the caller built it already.
    /// </summary>
    public bool BuildLibraries { get; init; } = true;

    /// <summary>Where progress lines go (one per cell); null for none.</summary>
    public TextWriter? Log { get; init; }
}
