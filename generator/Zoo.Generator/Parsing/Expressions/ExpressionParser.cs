using System;
using System.Collections.Generic;
using Zoo.Generator.Model;

namespace Zoo.Generator.Parsing.Expressions;

/// <summary>
/// Recursive-descent parser for the expression and statement strings of a spec. Precedence, loosest first:
/// <c>?:</c>, <c>??</c>, <c>||</c>, <c>&amp;&amp;</c>, <c>== !=</c>, <c>&lt; &lt;= &gt; &gt;=</c>, <c>+ -</c>,
/// <c>* / // % @</c>, unary <c>- + !</c>, <c>**</c> (binds tighter than a unary minus on its left, as in Python),
/// then calls, indexing and member access. Positions are kept in decoded characters and mapped to the file by
/// <see cref="map"/>, which knows about JSON escapes.
/// </summary>
internal sealed class ExpressionParser
{
    // Nesting beyond this is not a model, it is a runaway input; a limit keeps the recursion far from the stack's end.
    private const int MaxDepth = 64;

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal) { "true", "false", "null", "for", "in", "return" };

    private readonly List<Token> tokens;
    private readonly Func<int, int, SourceRange> map;
    private int index;
    private int depth;

    private ExpressionParser(List<Token> tokens, Func<int, int, SourceRange> map)
    {
        this.tokens = tokens;
        this.map = map;
    }

    /// <summary>Names that cannot be used for values because the language gives them a meaning.</summary>
    public static bool IsKeyword(string name) => Keywords.Contains(name);

    public static Expr? ParseExpression(string text, Func<int, int, SourceRange> map, out SyntaxError? error) =>
        Run(text, map, p =>
        {
            var e = p.Expression();
            p.ExpectEnd();
            return e;
        }, out error);

    public static Stmt? ParseStatement(string text, Func<int, int, SourceRange> map, out SyntaxError? error) =>
        Run(text, map, p =>
        {
            var s = p.Statement();
            p.ExpectEnd();
            return s;
        }, out error);

    public static ShapeSyntax? ParseShape(string text, Func<int, int, SourceRange> map, out SyntaxError? error) =>
        Run(text, map, p =>
        {
            var s = p.Shape();
            p.ExpectEnd();
            return s;
        }, out error);

    /// <summary>Parses a loop header <c>i in range(n)</c> or <c>i in range(start, stop)</c>.</summary>
    public static ForHeader? ParseForHeader(string text, Func<int, int, SourceRange> map, out SyntaxError? error) =>
        Run(text, map, p =>
        {
            var h = p.ForHeaderBody();
            p.ExpectEnd();
            return h;
        }, out error);

    private static T? Run<T>(string text, Func<int, int, SourceRange> map, Func<ExpressionParser, T> parse, out SyntaxError? error) where T : class
    {
        var tokens = Lexer.Tokenize(text, out error);
        if (error is not null) return null;
        try
        {
            return parse(new ExpressionParser(tokens, map));
        }
        catch (ParseFailure failure)
        {
            error = failure.Error;
            return null;
        }
    }

    // ---- statements ------------------------------------------------------------------------------------------

    private Stmt Statement()
    {
        var first = Current;
        if (first.IsWord("return"))
        {
            Advance();
            var items = new List<ReturnItem>();
            do
            {
                var value = Expression();
                ShapeSyntax? shape = null;
                if (Current.Is(":"))
                {
                    Advance();
                    shape = Shape();
                }
                items.Add(new ReturnItem(value, shape));
            }
            while (Accept(","));
            return new ReturnStmt(items.ToEquatableArray(), RangeFrom(first));
        }

        if (first.Kind == TokenKind.Identifier && Peek(1).Is(":") && !IsKeyword(first.Text))
        {
            Advance();
            Advance();
            var shape = Shape();
            return new AnnotationStmt(first.Text, Range(first), shape, RangeFrom(first));
        }

        if (LooksLikeAssignment())
        {
            var targets = new List<AssignTarget>();
            do
            {
                var name = ExpectIdentifier("a name to assign to");
                targets.Add(new AssignTarget(name.Text, Range(name)));
            }
            while (Accept(","));
            Expect("=", "'=' after the names being assigned");
            var value = Expression();
            ShapeSyntax? shape = null;
            if (Current.Is(":"))
            {
                Advance();
                shape = Shape();
            }
            return new AssignStmt(targets.ToEquatableArray(), value, shape, RangeFrom(first));
        }

        var expression = Expression();
        return new ExprStmt(expression, RangeFrom(first));
    }

    private bool LooksLikeAssignment()
    {
        var i = 0;
        while (true)
        {
            if (Peek(i).Kind != TokenKind.Identifier) return false;
            i++;
            if (Peek(i).Is("=")) return true;
            if (!Peek(i).Is(",")) return false;
            i++;
        }
    }

    private ForHeader ForHeaderBody()
    {
        var variable = ExpectIdentifier("the loop variable (for example \"i in range(n)\")");
        if (!Current.IsWord("in")) throw Fail(Current, $"expected 'in' after the loop variable, found {Current.Describe()}");
        Advance();
        var (start, stop, _) = RangeCall();
        return new ForHeader(variable.Text, Range(variable), start, stop);
    }

    private (Expr? Start, Expr Stop, Token RangeToken) RangeCall()
    {
        var word = Current;
        if (!word.IsWord("range")) throw Fail(word, $"expected range(n) or range(start, stop), found {word.Describe()}");
        Advance();
        Expect("(", "'(' after range");
        var first = Expression();
        Expr? second = null;
        if (Accept(",")) second = Expression();
        Expect(")", "')' to close range(...)");
        return second is null ? (null, first, word) : (first, second, word);
    }

    // ---- shapes ----------------------------------------------------------------------------------------------

    private ShapeSyntax Shape()
    {
        var open = Current;
        Expect("[", "a shape in brackets, for example [B, channels, H, W]");
        var dims = new List<Expr>();
        if (!Current.Is("]"))
        {
            do
            {
                if (Current.Is("..."))
                {
                    dims.Add(new EllipsisExpr(Range(Current)));
                    Advance();
                }
                else
                {
                    dims.Add(Expression());
                }
            }
            while (Accept(","));
        }
        Expect("]", "']' to close the shape");
        return new ShapeSyntax(dims.ToEquatableArray(), RangeFrom(open));
    }

    // ---- expressions -----------------------------------------------------------------------------------------

    private Expr Expression()
    {
        if (++depth > MaxDepth) throw Fail(Current, $"the expression nests deeper than {MaxDepth} levels");
        try
        {
            return Ternary();
        }
        finally
        {
            depth--;
        }
    }

    private Expr Ternary()
    {
        var condition = Coalesce();
        if (!Current.Is("?")) return condition;
        Advance();
        var whenTrue = Expression();
        Expect(":", "':' between the two branches of '?:'");
        var whenFalse = Expression();
        return new TernaryExpr(condition, whenTrue, whenFalse, condition.Range.To(whenFalse.Range));
    }

    private Expr Coalesce()
    {
        var left = Or();
        if (!Current.Is("??")) return left;
        var op = Current;
        Advance();
        var right = Expression(); // right-associative, as in C#
        return new BinaryExpr("??", Range(op), left, right, left.Range.To(right.Range));
    }

    private Expr Or() => LeftAssociative(And, "||");

    private Expr And() => LeftAssociative(Equality, "&&");

    private Expr Equality() => LeftAssociative(Comparison, "==", "!=");

    private Expr Comparison() => LeftAssociative(Additive, "<", "<=", ">", ">=");

    private Expr Additive() => LeftAssociative(Multiplicative, "+", "-");

    private Expr Multiplicative() => LeftAssociative(Unary, "*", "/", "//", "%", "@");

    private Expr LeftAssociative(Func<Expr> operand, params string[] operators)
    {
        var left = operand();
        while (Current.Kind == TokenKind.Symbol && Array.IndexOf(operators, Current.Text) >= 0)
        {
            var op = Current;
            Advance();
            var right = operand();
            left = new BinaryExpr(op.Text, Range(op), left, right, left.Range.To(right.Range));
        }
        return left;
    }

    private Expr Unary()
    {
        var op = Current;
        if (op.Is("-") || op.Is("+") || op.Is("!"))
        {
            Advance();
            if (++depth > MaxDepth) throw Fail(op, $"the expression nests deeper than {MaxDepth} levels");
            var operand = Unary();
            depth--;
            // Fold the sign into a literal so that "-1" is a literal (dims, defaults, indices read naturally).
            if (op.Is("-") && operand is IntLiteral i && i.Value != long.MinValue) return new IntLiteral(-i.Value, Range(op).To(operand.Range));
            if (op.Is("-") && operand is FloatLiteral f) return new FloatLiteral(-f.Value, Range(op).To(operand.Range));
            return new UnaryExpr(op.Text, operand, Range(op).To(operand.Range));
        }
        return Power();
    }

    private Expr Power()
    {
        var left = Postfix();
        if (!Current.Is("**")) return left;
        var op = Current;
        Advance();
        if (++depth > MaxDepth) throw Fail(op, $"the expression nests deeper than {MaxDepth} levels");
        var right = Unary(); // right-associative, and allows 2 ** -1
        depth--;
        return new BinaryExpr("**", Range(op), left, right, left.Range.To(right.Range));
    }

    private Expr Postfix()
    {
        var expr = Primary();
        while (true)
        {
            if (Current.Is("("))
            {
                Advance();
                var arguments = Arguments();
                var close = Current;
                Expect(")", "')' to close the argument list");
                expr = new CallExpr(expr, arguments, expr.Range.To(Range(close)));
            }
            else if (Current.Is("["))
            {
                Advance();
                var indices = new List<Expr>();
                do indices.Add(IndexItem());
                while (Accept(","));
                var close = Current;
                Expect("]", "']' to close the index");
                expr = new IndexExpr(expr, indices.ToEquatableArray(), expr.Range.To(Range(close)));
            }
            else if (Current.Is("."))
            {
                Advance();
                var member = ExpectIdentifier("a member name after '.'");
                expr = new MemberExpr(expr, member.Text, Range(member), expr.Range.To(Range(member)));
            }
            else
            {
                return expr;
            }
        }
    }

    private EquatableArray<Argument> Arguments()
    {
        var arguments = new List<Argument>();
        if (Current.Is(")")) return arguments.ToEquatableArray();
        var sawNamed = false;
        do
        {
            if (Current.Kind == TokenKind.Identifier && Peek(1).Is(":"))
            {
                var name = Current;
                Advance();
                Advance();
                arguments.Add(new Argument(name.Text, Range(name), Expression()));
                sawNamed = true;
            }
            else
            {
                var start = Current;
                var value = Expression();
                if (sawNamed) throw Fail(start, "a positional argument cannot follow a named argument");
                arguments.Add(new Argument(null, SourceRange.None, value));
            }
        }
        while (Accept(","));
        return arguments.ToEquatableArray();
    }

    private Expr IndexItem()
    {
        var start = Current;
        if (start.Is("..."))
        {
            Advance();
            return new EllipsisExpr(Range(start));
        }
        Expr? first = null;
        if (!Current.Is(":")) first = Expression();
        if (!Current.Is(":")) return first!;
        Advance();
        Expr? stop = null, step = null;
        if (!Current.Is(":") && !Current.Is(",") && !Current.Is("]")) stop = Expression();
        if (Accept(":") && !Current.Is(",") && !Current.Is("]")) step = Expression();
        return new SliceExpr(first, stop, step, RangeFrom(start));
    }

    private Expr Primary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Integer:
                Advance();
                return new IntLiteral(token.Integer, Range(token));
            case TokenKind.Float:
                Advance();
                return new FloatLiteral(token.Number, Range(token));
            case TokenKind.String:
                Advance();
                return new StringLiteral(token.Text, Range(token));
            case TokenKind.Identifier:
                Advance();
                switch (token.Text)
                {
                    case "true": return new BoolLiteral(true, Range(token));
                    case "false": return new BoolLiteral(false, Range(token));
                    case "null": return new NullLiteral(Range(token));
                    case "_": return new WildcardExpr(Range(token));
                    case "for":
                    case "in":
                    case "return":
                        throw Fail(token, $"'{token.Text}' is a keyword and cannot be used here");
                }
                return new NameExpr(token.Text, Range(token));
            case TokenKind.Symbol when token.Is("("):
            {
                Advance();
                var inner = Expression();
                Expect(")", "')' to close the parenthesis");
                return inner;
            }
            case TokenKind.Symbol when token.Is("["):
                return ListOrComprehension();
            default:
                throw Fail(token, token.Kind == TokenKind.End ? "the expression ends too early: a value is missing" : $"unexpected {token.Describe()}: expected a value");
        }
    }

    private Expr ListOrComprehension()
    {
        var open = Current;
        Advance();
        var items = new List<Expr>();
        if (Current.Is("]"))
        {
            Advance();
            return new ListExpr(items.ToEquatableArray(), RangeFrom(open));
        }
        var first = Expression();
        if (Current.IsWord("for"))
        {
            Advance();
            var variable = ExpectIdentifier("the variable after 'for'");
            if (!Current.IsWord("in")) throw Fail(Current, $"expected 'in' after the comprehension variable, found {Current.Describe()}");
            Advance();
            var (start, stop, _) = RangeCall();
            Expect("]", "']' to close the list comprehension");
            return new ComprehensionExpr(first, variable.Text, Range(variable), start, stop, RangeFrom(open));
        }
        items.Add(first);
        while (Accept(","))
        {
            if (Current.Is("]")) break; // a trailing comma reads naturally in a long list
            items.Add(Expression());
        }
        Expect("]", "',' or ']' in the list");
        return new ListExpr(items.ToEquatableArray(), RangeFrom(open));
    }

    // ---- token access -----------------------------------------------------------------------------------------

    private Token Current => tokens[index];

    private Token Peek(int ahead) => tokens[Math.Min(index + ahead, tokens.Count - 1)];

    private Token Previous => tokens[Math.Max(0, index - 1)];

    private void Advance()
    {
        if (index < tokens.Count - 1) index++;
    }

    private bool Accept(string symbol)
    {
        if (!Current.Is(symbol)) return false;
        Advance();
        return true;
    }

    private void Expect(string symbol, string what)
    {
        if (!Accept(symbol)) throw Fail(Current, $"expected {what}, found {Current.Describe()}");
    }

    private Token ExpectIdentifier(string what)
    {
        var token = Current;
        if (token.Kind != TokenKind.Identifier || IsKeyword(token.Text)) throw Fail(token, $"expected {what}, found {token.Describe()}");
        Advance();
        return token;
    }

    private void ExpectEnd()
    {
        if (Current.Kind != TokenKind.End)
        {
            var hint = Current.Is("=") ? " (compare with ==)" : Current.Is(":") ? " (a shape annotation follows a name or an assignment: x: [B, C, H, W])" : "";
            throw Fail(Current, $"unexpected {Current.Describe()} after a complete expression{hint}");
        }
    }

    private SourceRange Range(Token token) => map(token.Start, token.Length);

    private SourceRange RangeFrom(Token first) => map(first.Start, Math.Max(0, Previous.End - first.Start));

    private static ParseFailure Fail(Token at, string message) => new(new SyntaxError(message, at.Start, at.Length));

    private sealed class ParseFailure : Exception
    {
        public ParseFailure(SyntaxError error) : base(error.Message) => Error = error;

        public SyntaxError Error { get; }
    }
}

/// <summary>A parsed loop header: the variable and the range it runs over.</summary>
internal sealed class ForHeader
{
    public ForHeader(string variable, SourceRange variableRange, Expr? start, Expr stop)
    {
        Variable = variable;
        VariableRange = variableRange;
        Start = start;
        Stop = stop;
    }

    public string Variable { get; }

    public SourceRange VariableRange { get; }

    public Expr? Start { get; }

    public Expr Stop { get; }
}
