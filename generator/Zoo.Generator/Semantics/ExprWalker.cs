using System.Collections.Generic;
using Zoo.Generator.Model;

namespace Zoo.Generator.Semantics;

/// <summary>Every expression inside an expression (itself included), depth first.</summary>
internal static class ExprWalker
{
    public static IEnumerable<Expr> DescendantsAndSelf(Expr? root)
    {
        if (root is null) yield break;
        var stack = new Stack<Expr>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var expr = stack.Pop();
            yield return expr;
            foreach (var child in ChildrenOf(expr))
                if (child is not null) stack.Push(child);
        }
    }

    private static IEnumerable<Expr?> ChildrenOf(Expr expr)
    {
        switch (expr)
        {
            case UnaryExpr e:
                yield return e.Operand;
                break;
            case BinaryExpr e:
                yield return e.Right;
                yield return e.Left;
                break;
            case TernaryExpr e:
                yield return e.WhenFalse;
                yield return e.WhenTrue;
                yield return e.Condition;
                break;
            case CallExpr e:
                for (var i = e.Arguments.Count - 1; i >= 0; i--) yield return e.Arguments[i].Value;
                yield return e.Callee;
                break;
            case MemberExpr e:
                yield return e.Target;
                break;
            case IndexExpr e:
                for (var i = e.Indices.Count - 1; i >= 0; i--) yield return e.Indices[i];
                yield return e.Target;
                break;
            case SliceExpr e:
                yield return e.Step;
                yield return e.Stop;
                yield return e.Start;
                break;
            case ListExpr e:
                for (var i = e.Items.Count - 1; i >= 0; i--) yield return e.Items[i];
                break;
            case ComprehensionExpr e:
                yield return e.Body;
                yield return e.Stop;
                yield return e.Start;
                break;
        }
    }
}
