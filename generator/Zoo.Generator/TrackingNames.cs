namespace Zoo.Generator;

/// <summary>The names of the pipeline's steps, for incremental-caching tests (trackIncrementalGeneratorSteps).</summary>
internal static class TrackingNames
{
    public const string Settings = nameof(Settings);
    public const string SpecFile = nameof(SpecFile);
    public const string Parse = nameof(Parse);
    public const string Signature = nameof(Signature);
    public const string Index = nameof(Index);
    public const string Check = nameof(Check);
    public const string Module = nameof(Module);
    public const string Diagnostics = nameof(Diagnostics);
    public const string CatalogEntry = nameof(CatalogEntry);
    public const string Catalog = nameof(Catalog);
}
