using System.Globalization;
using System.Linq;

namespace Zoo.Generator.Model;

/// <summary>Writes an expression back as spec text (for docs and messages): "[B, channels, H, W]", "planes * 4".</summary>
internal static class ExprPrinter
{
    public static string Print(ShapeSyntax shape) => "[" + string.Join(", ", shape.Dimensions.Select(Print)) + "]";

    public static string Print(Expr? expr) => expr switch
    {
        null => "",
        IntLiteral i => i.Value.ToString(CultureInfo.InvariantCulture),
        FloatLiteral f => f.Value.ToString("R", CultureInfo.InvariantCulture),
        BoolLiteral b => b.Value ? "true" : "false",
        StringLiteral s => "'" + s.Value + "'",
        NullLiteral => "null",
        NameExpr n => n.Name,
        UnaryExpr u => u.Operator + Wrap(u.Operand),
        BinaryExpr b => Wrap(b.Left) + " " + b.Operator + " " + Wrap(b.Right),
        TernaryExpr t => Print(t.Condition) + " ? " + Print(t.WhenTrue) + " : " + Print(t.WhenFalse),
        CallExpr c => Print(c.Callee) + "(" + string.Join(", ", c.Arguments.Select(a => (a.Name is null ? "" : a.Name + ": ") + Print(a.Value))) + ")",
        MemberExpr m => Print(m.Target) + "." + m.Member,
        IndexExpr ix => Print(ix.Target) + "[" + string.Join(", ", ix.Indices.Select(Print)) + "]",
        SliceExpr s => Print(s.Start) + ":" + Print(s.Stop) + (s.Step is null ? "" : ":" + Print(s.Step)),
        EllipsisExpr => "...",
        WildcardExpr => "_",
        ListExpr l => "[" + string.Join(", ", l.Items.Select(Print)) + "]",
        ComprehensionExpr c => "[" + Print(c.Body) + " for " + c.Variable + " in range(" + (c.Start is null ? "" : Print(c.Start) + ", ") + Print(c.Stop) + ")]",
        _ => "?",
    };

    private static string Wrap(Expr e) => e is BinaryExpr or TernaryExpr ? "(" + Print(e) + ")" : Print(e);
}
