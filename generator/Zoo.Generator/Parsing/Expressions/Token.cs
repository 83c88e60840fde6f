namespace Zoo.Generator.Parsing.Expressions;

internal enum TokenKind
{
    Identifier,
    Integer,
    Float,
    String,
    Symbol,
    End,
}

/// <summary>A token of an expression string; Start and Length are in decoded characters of that string.</summary>
internal readonly struct Token
{
    public Token(TokenKind kind, string text, int start, int length, long integer = 0, double number = 0)
    {
        Kind = kind;
        Text = text;
        Start = start;
        Length = length;
        Integer = integer;
        Number = number;
    }

    public TokenKind Kind { get; }

    /// <summary>The identifier or symbol, or the decoded value of a string literal.</summary>
    public string Text { get; }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public long Integer { get; }

    public double Number { get; }

    public bool Is(string symbol) => Kind == TokenKind.Symbol && Text == symbol;

    public bool IsWord(string word) => Kind == TokenKind.Identifier && Text == word;

    public string Describe() => Kind switch
    {
        TokenKind.End => "the end of the expression",
        TokenKind.String => "a string",
        _ => $"'{Text}'",
    };
}
