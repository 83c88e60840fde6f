using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Zoo.Generator.Bench;

/// <summary>A spec file handed to the generator from memory.</summary>
internal sealed class SpecText(string path, string content) : AdditionalText
{
    private readonly SourceText text = SourceText.From(content, Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}
