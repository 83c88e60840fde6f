using System;
using System.Collections.Generic;
using System.Linq;
using Zoo.Generator.Model;
using Zoo.Generator.Semantics;
using Zoo.Generator.Semantics.Ops;

namespace Zoo.Generator.Emit;

/// <summary>
/// Writes a bound expression as C#. Every compound expression is parenthesised, so any result can stand anywhere
/// (as a call's receiver, inside another operator) without precedence surprises; every type is fully qualified
/// (global::), so no name in a spec can capture it.
/// </summary>
internal static class ExpressionEmitter
{
    private const string TensorList = "global::System.Collections.Generic.List<" + OpCatalog.TensorClr + ">";

    public static string Emit(BoundExpr expr)
    {
        switch (expr)
        {
            case BoundInt i: return CSharp.Long(i.Value);
            case BoundFloat f: return CSharp.Double(f.Value);
            case BoundBool b: return CSharp.Bool(b.Value);
            case BoundString s: return CSharp.String(s.Value);
            case BoundNull: return "null";
            case BoundEnumValue e: return e.EnumType.Clr + "." + NameRules.Pascal(e.Value);
            case BoundName n: return Name(n);
            case BoundUnary u: return "(" + u.Operator + Emit(u.Operand) + ")";
            case BoundBinary b: return Binary(b);
            case BoundTernary t: return Ternary(t);
            case BoundCall c: return Call(c);
            case BoundNewSpec n: return "new " + n.Clr + "(" + NamedArguments(n.Arguments) + ")";
            case BoundBlockReference r: return r.Clr + ".Block(" + NamedArguments(r.Arguments) + ")";
            case BoundCreateBlock c:
                return Emit(c.Factory) + (c.Factory.Type.IsNullable ? "?" : "") + ".Create(" + BlockArguments(c.Arguments) + ")";
            case BoundBlockConstant k: return Emit(k.Factory) + ".IntConstant(" + CSharp.String(k.Constant) + ")";
            case BoundModuleCall m: return Emit(m.Module) + ".call(" + string.Join(", ", m.Inputs.Select(Emit)) + ")";
            case BoundList l: return List(l);
            case BoundComprehension c:
                return "global::Zoo.SpecList.Build<" + ElementClr(c.Type) + ">(" + Emit(c.Start) + ", " + Emit(c.Stop) + ", " + CSharp.Name(c.Variable) + " => " + Emit(c.Body) + ")";
            case BoundIndex ix: return Index(ix);
            case BoundTensorPath p: return "global::Zoo.ModuleTensors.Parameter(this, " + CSharp.String(p.Path) + ")";
            default: throw new InvalidOperationException("unknown bound expression " + expr.GetType().Name);
        }
    }

    /// <summary>How a member or local is written: members through this., constants through their class.</summary>
    public static string Name(BoundName n) => n.Kind switch
    {
        SymbolKind.Hyperparameter or SymbolKind.Let or SymbolKind.Parameter or SymbolKind.Buffer or SymbolKind.Child => "this." + CSharp.Name(n.Name),
        SymbolKind.Constant => n.Owner + "." + CSharp.Name(n.Name),
        _ => CSharp.Name(n.Name),
    };

    private static string Binary(BoundBinary b)
    {
        var l = b.Left;
        var r = b.Right;
        var left = Emit(l);
        var right = Emit(r);
        var tensor = l.Type.Kind == TypeKind.Tensor || r.Type.Kind == TypeKind.Tensor;
        if (tensor)
        {
            switch (b.Operator)
            {
                case "**": return "(" + left + ").pow(" + right + ")";
                case "@": return "(" + left + ").matmul(" + right + ")";
                case "==": return l.Type.Kind == TypeKind.Tensor ? "(" + left + ").eq(" + right + ")" : "(" + right + ").eq(" + left + ")";
                case "!=": return l.Type.Kind == TypeKind.Tensor ? "(" + left + ").ne(" + right + ")" : "(" + right + ").ne(" + left + ")";
                default: return "(" + left + " " + b.Operator + " " + right + ")";
            }
        }
        var ints = l.Type.Kind == TypeKind.Int && r.Type.Kind == TypeKind.Int;
        switch (b.Operator)
        {
            case "+" when l.Type.Kind is TypeKind.IntList or TypeKind.FloatList:
                return "global::Zoo.SpecList.Concat(" + left + ", " + right + ")";
            case "+" when l.Type.Kind == TypeKind.TensorList:
                return "new " + TensorList + "(global::Zoo.SpecList.Concat<" + OpCatalog.TensorClr + ">(" + left + ", " + right + "))";
            case "/": return "((double)" + left + " / " + right + ")";
            case "//": return "global::Zoo.SpecMath.FloorDiv(" + left + ", " + (ints ? right : "(double)" + right) + ")";
            case "%": return "global::Zoo.SpecMath.Mod(" + left + ", " + (ints ? right : "(double)" + right) + ")";
            case "**": return b.Type.Kind == TypeKind.Int ? "global::Zoo.SpecMath.Pow(" + left + ", " + right + ")" : "global::System.Math.Pow(" + left + ", " + right + ")";
            default: return "(" + left + " " + b.Operator + " " + right + ")";
        }
    }

