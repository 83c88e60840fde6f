namespace Zoo.Tests;

/// <summary>
/// Tests that read process-wide state (the live-tensor counters, resident memory, the thread count, the exact
/// sequence of the global random generator) join this collection: xunit runs it alone, so no other test creates or
/// frees tensors, or draws random numbers, meanwhile.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideStateCollection
{
    public const string Name = "Process-wide state";

    /// <summary>
    /// Finalizes every tensor other tests left unreachable, so that a finalizer running later cannot change the live
    /// count while a test measures it.
    /// </summary>
    public static void Quiesce()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
