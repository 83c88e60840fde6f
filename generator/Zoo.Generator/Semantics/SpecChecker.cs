using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Zoo.Generator.Diagnostics;
using Zoo.Generator.Model;
using Zoo.Generator.Parsing;

namespace Zoo.Generator.Semantics;

/// <summary>A checked spec: the model to emit (null when there are errors) and every diagnostic.</summary>
internal sealed record CheckedSpec(ModuleModel? Module, EquatableArray<SpecDiagnostic> Diagnostics);

/// <summary>
/// Checks one spec against the index of all specs, section by section, in the order names become visible:
/// hyperparameters, constants, derived values, parameters, buffers, children, init, forward; then presets and
/// examples (evaluated for their exact parameter counts and shapes). Produces the emit model when nothing is wrong.
/// </summary>
internal sealed partial class SpecChecker
{
    private readonly CheckerState state;
    private readonly ExpressionBinder binder;
    private readonly CancellationToken cancellation;

    private SpecChecker(SpecSyntax spec, SpecIndex index, CancellationToken cancellation)
    {
        var self = index.Specs.FirstOrDefault(s => s.Path == spec.Path) ?? SignatureBuilder.Build(spec);
        state = new CheckerState(spec, index, self);
        binder = new ExpressionBinder(state);
        this.cancellation = cancellation;
    }

    private SpecSyntax Spec => state.Spec;

    public static CheckedSpec Check(SpecSyntax spec, SpecIndex index, CancellationToken cancellation)
    {
        var checker = new SpecChecker(spec, index, cancellation);
        var module = checker.Run();
        return new CheckedSpec(checker.state.HasErrors ? null : module, checker.state.Diagnostics.ToEquatableArray());
    }

    private ModuleModel? Run()
    {
        CheckIdentity();
        var hyperparameters = DeclareHyperparameters();
        var constants = DeclareConstants();
        var lets = DeclareLets();
        var parameters = DeclareTensors(Spec.Parameters, SymbolKind.Parameter);
        var buffers = DeclareTensors(Spec.Buffers, SymbolKind.Buffer);
        var children = DeclareChildren();
        DeclarePresetNames();
        CheckDefaultsAndConstraints(hyperparameters);
        cancellation.ThrowIfCancellationRequested();
        var init = BindInit();
        var examples = BuildExampleEnvironments();
        cancellation.ThrowIfCancellationRequested();
        var forwardChecker = new ForwardChecker(state, binder);
        var forward = forwardChecker.Check();
        CheckExampleOutputs(examples, forwardChecker.ReturnShapes);
        var presets = BindPresets();
        ReportUnused();
        if (state.HasErrors || forward is null) return null;
        return new ModuleModel(
            Spec.HintName,
            RelativePathOf(Spec.HintName),
            state.Self.Namespace,
            state.ClassName,
            Spec.Kind,
            Spec.Docs,
            hyperparameters.ToEquatableArray(),
            constants.ToEquatableArray(),
            lets.ToEquatableArray(),
            parameters.ToEquatableArray(),
            buffers.ToEquatableArray(),
            children.ToEquatableArray(),
            init.ToEquatableArray(),
            forward,
            presets.ToEquatableArray(),
            examples.Select(e => e.Model).Where(m => m is not null).Select(m => m!).ToEquatableArray());
    }

    /// <summary>The spec's path as the docs show it, from its hint name ("blocks/cbam.g.cs" → "blocks/cbam.zoo.json").</summary>
    private static string RelativePathOf(string hintName) =>
        hintName.EndsWith(".g.cs", StringComparison.Ordinal) ? hintName.Substring(0, hintName.Length - 5) + ".zoo.json" : hintName;

    // ---- identity --------------------------------------------------------------------------------------------

    private void CheckIdentity()
    {
        var name = Spec.Name;
        var problem = NameRules.ProblemWithSpecName(name.Value);
        if (problem is not null) state.Report(DiagnosticKind.InvalidName, name.Range, name.Value, problem);
        if (Spec.Namespace is { } ns && NameRules.ProblemWithNamespace(ns) is { } nsProblem)
            state.Report(DiagnosticKind.InvalidValue, name.Range, $"The namespace \"{ns}\" is not a C# namespace: {nsProblem}");
        foreach (var other in state.Index.SameNameAs(state.Self).Take(1))
            state.Report(DiagnosticKind.DuplicateSpec, name.Range, name.Value, other.Path);
        foreach (var other in state.Index.SameHintAs(Spec.Path, Spec.HintName).Take(1))
            state.Report(DiagnosticKind.HintNameCollision, name.Range, other.Path, Spec.HintName);
        var cycle = CycleDetector.CycleThrough(state.Self, state.Index);
        if (cycle is not null && SignatureBuilder.FirstReferenceTo(Spec, cycle[1]) is { } reference)
            state.Report(DiagnosticKind.ReferenceCycle, reference.Range, string.Join(" → ", cycle));
    }

    // ---- members ---------------------------------------------------------------------------------------------

