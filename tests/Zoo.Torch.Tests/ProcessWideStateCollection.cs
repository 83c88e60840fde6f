namespace Zoo.Torch.Tests;

/// <summary>
/// Tests that read process-wide state (the live-tensor counters, resident memory, the thread count, the exact
/// sequence of the global random generator) join this collection: xunit runs it alone, so no other test creates or
/// frees tensors, or draws random numbers, meanwhile (<see cref="Zoo.Testing.UnreachableTensors"/> frees what earlier tests left).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideStateCollection
{
    public const string Name = "Process-wide state";
}
