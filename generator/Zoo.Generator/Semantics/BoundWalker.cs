using System;
using System.Collections.Generic;
using System.Linq;
using Zoo.Generator.Model;

namespace Zoo.Generator.Semantics;

/// <summary>Visits every bound expression inside a bound expression.</summary>
internal static class BoundWalker
{
    public static bool Any(BoundExpr root, Func<BoundExpr, bool> predicate) => DescendantsAndSelf(root).Any(predicate);

    public static IEnumerable<BoundExpr> DescendantsAndSelf(BoundExpr root)
    {
        var stack = new Stack<BoundExpr>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var expr = stack.Pop();
            yield return expr;
            foreach (var child in ChildrenOf(expr))
                if (child is not null) stack.Push(child);
        }
    }

    /// <summary>The expressions directly inside <paramref name="expr"/>.</summary>
    public static IEnumerable<BoundExpr> Children(BoundExpr expr) => ChildrenOf(expr).Where(c => c is not null)!;

    private static IEnumerable<BoundExpr?> ChildrenOf(BoundExpr expr) => expr switch
    {
        BoundUnary u => new[] { u.Operand },
        BoundBinary b => new[] { b.Left, b.Right },
        BoundTernary t => new[] { t.Condition, t.WhenTrue, t.WhenFalse },
        BoundCall c => c.Arguments.Select(a => a.Value),
        BoundNewSpec n => n.Arguments.Select(a => (BoundExpr?)a.Value),
        BoundBlockReference r => r.Arguments.Select(a => (BoundExpr?)a.Value),
        BoundCreateBlock c => c.Arguments.Select(a => (BoundExpr?)a.Value).Append(c.Factory),
        BoundBlockConstant k => new[] { k.Factory },
        BoundModuleCall m => m.Inputs.Select(i => (BoundExpr?)i).Append(m.Module),
        BoundList l => l.Items.Select(i => (BoundExpr?)i),
        BoundComprehension c => new[] { c.Start, c.Stop, c.Body },
        BoundIndex ix => ix.Items.SelectMany(i => new[] { i.Value, i.Start, i.Stop, i.Step }).Append(ix.Target),
        _ => Array.Empty<BoundExpr?>(),
    };
}
