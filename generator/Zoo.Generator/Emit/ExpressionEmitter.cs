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
internal sealed class ExpressionEmitter
{
    private const string TensorList = "global::System.Collections.Generic.List<" + OpCatalog.TensorClr + ">";

    private static readonly ExpressionEmitter Plain = new(null, null);

    private readonly string? scope;
    private readonly IReadOnlyDictionary<BoundName, string[]>? lastReads;
    private int repeated;

    private ExpressionEmitter(string? scope, IReadOnlyDictionary<BoundName, string[]>? lastReads)
    {
        this.scope = scope;
        this.lastReads = lastReads;
    }

    public static string Emit(BoundExpr expr) => Plain.Write(expr);

    /// <summary>
    /// A forward statement's value, computed in the <see cref="Zoo.Torch.TemporaryScope"/> named <paramref name="scope"/>
    /// so that every input is freed once the call consuming it returns: a nested call's result is marked
    /// <c>scope.Arg(..)</c>, a variable's last read (<paramref name="lastReads"/>, see <see cref="LastReads"/>)
    /// <c>scope.Last(.., variables that may hold the same tensor)</c>, and a call with marked inputs becomes
    /// <c>scope.Free(call, marked inputs)</c>. The statement's outermost calls are not wrapped: the scope frees their
    /// inputs when the statement ends (temporaries) or in <c>Keep</c> (last reads).
    /// </summary>
    public static string EmitFreeing(BoundExpr expr, string scope, IReadOnlyDictionary<BoundName, string[]> lastReads) =>
        new ExpressionEmitter(scope, lastReads).Write(expr, top: true);

    public static string BlockArguments(IEnumerable<BoundNamedArgument> arguments) => Plain.WriteBlockArguments(arguments);

    public static string Modules(IReadOnlyList<BoundExpr> items, string elementClr) => Plain.WriteModules(items, elementClr);

    // ---- freeing inputs once their consumer returns ----------------------------------------------------------

    private bool Frees => scope is not null && repeated == 0;

    /// <summary>Writes one input of a consumer (a call, an operator), marked for freeing when it is one; counts the marks.</summary>
    private string Input(BoundExpr input, bool top, ref int marked)
    {
        if (!Frees || input.Type.Kind != TypeKind.Tensor) return Write(input);
        if (input is BoundName name)
        {
            if (!lastReads!.TryGetValue(name, out var alive)) return Write(input);
            marked++;
            return scope + ".Last(" + string.Join(", ", new[] { Name(name) }.Concat(alive.Select(CSharp.Name))) + ")";
        }
        if (top || input is BoundTensorPath) return Write(input);
        marked++;
        return scope + ".Arg(" + Write(input) + ")";
    }

    /// <summary>A nested consumer with marked inputs frees them as soon as it returns.</summary>
    private string Consumer(string call, bool top, int marked) =>
        top || marked == 0 ? call : scope + ".Free(" + call + ", " + marked.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";

    private string Write(BoundExpr expr, bool top = false)
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
            case BoundUnary u: return Unary(u, top);
            case BoundBinary b: return Binary(b, top);
            case BoundTernary t: return Ternary(t, top);
            case BoundCall c: return Call(c, top);
            case BoundNewSpec n: return "new " + n.Clr + "(" + NamedArguments(n.Arguments) + ")";
            case BoundBlockReference r: return r.Clr + ".Block(" + NamedArguments(r.Arguments) + ")";
            case BoundCreateBlock c:
                return Write(c.Factory) + (c.Factory.Type.IsNullable ? "?" : "") + ".Create(" + WriteBlockArguments(c.Arguments) + ")";
            case BoundBlockConstant k: return Write(k.Factory) + ".IntConstant(" + CSharp.String(k.Constant) + ")";
            case BoundModuleCall m: return ModuleCall(m, top);
            case BoundList l: return List(l);
            case BoundComprehension c: return Comprehension(c);
            case BoundIndex ix: return Index(ix, top);
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

    private string Unary(BoundUnary u, bool top)
    {
        if (u.Type.Kind != TypeKind.Tensor) return "(" + u.Operator + Write(u.Operand) + ")";
        var marked = 0;
        var operand = Input(u.Operand, top, ref marked);
        return Consumer("(" + u.Operator + operand + ")", top, marked);
    }

