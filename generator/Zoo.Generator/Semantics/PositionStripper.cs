using System.Linq;
using Zoo.Generator.Model;

namespace Zoo.Generator.Semantics;

/// <summary>
/// Copies of syntax with every position cleared, for the cross-spec index: other specs use what a spec says, not
/// where it says it, so moving text in one file must not make every other spec look changed.
/// </summary>
internal static class PositionStripper
{
    private static readonly SourceRange None = SourceRange.None;

    public static Expr Strip(Expr expr) => expr switch
    {
        IntLiteral e => e with { Range = None },
        FloatLiteral e => e with { Range = None },
        BoolLiteral e => e with { Range = None },
        StringLiteral e => e with { Range = None },
        NullLiteral e => e with { Range = None },
        NameExpr e => e with { Range = None },
        UnaryExpr e => new UnaryExpr(e.Operator, Strip(e.Operand), None),
        BinaryExpr e => new BinaryExpr(e.Operator, None, Strip(e.Left), Strip(e.Right), None),
        TernaryExpr e => new TernaryExpr(Strip(e.Condition), Strip(e.WhenTrue), Strip(e.WhenFalse), None),
        CallExpr e => new CallExpr(Strip(e.Callee), e.Arguments.Select(a => new Argument(a.Name, None, Strip(a.Value))).ToEquatableArray(), None),
        MemberExpr e => new MemberExpr(Strip(e.Target), e.Member, None, None),
        IndexExpr e => new IndexExpr(Strip(e.Target), e.Indices.Select(Strip).ToEquatableArray(), None),
        SliceExpr e => new SliceExpr(StripOptional(e.Start), StripOptional(e.Stop), StripOptional(e.Step), None),
        EllipsisExpr => new EllipsisExpr(None),
        WildcardExpr => new WildcardExpr(None),
        ListExpr e => new ListExpr(e.Items.Select(Strip).ToEquatableArray(), None),
        ComprehensionExpr e => new ComprehensionExpr(Strip(e.Body), e.Variable, None, StripOptional(e.Start), Strip(e.Stop), None),
        _ => expr,
    };

    public static Expr? StripOptional(Expr? expr) => expr is null ? null : Strip(expr);

    public static ShapeSyntax Strip(ShapeSyntax shape) => new(shape.Dimensions.Select(Strip).ToEquatableArray(), None);

    public static Located<string> Strip(Located<string> name) => new(name.Value, None);

    public static NamedExpr Strip(NamedExpr named) => new(Strip(named.Name), Strip(named.Value), null);

    public static TensorDeclSyntax Strip(TensorDeclSyntax declaration) =>
        new(Strip(declaration.Name), Strip(declaration.Init), null, declaration.Persistent);

    public static HyperparameterSyntax Strip(HyperparameterSyntax h) => new(
        Strip(h.Name),
        h.Kind,
        None,
        h.EnumValues,
        h.BlockArguments.Select(a => new BlockArgumentSyntax(Strip(a.Name), a.Kind, None)).ToEquatableArray(),
        h.BlockConstants.Select(Strip).ToEquatableArray(),
        StripOptional(h.Default),
        null,
        h.Constraints.Select(c => new ConstraintSyntax(c.Kind, StripOptional(c.Value), c.Values.Select(Strip).ToEquatableArray(), None)).ToEquatableArray());
}
