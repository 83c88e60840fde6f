using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Zoo.Generator.Model;
using Zoo.Generator.Semantics;
using Zoo.Generator.Semantics.Ops;

namespace Zoo.Generator.Emit;

/// <summary>Writes forward's (and init's) bound statements, including the run-time shape checks.</summary>
/// <remarks>
/// In forward, a statement that computes a tensor runs in a dispose scope of its own that keeps only the assigned
/// tensor, and frees every input as soon as the call consuming it returns: in <c>x = relu(bn(conv(x)))</c> the old
/// <c>x</c> once the convolution has run (when it was its last read, see <see cref="LastReads"/>), the convolution's
/// output once the batch norm has — as PyTorch's reference counting does, instead of when forward returns. Autograd
/// keeps what backward needs through its own references. <c>Temporaries()</c> (Module) frees nothing while a module of
/// the subtree has hooks, which may keep a tensor made inside the statement.
/// </remarks>
internal sealed class StatementEmitter
{
    private const string TensorList = "global::System.Collections.Generic.List<" + OpCatalog.TensorClr + ">";

    private readonly IndentedWriter writer;
    private readonly string module;
    private readonly LastReads? lastReads;
    private int temporaries;

    /// <param name="lastReads">For forward (its analysis): tensor statements free their inputs (see the remarks).</param>
    public StatementEmitter(IndentedWriter writer, string module, LastReads? lastReads = null)
    {
        this.writer = writer;
        this.module = module;
        this.lastReads = lastReads;
    }

    public void Emit(IEnumerable<BoundStmt> statements)
    {
        foreach (var statement in statements) Emit(statement);
    }

    /// <summary>One tensor computed (not a name copied): the statements worth a scope of their own.</summary>
    private static bool Scopes(BoundAssign assign) =>
        assign.Targets.Count == 1 && assign.Value.Type.Kind == TypeKind.Tensor && assign.Value is not BoundName;

    private void Emit(BoundStmt statement)
    {
        switch (statement)
        {
            case BoundAssign assign:
                Assign(assign);
                break;
            case BoundReturn ret:
                writer.Line(ret.Values.Count == 1
                    ? "return " + ExpressionEmitter.Emit(ret.Values[0]) + ";"
                    : "return (" + string.Join(", ", ret.Values.Select(ExpressionEmitter.Emit)) + ");");
                break;
            case BoundExprStmt expression:
                writer.Line(ExpressionEmitter.Emit(expression.Value) + ";");
                break;
            case BoundFor loop:
            {
                var variable = CSharp.Name(loop.Variable);
                using (writer.Block($"for (long {variable} = {ExpressionEmitter.Emit(loop.Start)}; {variable} < {ExpressionEmitter.Emit(loop.Stop)}; {variable}++)"))
                    Emit(loop.Body);
                break;
            }
            case BoundIf branch:
            {
                using (writer.Block("if (" + ExpressionEmitter.Emit(branch.Condition) + ")"))
                    Emit(branch.Then);
                if (branch.Else.Count > 0)
                    using (writer.Block("else"))
                        Emit(branch.Else);
                break;
            }
            case BoundShapeCheck check:
                ShapeCheck(check);
                break;
        }
    }

