using System.Collections.Generic;
using System.Globalization;

namespace Zoo.Generator.Parsing.Expressions;

/// <summary>Splits an expression string into tokens. Reports the first bad character as a <see cref="SyntaxError"/>.</summary>
internal static class Lexer
{
    // Longest first, so that "//" wins over "/", "**" over "*", "..." over ".".
    private static readonly string[] Symbols =
    {
        "...", "//", "**", "==", "!=", "<=", ">=", "&&", "||", "??",
        "+", "-", "*", "/", "%", "@", "<", ">", "!", "?", ":", ",", "(", ")", "[", "]", ".", "=",
    };

    public static List<Token> Tokenize(string text, out SyntaxError? error)
    {
        error = null;
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { i++; continue; }
            var start = i;
            if (char.IsLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_')) i++;
                tokens.Add(new Token(TokenKind.Identifier, text.Substring(start, i - start), start, i - start));
                continue;
            }
            if (char.IsDigit(c) || (c == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                var isFloat = false;
                while (i < text.Length && char.IsDigit(text[i])) i++;
                if (i < text.Length && text[i] == '.' && !(i + 1 < text.Length && text[i + 1] == '.'))
                {
                    isFloat = true;
                    i++;
                    while (i < text.Length && char.IsDigit(text[i])) i++;
                }
                if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
                {
                    var save = i;
                    i++;
                    if (i < text.Length && (text[i] == '+' || text[i] == '-')) i++;
                    if (i < text.Length && char.IsDigit(text[i]))
                    {
                        isFloat = true;
                        while (i < text.Length && char.IsDigit(text[i])) i++;
                    }
                    else
                    {
                        i = save;
                    }
                }
                if (i < text.Length && (char.IsLetter(text[i]) || text[i] == '_'))
                {
                    error = new SyntaxError($"'{text.Substring(start, i - start + 1)}' is not a number: put an operator or a space between a number and a name", start, i - start + 1);
                    return tokens;
                }
                var raw = text.Substring(start, i - start);
                if (!isFloat && long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var integer))
                {
                    tokens.Add(new Token(TokenKind.Integer, raw, start, i - start, integer, integer));
                }
                else if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !double.IsInfinity(number))
                {
                    tokens.Add(new Token(TokenKind.Float, raw, start, i - start, 0, number));
                }
                else
                {
                    error = new SyntaxError($"the number {raw} is out of range", start, i - start);
                    return tokens;
                }
                continue;
            }
            if (c == '\'' || c == '"')
            {
                i++;
                while (i < text.Length && text[i] != c) i++;
                if (i >= text.Length)
                {
                    error = new SyntaxError($"unterminated string literal: the closing {c} is missing", start, i - start);
                    return tokens;
                }
                i++;
                tokens.Add(new Token(TokenKind.String, text.Substring(start + 1, i - start - 2), start, i - start));
                continue;
            }
            string? symbol = null;
            foreach (var s in Symbols)
            {
                if (string.CompareOrdinal(text, i, s, 0, s.Length) == 0) { symbol = s; break; }
            }
            if (symbol is null)
            {
                var hint = c == '^' ? " (write powers as a ** b)" : c == '&' || c == '|' ? " (logical operators are && and ||)" : "";
                error = new SyntaxError($"unexpected character '{(c < ' ' ? $"U+{(int)c:X4}" : c.ToString())}'{hint}", start, 1);
                return tokens;
            }
            i += symbol.Length;
            tokens.Add(new Token(TokenKind.Symbol, symbol, start, symbol.Length));
        }
        tokens.Add(new Token(TokenKind.End, "", text.Length, 0));
        return tokens;
    }
}

/// <summary>The first syntax error in an expression string: a message and the decoded character range.</summary>
internal sealed class SyntaxError
{
    public SyntaxError(string message, int start, int length)
    {
        Message = message;
        Start = start;
        Length = length;
    }

    public string Message { get; }

    public int Start { get; }

    public int Length { get; }
}
