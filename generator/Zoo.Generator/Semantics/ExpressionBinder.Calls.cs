using System;
using System.Collections.Generic;
using System.Linq;
using Zoo.Generator.Diagnostics;
using Zoo.Generator.Model;
using Zoo.Generator.Parsing;
using Zoo.Generator.Semantics.Ops;

namespace Zoo.Generator.Semantics;

internal sealed partial class ExpressionBinder
{
    private BoundExpr BindCall(CallExpr call, Section section, Scope scope, SpecType? expected)
    {
        switch (call.Callee)
        {
            case NameExpr name:
            {
                var symbol = scope.Lookup(name.Name);
                if (symbol is not null)
                {
                    symbol.Used = true;
                    if (symbol.Kind == SymbolKind.Child || symbol.Type.Kind == TypeKind.Module)
                    {
                        var module = BindName(name, section, scope, null);
                        return BindModuleCall(module, name.Name, call, section, scope);
                    }
                    if (symbol.Type.Kind == TypeKind.Block)
                    {
                        var factory = BindName(name, section, scope, null);
                        return BindCreateBlock(factory, name.Name, call, section, scope);
                    }
                    return Error(name.Range, DiagnosticKind.TypeMismatch, $"'{name.Name}' is a {KindName(symbol.Kind)} ({symbol.Type.Display}) and cannot be called");
                }
                if (state.Index.Find(name.Name) is { } spec)
                    return BindSpecCall(spec, call, section, scope, asBlockReference: section == Section.Value || expected is { Kind: TypeKind.Block });
                var overloads = OpCatalog.Lookup(name.Name);
                if (overloads.Count > 0) return BindOpCall(name.Name, overloads, null, call, section, scope);
                return UnknownCallee(name, scope);
            }
            case MemberExpr member:
            {
                var target = Bind(member.Target, section, scope);
                if (target.Type.IsError) return ErrorValue;
                if (target.Type.Kind == TypeKind.TensorList && member.Member == "append")
                    return BindAppend(target, member, call, section, scope);
                if (target.Type.Kind != TypeKind.Tensor)
                    return Error(member.MemberRange, DiagnosticKind.TypeMismatch, $"'.{member.Member}(...)' calls an op on a tensor, and this is {target.Type.Display}");
                var overloads = OpCatalog.Lookup(member.Member).Where(o => o.Parameters.Length > 0 && o.Parameters[0].Kind == ParameterKind.Tensor).ToList();
                if (overloads.Count == 0)
                {
                    var hint = Suggestions.DidYouMean(member.Member, OpCatalog.All.Where(o => o.Parameters.Length > 0 && o.Parameters[0].Kind == ParameterKind.Tensor).Select(o => o.Name));
                    return Error(member.MemberRange, DiagnosticKind.UnknownFunction, member.Member, hint.Length > 0 ? hint : "no tensor op has this name");
                }
                return BindOpCall(member.Member, overloads, target, call, section, scope);
            }
            case IndexExpr index:
            {
                var module = Bind(index, section, scope);
                if (module.Type.IsError) return ErrorValue;
                if (module.Type.Kind != TypeKind.Module)
                    return Error(index.Range, DiagnosticKind.TypeMismatch, $"only modules can be called, and this is {module.Type.Display}");
                return BindModuleCall(module, "this module", call, section, scope);
            }
            default:
                return Error(call.Callee.Range, DiagnosticKind.TypeMismatch, "only ops, layers, specs, children and block references can be called");
        }
    }