    private void Assign(BoundAssign assign)
    {
        var value = assign.Value;
        if (lastReads is not null && Scopes(assign))
        {
            var target = CSharp.Name(assign.Targets[0]);
            var scope = "__t" + (temporaries++).ToString(CultureInfo.InvariantCulture);
            if (assign.Declares[0]) writer.Line(OpCatalog.TensorClr + "? " + target + ";");
            var text = ExpressionEmitter.EmitFreeing(value, scope, lastReads.In(assign));
            writer.Line($"using (var {scope} = this.Temporaries()) {target} = {scope}.Keep({text});");
            return;
        }
        if (assign.Targets.Count == 1)
        {
            var text = ExpressionEmitter.Emit(value);
            // Tensor lists in forward are List<Tensor>, so that append works whatever produced them.
            if (value.Type.Kind == TypeKind.TensorList && value is not BoundList) text = "new " + TensorList + "(" + text + ")";
            writer.Line((assign.Declares[0] ? "var " : "") + CSharp.Name(assign.Targets[0]) + " = " + text + ";");
            return;
        }
        var temporary = "__values" + (temporaries++).ToString(CultureInfo.InvariantCulture);
        writer.Line("var " + temporary + " = " + ExpressionEmitter.Emit(value) + ";");
        for (var i = 0; i < assign.Targets.Count; i++)
        {
            var item = value.Type.Kind == TypeKind.TensorTuple
                ? temporary + ".Item" + (i + 1).ToString(CultureInfo.InvariantCulture)
                : temporary + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            writer.Line((assign.Declares[i] ? "var " : "") + CSharp.Name(assign.Targets[i]) + " = " + item + ";");
        }
    }

    /// <summary>
    /// The rank first (so that indexing is safe), then the new symbols (B = shape[0] ...), then the sizes that must
    /// match; each failure throws a ShapeMismatchException with the module, the tensor and both shapes.
    /// </summary>
    private void ShapeCheck(BoundShapeCheck check)
    {
        var shape = "__shape" + (temporaries++).ToString(CultureInfo.InvariantCulture);
        writer.Line($"var {shape} = {CSharp.Name(check.Target)}.shape;");
        var dims = check.Dimensions;
        var bindsHere = new HashSet<string>(dims.Where(d => d.Kind == DimensionKind.Bind).Select(d => d.Symbol));

        // The expected shape as text: symbols by name, other sizes as {k} filled in with their run-time values.
        var parts = new List<string>();
        var values = new List<string>();
        foreach (var dim in dims)
        {
            if (dim.Kind != DimensionKind.Equal) parts.Add(dim.Display);
            else if (dim.Expected is BoundInt literal) parts.Add(literal.Value.ToString(CultureInfo.InvariantCulture));
            else if (dim.Expected is BoundName { Kind: SymbolKind.ShapeSymbol } symbol && bindsHere.Contains(symbol.Name)) parts.Add(symbol.Name);
            else
            {
                parts.Add("{" + values.Count.ToString(CultureInfo.InvariantCulture) + "}");
                values.Add(ExpressionEmitter.Emit(dim.Expected!));
            }
        }
        if (check.EllipsisIndex >= 0) parts.Insert(check.EllipsisIndex, "...");
        var template = "[" + string.Join(", ", parts) + "]";
        var fail = $"throw global::Zoo.ShapeCheck.Mismatch({CSharp.String(module)}, {CSharp.String(check.What)}, {CSharp.String(template)}, {shape}"
                   + string.Concat(values.Select(v => ", " + v)) + ");";

        var count = dims.Count.ToString(CultureInfo.InvariantCulture);
        var rankTest = check.EllipsisIndex >= 0 ? $"{shape}.Length < {count}" : $"{shape}.Length != {count}";
        writer.Line($"if ({rankTest}) {fail}");

        string At(int i)
        {
            if (check.EllipsisIndex >= 0 && i >= check.EllipsisIndex)
                return $"{shape}[{shape}.Length - {(dims.Count - i).ToString(CultureInfo.InvariantCulture)}]";
            return $"{shape}[{i.ToString(CultureInfo.InvariantCulture)}]";
        }

        for (var i = 0; i < dims.Count; i++)
            if (dims[i].Kind == DimensionKind.Bind) writer.Line($"var {CSharp.Name(dims[i].Symbol)} = {At(i)};");
        var tests = new List<string>();
        for (var i = 0; i < dims.Count; i++)
            if (dims[i].Kind == DimensionKind.Equal) tests.Add($"{At(i)} != {ExpressionEmitter.Emit(dims[i].Expected!)}");
        if (tests.Count > 0) writer.Line($"if ({string.Join(" || ", tests)}) {fail}");
    }
}
