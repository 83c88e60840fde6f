namespace Zoo.Tests.Training;

/// <summary>
/// Tests that compare training runs value for value (resume against an uninterrupted run): they seed libtorch's
/// process-wide generator and draw from it (initialisation, dropout), so they run alone, with no other test drawing
/// from it in between.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SeededTrainingCollection
{
    public const string Name = "Seeded training runs";
}