    /// <summary>
    /// A callee that is nothing known: a PascalCase name reads as a spec (ZOO013, suggesting specs and layers), any
    /// other as an op (ZOO007, suggesting ops).
    /// </summary>
    private BoundExpr UnknownCallee(NameExpr name, Scope scope)
    {
        if (char.IsUpper(name.Name[0]))
        {
            var layer = Suggestions.Closest(name.Name, OpCatalog.All.Where(o => o.IsLayer).Select(o => o.Name));
            if (layer is not null)
                return Error(name.Range, DiagnosticKind.UnknownFunction, name.Name, $"did you mean the layer '{layer}'?");
            var spec = Suggestions.DidYouMean(name.Name, state.Index.Names);
            return Error(name.Range, DiagnosticKind.UnknownSpec, name.Name,
                spec.Length > 0 ? spec : $"the specs of this project are {Suggestions.List(state.Index.Names.OrderBy(n => n, StringComparer.Ordinal), "'")}; a layer name would be one of docs/spec-language.md's");
        }
        var hint = Suggestions.DidYouMean(name.Name, OpCatalog.Names.Concat(scope.VisibleNames()));
        return Error(name.Range, DiagnosticKind.UnknownFunction, name.Name,
            hint.Length > 0 ? hint : "it is not an op of the spec language (see docs/spec-language.md for the list)");
    }

    // ---- ops and layers --------------------------------------------------------------------------------------

    private BoundExpr BindOpCall(string name, IReadOnlyList<OpDefinition> overloads, BoundExpr? receiver, CallExpr call, Section section, Scope scope)
    {
        var allowed = overloads.Where(o => IsAllowed(o.Scope, section)).ToList();
        if (allowed.Count == 0)
            return Error(call.Callee.Range, DiagnosticKind.UnknownFunction, name, WhereItBelongs(overloads[0], section));

        // Bind the arguments once, then pick the overload their types fit (abs of a tensor or of a number).
        var bound = new Dictionary<Argument, BoundExpr>();
        BoundExpr BindArgument(Argument argument, OpParameter parameter)
        {
            if (bound.TryGetValue(argument, out var done)) return done;
            var expected = parameter.Kind switch
            {
                ParameterKind.Float or ParameterKind.OptionalFloats => SpecType.Float,
                ParameterKind.IntVarargs or ParameterKind.Ints or ParameterKind.OptionalInts or ParameterKind.IntPair or ParameterKind.OptionalIntPair => SpecType.IntList,
                ParameterKind.TensorList => SpecType.TensorList,
                _ => null,
            };
            var value = Bind(argument.Value, section, scope, expected);
            bound[argument] = value;
            return value;
        }

        OpDefinition op = allowed[0];
        if (allowed.Count > 1)
        {
            var first = receiver ?? (call.Arguments.Count > 0 ? BindArgument(call.Arguments[0], allowed[0].Parameters[0]) : null);
            if (first is not null && !first.Type.IsError)
                op = allowed.FirstOrDefault(o => o.Parameters.Length > 0 && Accepts(o.Parameters[0].Kind, first.Type)) ?? allowed[0];
        }

        var parameters = op.Parameters.Select(p => new MatchParameter(p.Name, !p.Optional, p.IsVariadic)).ToList();
        var arguments = call.Arguments.ToList();
        if (receiver is not null)
        {
            if (parameters.Count == 0) return Error(call.Range, DiagnosticKind.WrongArguments, $"{op.Name} takes no tensor");
            parameters.RemoveAt(0);
        }
        var matched = ArgumentMatcher.Match(state, op.Signature, parameters, arguments, call.Range);
        if (matched is null) return ErrorValue;

        var result = new List<BoundArgument>();
        var failed = false;
        var numericTypes = new List<SpecType>();
        foreach (var parameter in op.Parameters)
        {
            if (receiver is not null && parameter == op.Parameters[0])
            {
                result.Add(new BoundArgument(parameter.Name, receiver));
                continue;
            }
            if (!matched.TryGetValue(parameter.Name, out var given))
            {
                result.Add(new BoundArgument(parameter.Name, null));
                continue;
            }
            var values = given.Select(a => BindArgument(a, parameter)).ToList();
            if (values.Any(v => v.Type.IsError))
            {
                failed = true;
                continue;
            }
            var converted = ConvertArgument(op, parameter, given, values);
            if (converted is null)
            {
                failed = true;
                continue;
            }
            if (parameter.Kind is ParameterKind.Number or ParameterKind.NumberVarargs) numericTypes.AddRange(values.Select(v => v.Type));
            result.Add(new BoundArgument(parameter.Name, converted));
        }
        if (failed) return ErrorValue;

        var givenNames = result.Where(a => a.Value is not null).Select(a => a.Name).ToList();
        if (CallTemplate.Choose(op, givenNames) is null)
            return Error(call.Range, DiagnosticKind.WrongArguments,
                $"{op.Signature} does not take {Suggestions.List(givenNames.Skip(receiver is null ? 0 : 1), "'")} together; see its forms in docs/spec-language.md");

        var type = op.Rule == ResultRule.NumericJoin
            ? numericTypes.All(t => t.Kind == TypeKind.Int) ? SpecType.Int : SpecType.Float
            : op.Result;
        if (op.Name == "ModuleList")
        {
            var elements = result[0].Value is BoundList list ? list.Items.Select(ElementOf).ToList() : new List<SpecType>();
            type = SpecType.ModuleList(CommonModule(elements));
        }
        var boundCall = new BoundCall(op.Id, result.ToEquatableArray(), type);
        shapes.Call(boundCall, op, call.Range);
        return boundCall;
    }

    private static SpecType ElementOf(BoundExpr item) => item.Type.Kind == TypeKind.ModuleList ? item.Type.Element : item.Type;

    /// <summary>The most specific module type all items share (their class, or the generic Module&lt;Tensor, Tensor&gt;).</summary>
    private static SpecType CommonModule(IReadOnlyList<SpecType> modules)
    {
        if (modules.Count > 0 && modules.All(m => m.Clr == modules[0].Clr)) return modules[0].NonNullable;
        return SpecType.Module(OpCatalog.ModuleClr);
    }

    private static bool IsAllowed(OpScope scope, Section section) => section switch
    {
        Section.Forward => (scope & (OpScope.Forward | OpScope.Scalar)) != 0,
        Section.Create => (scope & (OpScope.Create | OpScope.Scalar)) != 0,
        Section.Child => (scope & (OpScope.Layer | OpScope.Scalar)) != 0,
        Section.Init => (scope & (OpScope.Init | OpScope.Scalar)) != 0,
        _ => (scope & OpScope.Scalar) != 0,
    };

    private static string WhereItBelongs(OpDefinition op, Section section)
    {
        if (op.IsLayer)
            return "it is a layer: create it in \"children\" (\"conv\": \"" + op.Name + "(...)\") and call the child by name in forward";
        if ((op.Scope & OpScope.Forward) != 0)
            return section == Section.Child
                ? "it is a forward op, not a layer: call it in forward (or use the layer of the same name, if there is one)"
                : "it is a forward op: it computes on tensors in \"forward\"";
        if ((op.Scope & OpScope.Create) != 0) return "it creates an initial value: use it in \"parameters\" or \"buffers\"";
        if ((op.Scope & OpScope.Init) != 0) return "it re-initialises a parameter: use it in \"init\"";
        return "it cannot be used here";
    }

    private static bool Accepts(ParameterKind kind, SpecType type) => kind switch
    {
        ParameterKind.Tensor => type.Kind == TypeKind.Tensor,
        ParameterKind.Number or ParameterKind.NumberVarargs or ParameterKind.Float or ParameterKind.Scalar => type.IsNumber,
        ParameterKind.Int => type.Kind == TypeKind.Int,
        _ => true,
    };

    /// <summary>Checks the values given for one op parameter and packs them (lists for variadics); null after a diagnostic.</summary>
    private BoundExpr? ConvertArgument(OpDefinition op, OpParameter parameter, List<Argument> given, List<BoundExpr> values)
    {
        BoundExpr? Fail(int i, string expected)
        {
            state.Report(DiagnosticKind.ArgumentType, given[i].Value.Range, parameter.Name, op.Name, expected, values[i].Type.Display);
            return null;
        }

        for (var i = 0; i < values.Count; i++)
            if (values[i].Type.IsNullable && values[i].Type.Kind != TypeKind.Null && parameter.Kind is not (ParameterKind.OptionalInt or ParameterKind.OptionalInts or ParameterKind.OptionalFloats or ParameterKind.OptionalBool))
            {
                CheckNotNull(values[i], given[i].Value.Range, new Scope(null));
                return null;
            }

        var v = values[0];
        var t = v.Type;
        switch (parameter.Kind)
        {
            case ParameterKind.Tensor: return t.Kind == TypeKind.Tensor ? v : Fail(0, "a tensor");
            case ParameterKind.TensorList: return t.Kind == TypeKind.TensorList ? v : Fail(0, "a list of tensors, such as [a, b]");
            case ParameterKind.Int: return t.Kind == TypeKind.Int ? v : Fail(0, t.Kind == TypeKind.Float ? "an int (use // for integer division, or int(...))" : "an int");
            case ParameterKind.Float: return t.IsNumber ? v : Fail(0, "a number");
            case ParameterKind.Bool: return t.Kind == TypeKind.Bool ? v : Fail(0, "true or false");
            case ParameterKind.Number: return t.IsNumber ? v : Fail(0, "a number");
            case ParameterKind.Scalar: return t.IsScalar ? v : Fail(0, "a number or a bool");
            case ParameterKind.Ints:
            case ParameterKind.IntOrInts:
                return t.Kind is TypeKind.Int or TypeKind.IntList ? v : Fail(0, "an int or a list of ints");
            case ParameterKind.OptionalInt: return t.Kind is TypeKind.Int or TypeKind.Null ? v : Fail(0, "an int or null");
            case ParameterKind.IntPair:
            case ParameterKind.OptionalIntPair:
                if (t.Kind == TypeKind.Null && parameter.Kind == ParameterKind.OptionalIntPair) return v;
                if (t.Kind == TypeKind.Int || (t.Kind == TypeKind.IntList && v is not BoundList) || v is BoundList { Items.Count: 2 }) return v;
                return Fail(0, "an int or a pair [height, width]");
            case ParameterKind.OptionalBool: return t.Kind is TypeKind.Bool or TypeKind.Null ? v : Fail(0, "true, false or null");
            case ParameterKind.OptionalInts: return t.Kind is TypeKind.IntList or TypeKind.Int or TypeKind.Null ? v : Fail(0, "a list of ints or null");
            case ParameterKind.OptionalFloats: return t.IsNumber || t.Kind is TypeKind.FloatList or TypeKind.IntList or TypeKind.Null ? v : Fail(0, "a number, a list of numbers or null");
            case ParameterKind.AnyList: return t.Kind is TypeKind.IntList or TypeKind.FloatList or TypeKind.TensorList ? v : Fail(0, "a list");
            case ParameterKind.String:
                return v is BoundString ? v : Fail(0, "a string literal, such as 'bchw,bcd->bdhw'");
            case ParameterKind.Choice:
                if (v is BoundString s && parameter.Choices!.ContainsKey(s.Value)) return v;
                return Fail(0, "one of " + Suggestions.List(parameter.Choices!.Keys, "'"));
            case ParameterKind.IntVarargs:
                if (values.Count == 1 && t.Kind == TypeKind.IntList) return v;
                for (var i = 0; i < values.Count; i++)
                    if (values[i].Type.Kind != TypeKind.Int) return Fail(i, "ints (or one list of ints)");
                return new BoundList(values.ToEquatableArray(), SpecType.IntList);
            case ParameterKind.TensorVarargs:
                for (var i = 0; i < values.Count; i++)
                    if (values[i].Type.Kind != TypeKind.Tensor) return Fail(i, "a tensor");
                return new BoundList(values.ToEquatableArray(), SpecType.TensorList);
            case ParameterKind.NumberVarargs:
                for (var i = 0; i < values.Count; i++)
                    if (!values[i].Type.IsNumber) return Fail(i, "a number");
                return new BoundList(values.ToEquatableArray(), values.All(x => x.Type.Kind == TypeKind.Int) ? SpecType.IntList : SpecType.FloatList);
            case ParameterKind.ModuleVarargs:
                for (var i = 0; i < values.Count; i++)
                {
                    var k = values[i].Type;
                    if (k.Kind == TypeKind.ModuleList) continue;
                    if (k.Kind != TypeKind.Module) return Fail(i, "a module (a layer, a spec, or a list of them)");
                    if (k.Inputs != 1 || k.Outputs != 1) return Fail(i, "a module with one input and one output");
                }
                return new BoundList(values.ToEquatableArray(), SpecType.ModuleList(CommonModule(values.Select(ElementOf).ToList())));
            default:
                return v;
        }
    }

    // ---- specs, block references, modules --------------------------------------------------------------------

    /// <summary>
    /// <c>Bottleneck(64, 64, stride: 2)</c>: in children, a new module; as a value (a default, a preset argument, an
    /// argument given to a block slot), a block reference with these hyperparameters fixed.
    /// </summary>
    private BoundExpr BindSpecCall(SpecSignature spec, CallExpr call, Section section, Scope scope, bool asBlockReference)
    {
        if (!asBlockReference && section != Section.Child)
            return Error(call.Callee.Range, DiagnosticKind.TypeMismatch,
                $"'{spec.Name}' is a spec: create it in \"children\" (\"unit\": \"{spec.Name}(...)\") and call the child by name in forward");
        var parameters = spec.Hyperparameters.Select(h => new MatchParameter(h.Name.Value, h.Default is null)).ToList();
        var matched = ArgumentMatcher.Match(state, spec.Name, parameters, call.Arguments.ToList(), call.Range, requireAll: !asBlockReference);
        if (matched is null) return ErrorValue;
        var arguments = new List<BoundNamedArgument>();
        var failed = false;
        foreach (var h in spec.Hyperparameters)
        {
            if (!matched.TryGetValue(h.Name.Value, out var given)) continue;
            var parameterType = TypeMapper.Of(h, spec.Clr);
            var argument = given[0];
            var value = Bind(argument.Value, asBlockReference ? Section.Value : section, scope, parameterType);
            if (value.Type.IsError)
            {
                failed = true;
                continue;
            }
            if (!CheckAssignable(value, parameterType, argument.Value.Range, h.Name.Value, spec.Name)) failed = true;
            arguments.Add(new BoundNamedArgument(h.Name.Value, value));
        }
        if (failed) return ErrorValue;
        if (asBlockReference)
        {
            if (spec.Inputs.Count > 1 || spec.Outputs.Count > 1)
                return Error(call.Range, DiagnosticKind.IncompatibleBlock, spec.Name, "a block slot",
                    $"a block reference builds a module with one input and one output, and {spec.Name} has {spec.Inputs.Count} inputs and {spec.Outputs.Count} outputs");
            return new BoundBlockReference(spec.Clr, arguments.ToEquatableArray(), SpecType.BlockOf(spec.Name));
        }
        var type = SpecType.Module(spec.Clr, Math.Max(1, spec.Inputs.Count), Math.Max(1, spec.Outputs.Count), spec.Name);
        return new BoundNewSpec(spec.Clr, arguments.ToEquatableArray(), type);
    }

    /// <summary><c>attention(channels)</c> on a block-typed hyperparameter: completes the reference with the use-site arguments.</summary>
    private BoundExpr BindCreateBlock(BoundExpr factory, string name, CallExpr call, Section section, Scope scope)
    {
        if (factory.Type.IsError) return ErrorValue;
        if (section != Section.Child)
            return Error(call.Callee.Range, DiagnosticKind.TypeMismatch,
                $"'{name}' is a block reference: complete it in \"children\" (\"unit\": \"{name}(...)\") and call the child in forward");
        var signature = factory.Type.Signature ?? TypeMapper.EmptySignature;
        var parameters = signature.Arguments.Select(a => new MatchParameter(a.Name, true)).ToList();
        var matched = ArgumentMatcher.Match(state, $"the block '{name}'", parameters, call.Arguments.ToList(), call.Range);
        if (matched is null) return ErrorValue;
        var arguments = new List<BoundNamedArgument>();
        var failed = false;
        foreach (var slotArgument in signature.Arguments)
        {
            var given = matched[slotArgument.Name][0];
            var expected = TypeMapper.OfSlotArgument(slotArgument);
            var value = Bind(given.Value, section, scope, expected);
            if (value.Type.IsError || !CheckAssignable(value, expected, given.Value.Range, slotArgument.Name, $"the block '{name}'"))
            {
                failed = true;
                continue;
            }
            arguments.Add(new BoundNamedArgument(slotArgument.Name, value));
        }
        if (failed) return ErrorValue;
        var type = SpecType.Module(OpCatalog.ModuleClr);
        return new BoundCreateBlock(factory, arguments.ToEquatableArray(), factory.Type.IsNullable ? type.AsNullable : type);
    }

    /// <summary><c>conv(x)</c>: runs a child (or a module taken from a module list) in forward.</summary>
    private BoundExpr BindModuleCall(BoundExpr module, string name, CallExpr call, Section section, Scope scope)
    {
        if (module.Type.IsError) return ErrorValue;
        if (section != Section.Forward)
            return Error(call.Callee.Range, DiagnosticKind.TypeMismatch, $"'{name}' is a module: it runs in forward only");
        if (CheckNotNull(module, call.Callee.Range, scope)) return ErrorValue;
        var named = call.Arguments.FirstOrDefault(a => a.Name is not null);
        if (named is not null)
            return Error(named.NameRange, DiagnosticKind.WrongArguments, $"a module's inputs are positional: remove '{named.Name}:'");
        var expectedInputs = module.Type.Inputs;
        if (call.Arguments.Count != expectedInputs)
            return Error(call.Range, DiagnosticKind.WrongArguments,
                $"'{name}' takes {expectedInputs} input tensor{(expectedInputs == 1 ? "" : "s")}, not {call.Arguments.Count}");
        var inputs = new List<BoundExpr>();
        var failed = false;
        foreach (var argument in call.Arguments)
        {
            var value = Bind(argument.Value, section, scope);
            if (value.Type.IsError)
            {
                failed = true;
                continue;
            }
            if (value.Type.Kind != TypeKind.Tensor)
            {
                state.Report(DiagnosticKind.ArgumentType, argument.Value.Range, "input", name, "a tensor", value.Type.Display);
                failed = true;
                continue;
            }
            inputs.Add(value);
        }
        if (failed) return ErrorValue;
        var resultType = module.Type.Outputs == 1 ? SpecType.Tensor : SpecType.TensorTuple(module.Type.Outputs);
        var result = new BoundModuleCall(module, inputs.ToEquatableArray(), resultType);
        shapes.ModuleCall(result, module, inputs, call.Range);
        return result;
    }

    private BoundExpr BindAppend(BoundExpr list, MemberExpr member, CallExpr call, Section section, Scope scope)
    {
        if (section != Section.Forward || call.Arguments.Count != 1 || call.Arguments[0].Name is not null)
            return Error(call.Range, DiagnosticKind.WrongArguments, "append takes one tensor: xs.append(t)");
        var value = Bind(call.Arguments[0].Value, section, scope);
        if (value.Type.IsError) return ErrorValue;
        if (value.Type.Kind != TypeKind.Tensor)
            return Error(call.Arguments[0].Value.Range, DiagnosticKind.ArgumentType, "item", "append", "a tensor", value.Type.Display);
        return new BoundCall("append", EquatableArray.Of(new BoundArgument("list", list), new BoundArgument("item", value)), SpecType.Void);
    }

    /// <summary>Checks a value against the type a hyperparameter or slot argument expects; reports ZOO010/ZOO025.</summary>
    public bool CheckAssignable(BoundExpr value, SpecType expected, SourceRange range, string parameter, string owner)
    {
        if (value.Type.IsError) return false;
        if (expected.Kind == TypeKind.Block && value.Type.Kind is TypeKind.Block or TypeKind.Spec && !value.Type.IsNullable)
            return BlockFits(value, expected, range, parameter);
        if (expected.Kind == TypeKind.Block && value.Type.Kind == TypeKind.Block && value.Type.IsNullable && expected.IsNullable)
            return BlockFits(value, expected, range, parameter);
        if (IsAssignable(value.Type, expected)) return true;
        var hint = value.Type.Kind == TypeKind.Float && expected.Kind == TypeKind.Int ? "an int (use // for integer division, or int(...))" : expected.Display;
        state.Report(DiagnosticKind.ArgumentType, range, parameter, owner, hint, value.Type.Display);
        return false;
    }

    /// <summary>
    /// Whether a block reference fits a slot: the spec it names has every argument the slot supplies (with the same
    /// types, not fixed already), gets every required hyperparameter from one or the other, has the slot's constants,
    /// and has one input and one output. A slot passed on to a slot must have the same signature.
    /// </summary>
    private bool BlockFits(BoundExpr value, SpecType slot, SourceRange range, string parameter)
    {
        if (slot.Signature is null) return true; // a slot argument passed through: checked where it is used
        var signature = slot.Signature;
        var what = value is BoundName n ? $"'{n.Name}'" : value.Type.Spec ?? "this block";
        bool Fail(string why)
        {
            state.Report(DiagnosticKind.IncompatibleBlock, range, what, parameter, why);
            return false;
        }

        if (value.Type.Spec is null)
        {
            var given = value.Type.Signature ?? TypeMapper.EmptySignature;
            if (!given.Arguments.Equals(signature.Arguments))
                return Fail($"the slots supply different arguments ({Describe(given)} here, {Describe(signature)} there)");
            var missingConstant = signature.Constants.FirstOrDefault(c => !given.Constants.Contains(c));
            return missingConstant is null || Fail($"'{parameter}' needs the constant '{missingConstant}', which '{what}' does not promise");
        }

        var spec = state.Index.Find(value.Type.Spec);
        if (spec is null) return true;
        var bound = value is BoundBlockReference reference ? reference.Arguments.Select(a => a.Name).ToList() : new List<string>();
        foreach (var argument in signature.Arguments)
        {
            var h = spec.Hyperparameters.FirstOrDefault(x => x.Name.Value == argument.Name);
            if (h is null) return Fail($"the slot supplies '{argument.Name}', and {spec.Name} has no such hyperparameter");
            if (h.Kind != argument.Kind && !Widens(argument.Kind, h.Kind))
                return Fail($"the slot supplies '{argument.Name}' as {TypeMapper.OfSlotArgument(argument).Display}, and {spec.Name} takes {TypeMapper.Of(h, spec.Clr).Display}");
            if (bound.Contains(argument.Name)) return Fail($"'{argument.Name}' is supplied by the slot: do not fix it here");
        }
        var missing = spec.Hyperparameters.FirstOrDefault(h => h.Default is null && !bound.Contains(h.Name.Value) && signature.Arguments.All(a => a.Name != h.Name.Value));
        if (missing is not null) return Fail($"{spec.Name} needs '{missing.Name.Value}', which neither the slot supplies nor this reference fixes: add {missing.Name.Value}: ...");
        foreach (var constant in signature.Constants)
            if (spec.Constants.All(c => c.Name.Value != constant)) return Fail($"'{parameter}' needs the constant '{constant}', and {spec.Name} declares no such constant");
        if (spec.Inputs.Count > 1 || spec.Outputs.Count > 1) return Fail($"{spec.Name} has {spec.Inputs.Count} inputs and {spec.Outputs.Count} outputs; a slot holds modules with one of each");
        return true;
    }

    /// <summary>A slot argument of kind <paramref name="from"/> can fill a hyperparameter of kind <paramref name="to"/>: an int a float, a value an optional one.</summary>
    private static bool Widens(HyperparameterKind from, HyperparameterKind to) => (from, to) switch
    {
        (HyperparameterKind.Int, HyperparameterKind.Float or HyperparameterKind.OptionalInt or HyperparameterKind.OptionalFloat) => true,
        (HyperparameterKind.Float, HyperparameterKind.OptionalFloat) => true,
        (HyperparameterKind.Block, HyperparameterKind.OptionalBlock) => true,
        _ => false,
    };

    private static string Describe(BlockSignature signature) =>
        "(" + string.Join(", ", signature.Arguments.Select(a => a.Name + ": " + TypeMapper.OfSlotArgument(a).Display)) + ")";
}