    /// <summary>Declares a spec-level name; false (after a diagnostic) when it is invalid or taken.</summary>
    private bool Declare(Symbol symbol)
    {
        if (state.Members.Lookup(symbol.Name) is { } existing)
        {
            state.Report(DiagnosticKind.DuplicateName, symbol.Range, symbol.Name, $"as a {Describe(existing.Kind)} at {Position(existing.Range)}");
            return false;
        }
        // An invalid name is still declared (the spec emits nothing anyway), so that its uses do not echo the error.
        state.Members.Declare(symbol);
        var problem = NameRules.ProblemWithMemberName(symbol.Name, state.ClassName);
        if (problem is null) return true;
        state.Report(DiagnosticKind.InvalidName, symbol.Range, symbol.Name, problem);
        return false;
    }

    private static string Describe(SymbolKind kind) => kind switch
    {
        SymbolKind.Hyperparameter => "hyperparameter",
        SymbolKind.Constant => "constant",
        SymbolKind.Let => "derived value",
        SymbolKind.Parameter => "parameter",
        SymbolKind.Buffer => "buffer",
        SymbolKind.Child => "child",
        _ => "preset",
    };

    private static string Position(SourceRange range) => $"line {range.Lines.Start.Line + 1}, column {range.Lines.Start.Character + 1}";

