using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Zoo.Generator.Model;
using Zoo.Generator.Semantics;

namespace Zoo.Generator.Emit;

/// <summary>
/// Where a forward reads a tensor variable for the last time before its value dies (the variable is reassigned or
/// never read again), so the emitted statement can free that value as soon as the call reading it returns — as
/// PyTorch's reference counting frees <c>out</c>'s old value in <c>out = bn(conv(out))</c> once the convolution has
/// run, instead of when forward returns.
/// </summary>
/// <remarks>
/// <para>A backward liveness pass over the structured body (loops to a fixed point) finds the statements after which a
/// variable is dead (or which assign it). Its last read there is the read whose consumer (the call or operator it is an
/// input of) returns after all its other reads in the statement: in <c>z - z.mean(2)</c>, the left one; a read in each
/// branch of a ternary counts once. Reads inside a list comprehension run once per item, so they are never last reads.</para>
/// <para>Another variable may hold the same tensor: <c>identity = x</c>, a module that returns its input, a list that
/// collects it. Every assignment unites its targets with the variables whose tensors its value may be (a name, a
/// module call's inputs, a ternary's branches, a list's items; an op always makes a new tensor), and each last read
/// carries the variables of its class still alive after the statement, which the run time compares by reference
/// before it frees anything (<c>TemporaryScope.Last</c>). The run time also frees only tensors this module's call made,
/// so inputs, parameters and anything the caller holds are safe whatever this analysis says.</para>
/// </remarks>
internal sealed class LastReads
{
    private static readonly IReadOnlyDictionary<BoundName, string[]> None = new Dictionary<BoundName, string[]>();

    private readonly Dictionary<BoundStmt, Dictionary<BoundName, string[]>> byStatement = new(ByReference<BoundStmt>.Instance);
    private readonly Dictionary<string, string> parent = new(StringComparer.Ordinal);
    private readonly HashSet<string> assigned = new(StringComparer.Ordinal);

    private LastReads()
    {
    }

    /// <summary>Analyses forward's body.</summary>
    public static LastReads Of(IReadOnlyList<BoundStmt> body)
    {
        var reads = new LastReads();
        reads.Unite(body);
        reads.Block(body, new HashSet<string>(StringComparer.Ordinal));
        return reads;
    }

    /// <summary>The reads (by reference) in <paramref name="statement"/> that are last reads, each with the variables that may hold the same tensor and are still alive after it.</summary>
    public IReadOnlyDictionary<BoundName, string[]> In(BoundStmt statement) =>
        byStatement.TryGetValue(statement, out var found) ? found : None;

    // ---- which variables may hold the same tensor ----------------------------------------------------------

