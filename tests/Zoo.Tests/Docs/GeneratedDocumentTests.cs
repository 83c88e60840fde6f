using Zoo.Docs;

namespace Zoo.Tests.Docs;

/// <summary>The pages of docs/ written from the catalog are the ones in the repository.</summary>
public class GeneratedDocumentTests
{
    public static TheoryData<string> Pages() => new(GeneratedDocuments.All.Select(d => d.Path));

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_page_in_the_repository_is_what_the_catalog_generates(string page)
    {
        var document = GeneratedDocuments.All.Single(d => d.Path == page);
        var path = RepoPaths.Of(page.Split('/'));
        var current = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : "(missing)";
        if (current != document.Generate())
            Assert.Fail($"{page} differs from what the specs generate: run `{GeneratedDocuments.RewriteCommand}` to rewrite it.");
    }
}