    private static string Ternary(BoundTernary t)
    {
        var type = t.Type;
        string Branch(BoundExpr e)
        {
            var text = Emit(e);
            // Two different module classes have no common C# type: cast to the one the spec's type system joined to.
            if (type.Kind == TypeKind.Module && e.Type.Kind == TypeKind.Module && e.Type.Clr != type.Clr)
                return "(" + TypeMapper.Clr(type) + ")" + text;
            if (type.Kind == TypeKind.Module && e.Type.Kind == TypeKind.Module && type.IsNullable && !e.Type.IsNullable)
                return "(" + TypeMapper.Clr(type) + ")" + text;
            return text;
        }
        return "(" + Emit(t.Condition) + " ? " + Branch(t.WhenTrue) + " : " + Branch(t.WhenFalse) + ")";
    }

    private static string NamedArguments(IEnumerable<BoundNamedArgument> arguments) =>
        string.Join(", ", arguments.Select(a => CSharp.Name(a.Name) + ": " + Emit(a.Value)));

    /// <summary><c>global::Zoo.BlockArguments.Empty.With("channels", x)...</c>.</summary>
    public static string BlockArguments(IEnumerable<BoundNamedArgument> arguments)
    {
        var text = "global::Zoo.BlockArguments.Empty";
        // A null literal adds nothing (With skips null values anyway), and a bare null has no C# overload to pick.
        foreach (var argument in arguments.Where(a => a.Value is not BoundNull))
            text += (argument.Value.Type.Kind == TypeKind.Enum ? ".WithEnum(" : ".With(") + CSharp.String(argument.Name) + ", " + Emit(argument.Value) + ")";
        return text;
    }

    private static string List(BoundList l) => l.Type.Kind switch
    {
        TypeKind.IntList => "new long[] { " + string.Join(", ", l.Items.Select(Emit)) + " }",
        TypeKind.FloatList => "new double[] { " + string.Join(", ", l.Items.Select(i => i.Type.Kind == TypeKind.Int && i is BoundInt n ? CSharp.Double(n.Value) : Emit(i))) + " }",
        TypeKind.TensorList => l.Items.Count == 0 ? "new " + TensorList + "()" : "new " + TensorList + " { " + string.Join(", ", l.Items.Select(Emit)) + " }",
        TypeKind.ModuleList => Modules(l.Items, l.Type.Clr),
        _ => throw new InvalidOperationException("list of " + l.Type.Display),
    };

    /// <summary>Modules and lists of modules, spliced into one array of <paramref name="elementClr"/>.</summary>
    public static string Modules(IReadOnlyList<BoundExpr> items, string elementClr)
    {
        if (items.All(i => i.Type.Kind == TypeKind.Module))
            return "new " + elementClr + "[] { " + string.Join(", ", items.Select(Emit)) + " }";
        if (items.Count == 1) return Emit(items[0]);
        var parts = items.Select(i => i.Type.Kind == TypeKind.Module ? "new " + elementClr + "[] { " + Emit(i) + " }" : Emit(i));
        return "global::Zoo.SpecList.Concat<" + elementClr + ">(" + string.Join(", ", parts) + ")";
    }

    private static string ElementClr(SpecType listType) => listType.Kind switch
    {
        TypeKind.IntList => "long",
        TypeKind.FloatList => "double",
        TypeKind.TensorList => OpCatalog.TensorClr,
        _ => listType.Clr,
    };

