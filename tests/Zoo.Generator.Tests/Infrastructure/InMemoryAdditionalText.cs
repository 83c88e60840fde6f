using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Zoo.Generator.Tests.Infrastructure;

/// <summary>A spec file as the compiler hands it to the generator, from memory.</summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText text;

    public InMemoryAdditionalText(string path, string content)
    {
        Path = path;
        Content = content;
        text = SourceText.From(content, Encoding.UTF8);
    }

    public override string Path { get; }

    public string Content { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}