    private List<HyperparameterModel> DeclareHyperparameters()
    {
        var result = new List<HyperparameterModel>();
        var enumTypes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var h in Spec.Hyperparameters)
        {
            var type = TypeMapper.Of(h, state.ClassClr);
            if (!Declare(new Symbol(SymbolKind.Hyperparameter, h.Name.Value, type, h.Name.Range))) continue;
            if (h.Kind == HyperparameterKind.Enum)
            {
                if (h.EnumValues.Count == 0)
                    state.Report(DiagnosticKind.InvalidValue, h.TypeRange, $"The enum '{h.Name.Value}' needs at least one value in \"values\"");
                foreach (var value in h.EnumValues)
                    if (NameRules.ProblemWithEnumValue(value) is { } problem)
                        state.Report(DiagnosticKind.InvalidValue, h.TypeRange, $"The enum value \"{value}\" of '{h.Name.Value}' is not valid: {problem}");
                var pascal = h.EnumValues.Select(NameRules.Pascal).ToList();
                if (pascal.Distinct(StringComparer.Ordinal).Count() != pascal.Count)
                    state.Report(DiagnosticKind.InvalidValue, h.TypeRange, $"The values of '{h.Name.Value}' repeat (compared as C# enum members: {string.Join(", ", pascal)})");
                var enumName = TypeMapper.EnumTypeName(h.Name.Value);
                if (!enumTypes.Add(enumName) || enumName == state.ClassName || NameRules.ReservedMembers.Contains(enumName))
                    state.Report(DiagnosticKind.InvalidName, h.Name.Range, h.Name.Value, $"its enum type would be named {enumName}, which is already taken in the class");
            }
            foreach (var argument in h.BlockArguments)
                if (NameRules.ProblemWithIdentifier(argument.Name.Value) is { } problem)
                    state.Report(DiagnosticKind.InvalidName, argument.Name.Range, argument.Name.Value, problem);
            var constraints = new List<ConstraintModel>();
            result.Add(new HyperparameterModel(h.Name.Value, type, null, h.Doc, constraints.ToEquatableArray(), TypeText(h), h.Default is null ? null : ExprPrinter.Print(h.Default)));
        }
        // Enum type names must not collide with members either (checked once every member is known).
        return result;
    }

    private static string TypeText(HyperparameterSyntax h) => h.Kind switch
    {
        HyperparameterKind.Int => "int",
        HyperparameterKind.Float => "float",
        HyperparameterKind.Bool => "bool",
        HyperparameterKind.IntList => "int[]",
        HyperparameterKind.FloatList => "float[]",
        HyperparameterKind.OptionalInt => "int?",
        HyperparameterKind.OptionalFloat => "float?",
        HyperparameterKind.Enum => "enum {" + string.Join(", ", h.EnumValues) + "}",
        HyperparameterKind.Block => "block",
        _ => "block?",
    };

    private List<MemberModel> DeclareConstants()
    {
        var result = new List<MemberModel>();
        foreach (var c in Spec.Constants)
        {
            var value = binder.Bind(c.Value, Section.Value, state.Members);
            if (value.Type.IsError || !Declare(new Symbol(SymbolKind.Constant, c.Name.Value, value.Type, c.Name.Range))) continue;
            result.Add(new MemberModel(c.Name.Value, value.Type, value, c.Doc));
        }
        return result;
    }

    private List<MemberModel> DeclareLets()
    {
        var result = new List<MemberModel>();
        foreach (var l in Spec.Lets)
        {
            cancellation.ThrowIfCancellationRequested();
            var value = binder.Bind(l.Value, Section.Let, state.Members);
            var type = value.Type;
            if (!type.IsError && (type.IsNullable || !(type.IsScalar || type.Kind is TypeKind.IntList or TypeKind.FloatList or TypeKind.Enum or TypeKind.Block)))
            {
                state.Report(DiagnosticKind.TypeMismatch, l.Value.Range,
                    type.IsNullable
                        ? $"a derived value cannot be null; give a fallback with ?? (it is {type.Display})"
                        : $"a derived value is a number, bool, list, enum or block reference, not {type.Display}");
                type = SpecType.Error;
            }
            if (!Declare(new Symbol(SymbolKind.Let, l.Name.Value, type, l.Name.Range))) continue;
            if (!type.IsError) result.Add(new MemberModel(l.Name.Value, type, value, l.Doc));
        }
        return result;
    }

    private List<TensorMemberModel> DeclareTensors(EquatableArray<TensorDeclSyntax> declarations, SymbolKind kind)
    {
        var result = new List<TensorMemberModel>();
        foreach (var declaration in declarations)
        {
            var value = binder.Bind(declaration.Init, Section.Create, state.Members);
            if (!value.Type.IsError && value.Type.Kind != TypeKind.Tensor)
            {
                state.Report(DiagnosticKind.TypeMismatch, declaration.Init.Range,
                    $"the initial value of a {(kind == SymbolKind.Parameter ? "parameter" : "buffer")} is a tensor, such as zeros(1) or randn(n, d) * 0.02, not {value.Type.Display}");
                value = ExpressionBinder.ErrorValue;
            }
            if (!Declare(new Symbol(kind, declaration.Name.Value, SpecType.Tensor, declaration.Name.Range))) continue;
            if (!value.Type.IsError) result.Add(new TensorMemberModel(declaration.Name.Value, value, declaration.Doc, declaration.Persistent));
        }
        return result;
    }

    private List<MemberModel> DeclareChildren()
    {
        var result = new List<MemberModel>();
        foreach (var child in Spec.Children)
        {
            cancellation.ThrowIfCancellationRequested();
            var value = binder.Bind(child.Value, Section.Child, state.Members);
            var type = value.Type;
            if (!type.IsError && type.Kind is not (TypeKind.Module or TypeKind.ModuleList))
            {
                state.Report(DiagnosticKind.TypeMismatch, child.Value.Range,
                    type.Kind == TypeKind.Null
                        ? "a child that is always null is no child: remove it, or give a module when some condition holds (cond ? Layer(...) : null)"
                        : $"a child is a module (a layer, a spec, a block reference completed here) or a list of modules, not {type.Display}");
                type = SpecType.Error;
            }
            var symbol = new Symbol(SymbolKind.Child, child.Name.Value, type, child.Name.Range) { Construction = type.IsError ? null : value };
            if (!Declare(symbol)) continue;
            if (!type.IsError) result.Add(new MemberModel(child.Name.Value, type, value, child.Doc));
        }
        return result;
    }

    private void DeclarePresetNames()
    {
        foreach (var preset in Spec.Presets)
            Declare(new Symbol(SymbolKind.Local, preset.Name.Value, SpecType.Void, preset.Name.Range) { Used = true });
        // Enum types are nested classes of the module: they must not share a name with any member.
        foreach (var h in Spec.Hyperparameters.Where(h => h.Kind == HyperparameterKind.Enum))
        {
            var enumName = TypeMapper.EnumTypeName(h.Name.Value);
            if (enumName != h.Name.Value && state.Members.Lookup(enumName) is not null)
                state.Report(DiagnosticKind.InvalidName, h.Name.Range, h.Name.Value, $"its enum type would be named {enumName}, like the member '{enumName}'");
        }
    }

    private List<BoundStmt> BindInit()
    {
        var result = new List<BoundStmt>();
        foreach (var statement in Spec.Init)
        {
            if (statement is not ExprStmt call)
            {
                state.Report(DiagnosticKind.InvalidForward, statement.Range, "an init statement is a call such as \"zeros_(proj.weight)\"");
                continue;
            }
            var value = binder.Bind(call.Value, Section.Init, state.Members);
            if (value.Type.IsError) continue;
            if (value.Type.Kind != TypeKind.Void)
            {
                state.Report(DiagnosticKind.InvalidForward, statement.Range, "an init statement re-initialises a parameter in place, such as \"zeros_(proj.weight)\" or \"constant_(bn.weight, 0)\"");
                continue;
            }
            result.Add(new BoundExprStmt(value));
        }
        return result;
    }

    private void ReportUnused()
    {
        foreach (var symbol in state.Members.Own)
        {
            if (symbol.Used || symbol.Type.IsError) continue;
            if (symbol.Kind == SymbolKind.Child)
                state.Report(DiagnosticKind.UnusedMember, symbol.Range, symbol.Name, "no forward statement calls this child; call it, or remove it (its weights would still be in the state_dict)");
            else if (symbol.Kind == SymbolKind.Let)
                state.Report(DiagnosticKind.UnusedMember, symbol.Range, symbol.Name, "no expression uses this derived value; use it or remove it");
        }
    }
}