    private string ModuleCall(BoundModuleCall m, bool top)
    {
        var marked = 0;
        var module = Write(m.Module);
        var inputs = new List<string>();
        foreach (var input in m.Inputs) inputs.Add(Input(input, top, ref marked));
        return Consumer(module + ".call(" + string.Join(", ", inputs) + ")", top, marked);
    }

    private string Comprehension(BoundComprehension c)
    {
        var head = "global::Zoo.SpecList.Build<" + ElementClr(c.Type) + ">(" + Write(c.Start) + ", " + Write(c.Stop) + ", " + CSharp.Name(c.Variable) + " => ";
        repeated++; // the body runs once per item: nothing in it is freed by mark
        var body = Write(c.Body);
        repeated--;
        return head + body + ")";
    }

    private string Binary(BoundBinary b, bool top)
    {
        var l = b.Left;
        var r = b.Right;
        var tensor = l.Type.Kind == TypeKind.Tensor || r.Type.Kind == TypeKind.Tensor;
        if (tensor && b.Type.Kind == TypeKind.Tensor)
        {
            var marked = 0;
            var leftInput = Input(l, top, ref marked);
            var rightInput = Input(r, top, ref marked);
            var text = b.Operator switch
            {
                "**" => "(" + leftInput + ").pow(" + rightInput + ")",
                "@" => "(" + leftInput + ").matmul(" + rightInput + ")",
                "==" => l.Type.Kind == TypeKind.Tensor ? "(" + leftInput + ").eq(" + rightInput + ")" : "(" + rightInput + ").eq(" + leftInput + ")",
                "!=" => l.Type.Kind == TypeKind.Tensor ? "(" + leftInput + ").ne(" + rightInput + ")" : "(" + rightInput + ").ne(" + leftInput + ")",
                _ => "(" + leftInput + " " + b.Operator + " " + rightInput + ")",
            };
            return Consumer(text, top, marked);
        }
        var left = Write(l);
        var right = Write(r);
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

    private string Ternary(BoundTernary t, bool top)
    {
        var type = t.Type;
        string Branch(BoundExpr e)
        {
            var text = Write(e, top);
            // Two different module classes have no common C# type: cast to the one the spec's type system joined to.
            if (type.Kind == TypeKind.Module && e.Type.Kind == TypeKind.Module && e.Type.Clr != type.Clr)
                return "(" + TypeMapper.Clr(type) + ")" + text;
            if (type.Kind == TypeKind.Module && e.Type.Kind == TypeKind.Module && type.IsNullable && !e.Type.IsNullable)
                return "(" + TypeMapper.Clr(type) + ")" + text;
            return text;
        }
        return "(" + Write(t.Condition) + " ? " + Branch(t.WhenTrue) + " : " + Branch(t.WhenFalse) + ")";
    }

    private string NamedArguments(IEnumerable<BoundNamedArgument> arguments) =>
        string.Join(", ", arguments.Select(a => CSharp.Name(a.Name) + ": " + Write(a.Value)));

    /// <summary><c>global::Zoo.BlockArguments.Empty.With("channels", x)...</c>.</summary>
    public string WriteBlockArguments(IEnumerable<BoundNamedArgument> arguments)
    {
        var text = "global::Zoo.BlockArguments.Empty";
        // A null literal adds nothing (With skips null values anyway), and a bare null has no C# overload to pick.
        foreach (var argument in arguments.Where(a => a.Value is not BoundNull))
            text += (argument.Value.Type.Kind == TypeKind.Enum ? ".WithEnum(" : ".With(") + CSharp.String(argument.Name) + ", " + Write(argument.Value) + ")";
        return text;
    }

    private string List(BoundList l) => l.Type.Kind switch
    {
        TypeKind.IntList => "new long[] { " + string.Join(", ", l.Items.Select(e => Write(e))) + " }",
        TypeKind.FloatList => "new double[] { " + string.Join(", ", l.Items.Select(i => i.Type.Kind == TypeKind.Int && i is BoundInt n ? CSharp.Double(n.Value) : Write(i))) + " }",
        TypeKind.TensorList => l.Items.Count == 0 ? "new " + TensorList + "()" : "new " + TensorList + " { " + string.Join(", ", l.Items.Select(e => Write(e))) + " }",
        TypeKind.ModuleList => WriteModules(l.Items, l.Type.Clr),
        _ => throw new InvalidOperationException("list of " + l.Type.Display),
    };

    /// <summary>Modules and lists of modules, spliced into one array of <paramref name="elementClr"/>.</summary>
    public string WriteModules(IReadOnlyList<BoundExpr> items, string elementClr)
    {
        if (items.All(i => i.Type.Kind == TypeKind.Module))
            return "new " + elementClr + "[] { " + string.Join(", ", items.Select(e => Write(e))) + " }";
        if (items.Count == 1) return Write(items[0]);
        var parts = items.Select(i => i.Type.Kind == TypeKind.Module ? "new " + elementClr + "[] { " + Write(i) + " }" : Write(i));
        return "global::Zoo.SpecList.Concat<" + elementClr + ">(" + string.Join(", ", parts) + ")";
    }

    private string ElementClr(SpecType listType) => listType.Kind switch
    {
        TypeKind.IntList => "long",
        TypeKind.FloatList => "double",
        TypeKind.TensorList => OpCatalog.TensorClr,
        _ => listType.Clr,
    };

    private string Index(BoundIndex ix, bool top)
    {
        var kind = ix.Target.Type.Kind;
        if (kind == TypeKind.Tensor)
        {
            var marked = 0;
            var input = Input(ix.Target, top, ref marked);
            return Consumer("(" + input + ")[" + string.Join(", ", ix.Items.Select(TensorIndex)) + "]", top, marked);
        }
        var target = Write(ix.Target);
        var item = ix.Items[0];
        switch (kind)
        {
            case TypeKind.TensorTuple:
                return target + ".Item" + (((BoundInt)item.Value!).Value + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            case TypeKind.ModuleList:
                return target + "[(int)" + Write(item.Value!) + "]";
            default:
                if (item.Kind == IndexItemKind.Slice)
                    return "global::Zoo.SpecList.Slice(" + target + ", " + OptionalLong(item.Start) + ", " + OptionalLong(item.Stop) + ")";
                return "global::Zoo.SpecList.At(" + target + ", " + Write(item.Value!) + ")";
        }
    }

    private string OptionalLong(BoundExpr? value) => value is null ? "(long?)null" : Write(value);

    private string TensorIndex(BoundIndexItem item) => item.Kind switch
    {
        IndexItemKind.Single => Write(item.Value!),
        IndexItemKind.Ellipsis => "global::Zoo.Torch.TensorIndex.Ellipsis",
        IndexItemKind.NewAxis => "global::Zoo.Torch.TensorIndex.None",
        _ when item.Start is null && item.Stop is null && item.Step is null => "global::Zoo.Torch.TensorIndex.Colon",
        _ => "global::Zoo.Torch.TensorIndex.Slice(" + OptionalLong(item.Start) + ", " + OptionalLong(item.Stop) + ", " + OptionalLong(item.Step) + ")",
    };

    // ---- ops and layers --------------------------------------------------------------------------------------

    private string Call(BoundCall call, bool top)
    {
        if (call.Function == "append")
            return Write(call.Arguments[0].Value!) + ".Add(" + Write(call.Arguments[1].Value!) + ")";
        var op = OpCatalog.Find(call.Function) ?? throw new InvalidOperationException("unknown op " + call.Function);
        if (op.Name is "Sequential" or "ModuleList") return Container(op, call);

        // One [height, width] size makes the call use the binding's tuple overload: every pair-sized argument then a tuple.
        var pairs = call.Arguments.Any(a => a.Value is not null && a.Value.Type.Kind == TypeKind.IntList
            && op.Parameters.First(p => p.Name == a.Name).Kind is ParameterKind.IntPair or ParameterKind.OptionalIntPair);
        var given = call.Arguments.Where(a => a.Value is not null).Select(a => a.Name).ToList();
        var template = CallTemplate.Choose(op, given) ?? throw new InvalidOperationException("no template of " + op.Name + " fits");
        var used = template.IsCall
            ? template.Items.Where(i => !i.Optional || i.Placeholders.All(given.Contains)).ToList()
            : new List<TemplateItem>();
        // An input is freed by mark only where the template writes it once (a template may read {like} twice) and the
        // op makes a tensor (not a shape).
        var placeholders = OpDefinition.PlaceholdersOf(template.Head).Concat(used.SelectMany(i => i.Placeholders)).ToList();
        var consumes = call.Type.Kind == TypeKind.Tensor;
        var marked = 0;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var argument in call.Arguments)
        {
            if (argument.Value is null) continue;
            var parameter = op.Parameters.First(p => p.Name == argument.Name);
            if (consumes && parameter.Kind == ParameterKind.Tensor && placeholders.Count(p => p == argument.Name) == 1)
                values[argument.Name] = Input(argument.Value, top, ref marked);
            else
                values[argument.Name] = parameter.Kind is ParameterKind.IntPair or ParameterKind.OptionalIntPair
                    ? Pair(argument.Value, pairs)
                    : Argument(parameter, argument.Value);
        }
        var head = Fill(template.Head, values);
        if (!template.IsCall) return Consumer(head, top, marked);
        var items = used.Select(i => Fill(i.Text, values));
        return Consumer(head + "(" + string.Join(", ", items) + ")", top, marked);
    }

    /// <summary>Replaces each {placeholder} in one pass (an argument's own text is never scanned for placeholders).</summary>
    private string Fill(string template, Dictionary<string, string> values)
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

    private string Container(OpDefinition op, BoundCall call)
    {
        var modules = (BoundList)call.Arguments[0].Value!;
        if (op.Name == "Sequential")
            return OpCatalog.Nn + ".Sequential(" + WriteModules(modules.Items, OpCatalog.ModuleClr) + ")";
        var element = call.Type.Clr;
        return OpCatalog.Nn + ".ModuleList<" + element + ">(" + WriteModules(modules.Items, element) + ")";
    }

    /// <summary>A size as an int, or as a (height, width) tuple when the call uses the tuple overload.</summary>
    private string Pair(BoundExpr value, bool pairs)
    {
        if (!pairs || value.Type.Kind == TypeKind.Null) return Write(value);
        if (value is BoundList { Items.Count: 2 } list) return "(" + Write(list.Items[0]) + ", " + Write(list.Items[1]) + ")";
        if (value.Type.Kind == TypeKind.IntList) return "global::Zoo.SpecList.Pair(" + Write(value) + ")";
        var single = Write(value);
        return "(" + single + ", " + single + ")";
    }

    /// <summary>An op's argument as the binding's parameter wants it (a long[] for dims, a Scalar, an enum member ...).</summary>
    private string Argument(OpParameter parameter, BoundExpr value)
    {
        var kind = value.Type.Kind;
        switch (parameter.Kind)
        {
            case ParameterKind.TensorList:
                return value is BoundList list ? "new " + OpCatalog.TensorClr + "[] { " + string.Join(", ", list.Items.Select(e => Write(e))) + " }" : Write(value);
            case ParameterKind.Ints:
            case ParameterKind.OptionalInts:
                if (kind == TypeKind.Int) return "new long[] { " + Write(value) + " }";
                return Write(value);
            case ParameterKind.OptionalFloats:
                if (kind is TypeKind.Int or TypeKind.Float) return "new double[] { " + Write(value) + " }";
                if (value is BoundList ints && kind == TypeKind.IntList) return "new double[] { " + string.Join(", ", ints.Items.Select(e => Write(e))) + " }";
                if (kind == TypeKind.IntList) return "global::System.Array.ConvertAll(" + Write(value) + ", v => (double)v)";
                return Write(value);
            case ParameterKind.IntVarargs:
            case ParameterKind.TensorVarargs:
            case ParameterKind.NumberVarargs:
                return value is BoundList items ? string.Join(", ", items.Items.Select(e => Write(e))) : Write(value);
            case ParameterKind.Choice:
                return parameter.Choices![((BoundString)value).Value];
            default:
                return Write(value);
        }
    }
}
