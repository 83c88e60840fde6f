using Microsoft.CodeAnalysis.Text;

namespace Zoo.Generator.Model;

/// <summary>
/// Where something is in a spec file: the character span and its line/column span. Both are plain values, so a model
/// holding them stays comparable by value; a Roslyn <c>Location</c> is created from them only when a diagnostic is
/// reported.
/// </summary>
internal readonly record struct SourceRange(TextSpan Span, LinePositionSpan Lines)
{
    public static readonly SourceRange None = default;

    public bool IsNone => Span.IsEmpty && Lines == default;

    /// <summary>The smallest range covering both.</summary>
    public SourceRange To(SourceRange end) =>
        end.IsNone ? this : IsNone ? end
        : new SourceRange(TextSpan.FromBounds(Span.Start, end.Span.End), new LinePositionSpan(Lines.Start, end.Lines.End));
}
