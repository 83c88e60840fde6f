namespace Zoo.Generator.Tests.Infrastructure;

/// <summary>
/// Spec text with the expected diagnostic span marked as [|...|] (Roslyn's test convention): returns the plain text
/// and the span's one-based (line, column) start and end.
/// </summary>
public static class Markup
{
    public sealed record Span(int StartLine, int StartColumn, int EndLine, int EndColumn);

    public static (string Text, Span Span) Parse(string markup)
    {
        var start = markup.IndexOf("[|", StringComparison.Ordinal);
        var end = markup.IndexOf("|]", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "the markup needs one [|...|]");
        var text = markup[..start] + markup[(start + 2)..end] + markup[(end + 2)..];
        var (startLine, startColumn) = Position(text, start);
        var (endLine, endColumn) = Position(text, end - 2);
        return (text, new Span(startLine, startColumn, endLine, endColumn));
    }

    private static (int Line, int Column) Position(string text, int offset)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else column++;
        }
        return (line, column);
    }
}
