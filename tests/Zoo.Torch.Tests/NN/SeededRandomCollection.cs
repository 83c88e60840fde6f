namespace Zoo.Torch.Tests.NN;

/// <summary>
/// Tests that seed libtorch's process-wide generator and then draw from it (dropout masks, default initialisation)
/// compared value for value with PyTorch: run alone, so that no other test draws in between.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SeededRandomCollection
{
    public const string Name = "Seeded random stream";
}