    private void Unite(IEnumerable<BoundStmt> statements)
    {
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case BoundAssign assign:
                    foreach (var target in assign.Targets)
                    {
                        assigned.Add(target);
                        foreach (var source in Flows(assign.Value)) Union(target, source);
                    }
                    break;
                case BoundExprStmt { Value: BoundCall { Function: "append" } append }:
                    if (append.Arguments[0].Value is BoundName list && IsVariable(list))
                        foreach (var source in Flows(append.Arguments[1].Value!)) Union(list.Name, source);
                    break;
                case BoundFor loop:
                    Unite(loop.Body);
                    break;
                case BoundIf branch:
                    Unite(branch.Then);
                    Unite(branch.Else);
                    break;
            }
        }
    }

    /// <summary>The variables whose tensors <paramref name="expr"/>'s value may be (or contain).</summary>
    private static IEnumerable<string> Flows(BoundExpr expr)
    {
        switch (expr)
        {
            case BoundName name:
                return IsVariable(name) ? new[] { name.Name } : Array.Empty<string>();
            case BoundCall call when call.Function != "append" && call.Type.Kind != TypeKind.TensorList && call.Type.Kind != TypeKind.TensorTuple:
                return Array.Empty<string>(); // an op (or a number, a shape) is always a new tensor
            case BoundBinary binary when binary.Type.Kind == TypeKind.Tensor:
            case BoundUnary unary when unary.Type.Kind == TypeKind.Tensor:
            case BoundIndex index when index.Target.Type.Kind == TypeKind.Tensor:
                return Array.Empty<string>();
            case BoundTernary ternary:
                return Flows(ternary.WhenTrue).Concat(Flows(ternary.WhenFalse));
            case BoundModuleCall call:
                return call.Inputs.SelectMany(Flows);
            case BoundIndex index:
                return Flows(index.Target);
            default:
                return Variables(expr); // lists, comprehensions, whatever else: any variable inside
        }
    }

    private void Union(string a, string b)
    {
        var ra = Root(a);
        var rb = Root(b);
        if (ra != rb) parent[ra] = rb;
    }

    private string Root(string name)
    {
        while (parent.TryGetValue(name, out var up)) name = up;
        return name;
    }

    // ---- liveness -------------------------------------------------------------------------------------------

    /// <summary>The variables live before <paramref name="statements"/>, given those live after them.</summary>
    private HashSet<string> Block(IReadOnlyList<BoundStmt> statements, HashSet<string> liveAfter)
    {
        var live = liveAfter;
        for (var i = statements.Count - 1; i >= 0; i--) live = Statement(statements[i], live);
        return live;
    }

    private HashSet<string> Statement(BoundStmt statement, HashSet<string> liveAfter)
    {
        switch (statement)
        {
            case BoundAssign assign:
            {
                Record(assign, liveAfter);
                var live = new HashSet<string>(liveAfter, StringComparer.Ordinal);
                live.ExceptWith(assign.Targets);
                live.UnionWith(Variables(assign.Value));
                return live;
            }
            case BoundReturn ret:
                return new HashSet<string>(ret.Values.SelectMany(Variables), StringComparer.Ordinal);
            case BoundExprStmt expression:
                return new HashSet<string>(liveAfter.Concat(Variables(expression.Value)), StringComparer.Ordinal);
            case BoundShapeCheck check:
            {
                var live = new HashSet<string>(liveAfter, StringComparer.Ordinal) { check.Target };
                foreach (var dim in check.Dimensions)
                    if (dim.Expected is not null) live.UnionWith(Variables(dim.Expected));
                return live;
            }
            case BoundIf branch:
            {
                var live = Block(branch.Then, liveAfter);
                live.UnionWith(Block(branch.Else, liveAfter));
                live.UnionWith(Variables(branch.Condition));
                return live;
            }
            case BoundFor loop:
            {
                // Live at the loop's head: live after the loop, or read by the body before it writes.
                var head = new HashSet<string>(liveAfter, StringComparer.Ordinal);
                while (true)
                {
                    var next = new HashSet<string>(liveAfter, StringComparer.Ordinal);
                    next.UnionWith(Block(loop.Body, head));
                    if (next.SetEquals(head)) break;
                    head = next;
                }
                var live = new HashSet<string>(head, StringComparer.Ordinal);
                live.UnionWith(Variables(loop.Start));
                live.UnionWith(Variables(loop.Stop));
                return live;
            }
            default:
                return liveAfter;
        }
    }

    /// <summary>Notes the last reads of <paramref name="assign"/> (the last pass over a loop's body wins: it sees the fixed point).</summary>
    private void Record(BoundAssign assign, HashSet<string> liveAfter)
    {
        var found = new Dictionary<BoundName, string[]>(ByReference<BoundName>.Instance);
        var reads = new List<Read>();
        Collect(assign.Value, new List<BoundExpr>(), new List<(BoundTernary, int)>(), repeated: false, reads);
        foreach (var group in reads.GroupBy(r => r.Name.Name, StringComparer.Ordinal))
        {
            var name = group.Key;
            var all = group.ToList();
            if (all[0].Name.Type.Kind != TypeKind.Tensor || all.Any(r => r.Repeated)) continue;
            // An input never assigned holds the caller's tensor: there is nothing of this call's to free.
            if (all[0].Name.Kind == SymbolKind.Input && !assigned.Contains(name)) continue;
            if (liveAfter.Contains(name) && !assign.Targets.Contains(name)) continue;
            var root = Root(name);
            var alive = liveAfter
                .Where(other => other != name && !assign.Targets.Contains(other) && Root(other) == root)
                .OrderBy(other => other, StringComparer.Ordinal)
                .ToArray();
            foreach (var read in all.Where(r => IsLast(r, all)))
                if (all.Count(r => ReferenceEquals(r.Name, read.Name)) == 1) found[read.Name] = alive;
        }
        byStatement[assign] = found;
    }

    /// <summary>
    /// Whether <paramref name="read"/>'s consumer returns after every other read of the variable has been evaluated:
    /// the others are inside the consumer (its inputs are evaluated before it runs) or in the other branch of a ternary.
    /// </summary>
    private static bool IsLast(Read read, List<Read> all) =>
        read.Consumer is { } consumer && all.All(other =>
            ReferenceEquals(other.Name, read.Name) || other.Ancestors.Any(a => ReferenceEquals(a, consumer)) || Exclusive(read, other));

    private static bool Exclusive(Read a, Read b) =>
        a.Branches.Any(x => b.Branches.Any(y => ReferenceEquals(x.Ternary, y.Ternary) && x.Branch != 0 && y.Branch != 0 && x.Branch != y.Branch));

    /// <summary>One read of a variable in a statement.</summary>
    /// <param name="Consumer">The call or operator the value is an input of (null: a ternary's branch, a list's item, the whole value).</param>
    /// <param name="Branches">The ternaries it is inside, with 0 (condition), 1 (when true) or 2 (when false).</param>
    /// <param name="Repeated">Inside a comprehension's body, which runs once per item.</param>
    private sealed record Read(BoundName Name, BoundExpr? Consumer, BoundExpr[] Ancestors, (BoundTernary Ternary, int Branch)[] Branches, bool Repeated);

    private static void Collect(BoundExpr expr, List<BoundExpr> ancestors, List<(BoundTernary, int)> branches, bool repeated, List<Read> reads)
    {
        if (expr is BoundName name)
        {
            if (!IsVariable(name)) return;
            var parent = ancestors.Count > 0 ? ancestors[ancestors.Count - 1] : null;
            var consumer = parent is BoundCall or BoundModuleCall or BoundBinary or BoundUnary or BoundIndex ? parent : null;
            reads.Add(new Read(name, consumer, ancestors.ToArray(), branches.ToArray(), repeated));
            return;
        }
        ancestors.Add(expr);
        switch (expr)
        {
            case BoundTernary ternary:
                Branch(ternary.Condition, 0);
                Branch(ternary.WhenTrue, 1);
                Branch(ternary.WhenFalse, 2);
                break;
            case BoundComprehension comprehension:
                Collect(comprehension.Start, ancestors, branches, repeated, reads);
                Collect(comprehension.Stop, ancestors, branches, repeated, reads);
                Collect(comprehension.Body, ancestors, branches, true, reads);
                break;
            default:
                foreach (var child in BoundWalker.Children(expr)) Collect(child, ancestors, branches, repeated, reads);
                break;
        }
        ancestors.RemoveAt(ancestors.Count - 1);

        void Branch(BoundExpr part, int branch)
        {
            branches.Add(((BoundTernary)expr, branch));
            Collect(part, ancestors, branches, repeated, reads);
            branches.RemoveAt(branches.Count - 1);
        }
    }

    private static IEnumerable<string> Variables(BoundExpr expr) =>
        BoundWalker.DescendantsAndSelf(expr).OfType<BoundName>().Where(IsVariable).Select(n => n.Name);

    private static bool IsVariable(BoundName name) => name.Kind is SymbolKind.Local or SymbolKind.Input;

    /// <summary>Bound nodes are records (equal by value); two equal statements or reads at two places are two here.</summary>
    private sealed class ByReference<T> : IEqualityComparer<T> where T : class
    {
        public static readonly ByReference<T> Instance = new();

        public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

        public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
