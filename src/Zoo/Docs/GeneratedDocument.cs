namespace Zoo.Docs;

/// <summary>
/// A page of <c>docs/</c> written by code from the catalog, so that it cannot drift from the specs: where it lives
/// and how to write it. A test regenerates every one and fails when the file in the repository differs.
/// </summary>
/// <param name="Path">The page, relative to the repository's root, with forward slashes ("docs/blocks.md").</param>
/// <param name="Generate">Writes the page's full text (markdown, '\n' line ends).</param>
public sealed record GeneratedDocument(string Path, Func<string> Generate);

/// <summary>Every generated page. A new page is one class with a <c>Document</c> and one line here.</summary>
public static class GeneratedDocuments
{
    /// <summary>The command that rewrites every generated page (what a stale-page message tells the reader to run).</summary>
    public const string RewriteCommand = "dotnet run --project src/Zoo.DocsTool";

    /// <summary>The generated pages.</summary>
    public static IReadOnlyList<GeneratedDocument> All { get; } = new[]
    {
        BlockTable.Document,
        ModelTable.Document,
    };
}