    private static string Index(BoundIndex ix)
    {
        var target = Emit(ix.Target);
        var kind = ix.Target.Type.Kind;
        if (kind == TypeKind.Tensor)
            return "(" + target + ")[" + string.Join(", ", ix.Items.Select(TensorIndex)) + "]";
        var item = ix.Items[0];
        switch (kind)
        {
            case TypeKind.TensorTuple:
                return target + ".Item" + (((BoundInt)item.Value!).Value + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            case TypeKind.ModuleList:
                return target + "[(int)" + Emit(item.Value!) + "]";
            default:
                if (item.Kind == IndexItemKind.Slice)
                    return "global::Zoo.SpecList.Slice(" + target + ", " + OptionalLong(item.Start) + ", " + OptionalLong(item.Stop) + ")";
                return "global::Zoo.SpecList.At(" + target + ", " + Emit(item.Value!) + ")";
        }
    }

    private static string OptionalLong(BoundExpr? value) => value is null ? "(long?)null" : Emit(value);

    private static string TensorIndex(BoundIndexItem item) => item.Kind switch
    {
        IndexItemKind.Single => Emit(item.Value!),
        IndexItemKind.Ellipsis => "global::Zoo.Torch.TensorIndex.Ellipsis",
        IndexItemKind.NewAxis => "global::Zoo.Torch.TensorIndex.None",
        _ when item.Start is null && item.Stop is null && item.Step is null => "global::Zoo.Torch.TensorIndex.Colon",
        _ => "global::Zoo.Torch.TensorIndex.Slice(" + OptionalLong(item.Start) + ", " + OptionalLong(item.Stop) + ", " + OptionalLong(item.Step) + ")",
    };

    // ---- ops and layers --------------------------------------------------------------------------------------

    private static string Call(BoundCall call)
    {
        if (call.Function == "append")
            return Emit(call.Arguments[0].Value!) + ".Add(" + Emit(call.Arguments[1].Value!) + ")";
        var op = OpCatalog.Find(call.Function) ?? throw new InvalidOperationException("unknown op " + call.Function);
        if (op.Name is "Sequential" or "ModuleList") return Container(op, call);

        // One [height, width] size makes the call use the binding's tuple overload: every pair-sized argument then a tuple.
        var pairs = call.Arguments.Any(a => a.Value is not null && a.Value.Type.Kind == TypeKind.IntList
            && op.Parameters.First(p => p.Name == a.Name).Kind is ParameterKind.IntPair or ParameterKind.OptionalIntPair);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var argument in call.Arguments)
        {
            if (argument.Value is null) continue;
            var parameter = op.Parameters.First(p => p.Name == argument.Name);
            values[argument.Name] = parameter.Kind is ParameterKind.IntPair or ParameterKind.OptionalIntPair
                ? Pair(argument.Value, pairs)
                : Argument(parameter, argument.Value);
        }
        var template = CallTemplate.Choose(op, values.Keys.ToList()) ?? throw new InvalidOperationException("no template of " + op.Name + " fits");
        var head = Fill(template.Head, values);
        if (!template.IsCall) return head;
        var items = template.Items
            .Where(i => !i.Optional || i.Placeholders.All(values.ContainsKey))
            .Select(i => Fill(i.Text, values));
        return head + "(" + string.Join(", ", items) + ")";
    }

    /// <summary>Replaces each {placeholder} in one pass (an argument's own text is never scanned for placeholders).</summary>
    private static string Fill(string template, Dictionary<string, string> values)
    {
        var builder = new System.Text.StringBuilder();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }
            builder.Append(template, i, open - i);
            var key = template.Substring(open + 1, close - open - 1);
            builder.Append(values.TryGetValue(key, out var value) ? value : template.Substring(open, close - open + 1));
            i = close + 1;
        }
        return builder.ToString();
    }

    private static string Container(OpDefinition op, BoundCall call)
    {
        var modules = (BoundList)call.Arguments[0].Value!;
        if (op.Name == "Sequential")
            return OpCatalog.Nn + ".Sequential(" + Modules(modules.Items, OpCatalog.ModuleClr) + ")";
        var element = call.Type.Clr;
        return OpCatalog.Nn + ".ModuleList<" + element + ">(" + Modules(modules.Items, element) + ")";
    }

    /// <summary>A size as an int, or as a (height, width) tuple when the call uses the tuple overload.</summary>
    private static string Pair(BoundExpr value, bool pairs)
    {
        if (!pairs || value.Type.Kind == TypeKind.Null) return Emit(value);
        if (value is BoundList { Items.Count: 2 } list) return "(" + Emit(list.Items[0]) + ", " + Emit(list.Items[1]) + ")";
        if (value.Type.Kind == TypeKind.IntList) return "global::Zoo.SpecList.Pair(" + Emit(value) + ")";
        var single = Emit(value);
        return "(" + single + ", " + single + ")";
    }

    /// <summary>An op's argument as the binding's parameter wants it (a long[] for dims, a Scalar, an enum member ...).</summary>
    private static string Argument(OpParameter parameter, BoundExpr value)
    {
        var kind = value.Type.Kind;
        switch (parameter.Kind)
        {
            case ParameterKind.TensorList:
                return value is BoundList list ? "new " + OpCatalog.TensorClr + "[] { " + string.Join(", ", list.Items.Select(Emit)) + " }" : Emit(value);
            case ParameterKind.Ints:
            case ParameterKind.OptionalInts:
                if (kind == TypeKind.Int) return "new long[] { " + Emit(value) + " }";
                return Emit(value);
            case ParameterKind.OptionalFloats:
                if (kind is TypeKind.Int or TypeKind.Float) return "new double[] { " + Emit(value) + " }";
                if (value is BoundList ints && kind == TypeKind.IntList) return "new double[] { " + string.Join(", ", ints.Items.Select(Emit)) + " }";
                if (kind == TypeKind.IntList) return "global::System.Array.ConvertAll(" + Emit(value) + ", v => (double)v)";
                return Emit(value);
            case ParameterKind.IntVarargs:
            case ParameterKind.TensorVarargs:
            case ParameterKind.NumberVarargs:
                return value is BoundList items ? string.Join(", ", items.Items.Select(Emit)) : Emit(value);
            case ParameterKind.Choice:
                return parameter.Choices![((BoundString)value).Value];
            default:
                return Emit(value);
        }
    }
}
