namespace Zoo.Packaging.Tests;

/// <summary>The tests that share one pack and one consumer build (made once: packing and building take a minute or two).</summary>
[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<ConsumerFixture>
{
    public const string Name = "packages";
}
