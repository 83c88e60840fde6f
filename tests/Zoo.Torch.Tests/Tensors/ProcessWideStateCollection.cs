namespace Zoo.Torch.Tests.Tensors;

/// <summary>
/// Tests that read process-wide state (the exact sequence of libtorch's global random generator, the live tensor
/// count): they run alone, after the parallel tests, so no other test changes that state while they look at it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideStateCollection
{
    public const string Name = "process-wide state";
}
