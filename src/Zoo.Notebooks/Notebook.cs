namespace Zoo.Notebooks;

/// <summary>
/// What a notebook asks about the way it is being run. In VS Code nothing is set and notebooks run in full; the
/// headless runner (<c>zoo notebook run --smoke</c>) sets <see cref="SmokeVariable"/> so that the same cells train
/// on a sliver of the data for a step or two, which is enough to prove that every cell still runs.
/// </summary>
public static class Notebook
{
    /// <summary>The environment variable that turns smoke mode on (<c>1</c> or <c>true</c>).</summary>
    public const string SmokeVariable = "ZOO_NOTEBOOK_SMOKE";

    /// <summary>True when the notebook runs in smoke mode: shrink epochs, data and models to the minimum.</summary>
    /// <remarks>Read on every call, so a process can run one notebook in smoke mode and the next one in full.</remarks>
    public static bool Smoke => Environment.GetEnvironmentVariable(SmokeVariable)?.Trim().ToLowerInvariant() is "1" or "true";

    /// <summary><paramref name="full"/> normally, <paramref name="smoke"/> in smoke mode: <c>Notebook.Pick(10, 1)</c> epochs.</summary>
    public static T Pick<T>(T full, T smoke) => Smoke ? smoke : full;
}
