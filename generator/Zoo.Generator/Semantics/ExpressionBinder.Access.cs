using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Zoo.Generator.Diagnostics;
using Zoo.Generator.Model;
using Zoo.Generator.Semantics.Ops;

namespace Zoo.Generator.Semantics;

internal sealed partial class ExpressionBinder
{
    private BoundExpr BindMember(MemberExpr member, Section section, Scope scope)
    {
        if (section == Section.Init && TensorPathOf(member, scope) is { } path)
            return new BoundTensorPath(path);

        var target = Bind(member.Target, section, scope);
        if (target.Type.IsError) return ErrorValue;
        var type = target.Type;

        if (type.Kind == TypeKind.Tensor && member.Member == "shape")
        {
            var shapeOp = OpCatalog.Lookup("shape")[0];
            return new BoundCall(shapeOp.Id, EquatableArray.Of(new BoundArgument("input", target)), SpecType.IntList);
        }
        if (type.Kind == TypeKind.Tensor)
            return Error(member.MemberRange, DiagnosticKind.TypeMismatch,
                $"tensors have the member 'shape'; for an op write {member.Member}(...) or x.{member.Member}(...)");

        if (type.Kind is TypeKind.Block or TypeKind.Spec)
        {
            if (type.Spec is not null)
            {
                var spec = state.Index.Find(type.Spec);
                var constant = spec?.Constants.FirstOrDefault(c => c.Name.Value == member.Member);
                if (constant is null)
                    return Error(member.MemberRange, DiagnosticKind.UndefinedName, member.Member,
                        $"{type.Spec} declares no such constant (its constants: {Parsing.Suggestions.List(spec?.Constants.Select(c => c.Name.Value) ?? Enumerable.Empty<string>())})");
                var constantType = constant.Value switch { FloatLiteral => SpecType.Float, BoolLiteral => SpecType.Bool, _ => SpecType.Int };
                return new BoundName(SymbolKind.Constant, member.Member, constantType, spec!.Clr);
            }
            if (CheckNotNull(target, member.Target.Range, scope)) return ErrorValue;
            var signature = type.Signature ?? TypeMapper.EmptySignature;
            if (!signature.Constants.Contains(member.Member))
                return Error(member.MemberRange, DiagnosticKind.UndefinedName, member.Member,
                    $"the block slot promises the constants {Parsing.Suggestions.List(signature.Constants, "'")}: add \"{member.Member}\" to its \"constants\" to require it");
            return new BoundBlockConstant(target, member.Member, SpecType.Int);
        }
        return Error(member.MemberRange, DiagnosticKind.TypeMismatch, $"{type.Display} has no member '{member.Member}'");
    }

    /// <summary>
    /// In "init": <c>proj.weight</c> or <c>W[1].weight</c> names a parameter below this module by its state_dict path
    /// ("W.1.weight"); <c>gamma</c> names this module's own parameter.
    /// </summary>
    private string? TensorPathOf(Expr expr, Scope scope)
    {
        switch (expr)
        {
            case NameExpr n:
                var symbol = scope.Lookup(n.Name);
                if (symbol is null || symbol.Kind is not (SymbolKind.Child or SymbolKind.Parameter or SymbolKind.Buffer)) return null;
                symbol.Used = true;
                return n.Name;
            case MemberExpr m:
                var head = TensorPathOf(m.Target, scope);
                return head is null ? null : head + "." + m.Member;
            case IndexExpr { Indices.Count: 1 } ix when ix.Indices[0] is IntLiteral i && i.Value >= 0:
                var root = TensorPathOf(ix.Target, scope);
                return root is null ? null : root + "." + i.Value.ToString(CultureInfo.InvariantCulture);
            default:
                return null;
        }
    }

    private BoundExpr BindIndex(IndexExpr ix, Section section, Scope scope)
    {
        var target = Bind(ix.Target, section, scope);
        if (target.Type.IsError) return ErrorValue;
        var type = target.Type;
        if (CheckNotNull(target, ix.Target.Range, scope)) return ErrorValue;

        if (type.Kind == TypeKind.Tensor)
        {
            var items = new List<BoundIndexItem>();
            foreach (var index in ix.Indices)
            {
                switch (index)
                {
                    case EllipsisExpr:
                        items.Add(new BoundIndexItem(IndexItemKind.Ellipsis, null, null, null, null));
                        break;
                    case NullLiteral:
                        items.Add(new BoundIndexItem(IndexItemKind.NewAxis, null, null, null, null));
                        break;
                    case SliceExpr slice:
                        var start = slice.Start is null ? null : BindInt(slice.Start, section, scope);
                        var stop = slice.Stop is null ? null : BindInt(slice.Stop, section, scope);
                        var step = slice.Step is null ? null : BindInt(slice.Step, section, scope);
                        if (start?.Type.IsError == true || stop?.Type.IsError == true || step?.Type.IsError == true) return ErrorValue;
                        items.Add(new BoundIndexItem(IndexItemKind.Slice, null, start, stop, step));
                        break;
                    default:
                        var value = BindInt(index, section, scope);
                        if (value.Type.IsError) return ErrorValue;
                        items.Add(new BoundIndexItem(IndexItemKind.Single, value, null, null, null));
                        break;
                }
            }
            if (items.Count(i => i.Kind == IndexItemKind.Ellipsis) > 1)
                return Error(ix.Range, DiagnosticKind.TypeMismatch, "an index can have one '...' only");
            var result = new BoundIndex(target, items.ToEquatableArray(), SpecType.Tensor);
            shapes.Index(result, target, items);
            return result;
        }

        if (ix.Indices.Count != 1)
            return Error(ix.Range, DiagnosticKind.TypeMismatch, $"{type.Display} takes one index");
        var only = ix.Indices[0];
        if (only is SliceExpr s && type.Kind is TypeKind.IntList or TypeKind.FloatList or TypeKind.TensorList)
        {
            var start = s.Start is null ? null : BindInt(s.Start, section, scope);
            var stop = s.Stop is null ? null : BindInt(s.Stop, section, scope);
            if (s.Step is not null) return Error(s.Step.Range, DiagnosticKind.TypeMismatch, "list slices take no step");
            if (start?.Type.IsError == true || stop?.Type.IsError == true) return ErrorValue;
            return new BoundIndex(target, EquatableArray.Of(new BoundIndexItem(IndexItemKind.Slice, null, start, stop, null)), type);
        }
        var position = BindInt(only, section, scope);
        if (position.Type.IsError) return ErrorValue;
        var single = EquatableArray.Of(new BoundIndexItem(IndexItemKind.Single, position, null, null, null));
        switch (type.Kind)
        {
            case TypeKind.IntList: return new BoundIndex(target, single, SpecType.Int);
            case TypeKind.FloatList: return new BoundIndex(target, single, SpecType.Float);
            case TypeKind.TensorList:
            {
                var item = new BoundIndex(target, single, SpecType.Tensor);
                return item;
            }
            case TypeKind.TensorTuple:
                if (position is not BoundInt { } literal || literal.Value < 0 || literal.Value >= type.Outputs)
                    return Error(only.Range, DiagnosticKind.TypeMismatch, $"the outputs are indexed by a literal from 0 to {type.Outputs - 1}");
                return new BoundIndex(target, single, SpecType.Tensor);
            case TypeKind.ModuleList:
                return section == Section.Forward
                    ? new BoundIndex(target, single, type.Element)
                    : Error(ix.Range, DiagnosticKind.TypeMismatch, "modules of a list are taken in forward only");
            default:
                return Error(ix.Range, DiagnosticKind.TypeMismatch, $"{type.Display} cannot be indexed");
        }
    }

    private BoundExpr BindInt(Expr expr, Section section, Scope scope)
    {
        var value = Bind(expr, section, scope);
        if (value.Type.IsError) return value;
        if (value.Type.Kind != TypeKind.Int || value.Type.IsNullable)
            return Error(expr.Range, DiagnosticKind.TypeMismatch, $"an index must be an int, not {value.Type.Display}");
        return value;
    }

    private BoundExpr BindList(ListExpr list, Section section, Scope scope, SpecType? expected)
    {
        var elementExpected = expected?.Kind switch
        {
            TypeKind.FloatList => SpecType.Float,
            TypeKind.IntList => SpecType.Int,
            _ => null,
        };
        var items = list.Items.Select(i => Bind(i, section, scope, elementExpected)).ToList();
        if (items.Any(i => i.Type.IsError)) return ErrorValue;
        if (items.Count == 0)
        {
            if (expected is { Kind: TypeKind.IntList or TypeKind.FloatList or TypeKind.TensorList or TypeKind.ModuleList })
                return new BoundList(EquatableArray<BoundExpr>.Empty, expected.NonNullable);
            return new BoundList(EquatableArray<BoundExpr>.Empty, section == Section.Forward ? SpecType.TensorList : SpecType.IntList);
        }
        for (var i = 0; i < items.Count; i++)
            if (items[i].Type.IsNullable && items[i].Type.Kind != TypeKind.Null && CheckNotNull(items[i], list.Items[i].Range, scope)) return ErrorValue;
        var kinds = items.Select(i => i.Type.Kind).Distinct().ToList();
        if (kinds.All(k => k == TypeKind.Int) && elementExpected?.Kind != TypeKind.Float) return new BoundList(items.ToEquatableArray(), SpecType.IntList);
        if (kinds.All(k => k is TypeKind.Int or TypeKind.Float)) return new BoundList(items.ToEquatableArray(), SpecType.FloatList);
        if (kinds.All(k => k == TypeKind.Tensor)) return new BoundList(items.ToEquatableArray(), SpecType.TensorList);
        if (kinds.All(k => k is TypeKind.Module or TypeKind.ModuleList))
            return new BoundList(items.ToEquatableArray(), SpecType.ModuleList(CommonModule(items.Select(ElementOf).ToList())));
        return Error(list.Range, DiagnosticKind.TypeMismatch,
            $"a list holds ints, floats, tensors or modules, all of one kind; this one mixes {string.Join(" and ", items.Select(i => i.Type.Display).Distinct())}");
    }

    private BoundExpr BindComprehension(ComprehensionExpr c, Section section, Scope scope)
    {
        var start = c.Start is null ? new BoundInt(0) : BindInt(c.Start, section, scope);
        var stop = BindInt(c.Stop, section, scope);
        if (start.Type.IsError || stop.Type.IsError) return ErrorValue;
        var problem = NameRules.ProblemWithIdentifier(c.Variable);
        if (problem is not null) return Error(c.VariableRange, DiagnosticKind.InvalidName, c.Variable, problem);
        if (scope.Lookup(c.Variable) is { } existing)
            return Error(c.VariableRange, DiagnosticKind.DuplicateName, c.Variable, $"as a {KindName(existing.Kind)}");
        var inner = new Scope(scope);
        inner.Declare(new Symbol(SymbolKind.LoopVariable, c.Variable, SpecType.Int, c.VariableRange) { Used = true });
        var body = Bind(c.Body, section, inner);
        if (body.Type.IsError) return ErrorValue;
        if (body.Type.IsNullable && body.Type.Kind != TypeKind.Null && CheckNotNull(body, c.Body.Range, inner)) return ErrorValue;
        var type = body.Type.Kind switch
        {
            TypeKind.Int => SpecType.IntList,
            TypeKind.Float => SpecType.FloatList,
            TypeKind.Tensor => SpecType.TensorList,
            TypeKind.Module => SpecType.ModuleList(body.Type),
            _ => null,
        };
        if (type is null)
            return Error(c.Body.Range, DiagnosticKind.TypeMismatch, $"a comprehension builds a list of ints, floats, tensors or modules, not of {body.Type.Display}");
        return new BoundComprehension(c.Variable, start, stop, body, type);
    }
}
