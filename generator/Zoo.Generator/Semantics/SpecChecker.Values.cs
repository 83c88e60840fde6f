using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Zoo.Generator.Diagnostics;
using Zoo.Generator.Model;
using Zoo.Generator.Parsing;
using Zoo.Generator.Semantics.Evaluation;
using Zoo.Generator.Semantics.Shapes;

namespace Zoo.Generator.Semantics;

internal sealed partial class SpecChecker
{
    /// <summary>What one example became: its evaluated instance (values, parameter count) and its test model.</summary>
    private sealed class ExampleResult
    {
        public ExampleResult(ExampleSyntax syntax, string label)
        {
            Syntax = syntax;
            Label = label;
        }

        public ExampleSyntax Syntax { get; }

        public string Label { get; }

        public SpecInstance? Instance { get; set; }

        public ExampleEnvironment? Environment { get; set; }

        public ExampleModel? Model { get; set; }
    }

    // ---- defaults and constraints ----------------------------------------------------------------------------

    private void CheckDefaultsAndConstraints(List<HyperparameterModel> models)
    {
        // The values of every default, to check constraints that refer to other hyperparameters.
        var defaults = new ValueScope();
        foreach (var h in Spec.Hyperparameters)
            if (h.Default is not null && state.Evaluator.Evaluate(h.Default, new ValueScope(), asValue: true) is { } v) defaults.Set(h.Name.Value, v);
        foreach (var c in Spec.Constants)
            if (state.Evaluator.Evaluate(c.Value, defaults) is { } v) defaults.Set(c.Name.Value, v);

        for (var i = 0; i < models.Count; i++)
        {
            var model = models[i];
            var h = Spec.Hyperparameters.First(x => x.Name.Value == model.Name);
            BoundExpr? boundDefault = null;
            if (h.Default is not null)
            {
                var value = binder.Bind(h.Default, Section.Value, new Scope(null), model.Type);
                if (!value.Type.IsError)
                {
                    if (model.Type.Kind == TypeKind.Block && value.Type.Kind is TypeKind.Block or TypeKind.Spec)
                    {
                        if (binder.CheckAssignable(value, model.Type, h.Default.Range, h.Name.Value, "the default")) boundDefault = value;
                    }
                    else if (!ExpressionBinder.IsAssignable(value.Type, model.Type))
                        state.Report(DiagnosticKind.DefaultTypeMismatch, h.Default.Range, h.Name.Value, model.Type.Display, value.Type.Display);
                    else boundDefault = value;
                }
            }

            var constraints = new List<ConstraintModel>();
            foreach (var constraint in h.Constraints)
            {
                var bound = BindConstraint(h, model.Type, constraint);
                if (bound is null) continue;
                constraints.Add(bound);
                if (h.Default is not null && defaults.Get(h.Name.Value) is { } defaultValue
                    && ConstraintChecker.Violation(constraint, defaultValue, defaults, state.Evaluator) is { } why)
                    state.Report(DiagnosticKind.ConstraintViolated, h.Default.Range, "The default", h.Name.Value, why);
            }
            models[i] = model with { Default = boundDefault, Constraints = constraints.ToEquatableArray() };
        }
    }

    private ConstraintModel? BindConstraint(HyperparameterSyntax h, SpecType type, ConstraintSyntax constraint)
    {
        var element = type.Kind switch
        {
            TypeKind.IntList => SpecType.Int,
            TypeKind.FloatList => SpecType.Float,
            _ => type.NonNullable,
        };
        var applies = constraint.Kind switch
        {
            ConstraintKind.Min or ConstraintKind.Max => element.IsNumber,
            ConstraintKind.Odd or ConstraintKind.Even or ConstraintKind.DivisibleBy => element.Kind == TypeKind.Int,
            ConstraintKind.Length => type.Kind is TypeKind.IntList or TypeKind.FloatList,
            ConstraintKind.OneOf => type.NonNullable.Kind is TypeKind.Int or TypeKind.Float or TypeKind.Enum,
            _ => false,
        };
        var name = constraint.Kind switch
        {
            ConstraintKind.Min => "min",
            ConstraintKind.Max => "max",
            ConstraintKind.Odd => "odd",
            ConstraintKind.Even => "even",
            ConstraintKind.DivisibleBy => "divisible_by",
            ConstraintKind.Length => "length",
            _ => "one_of",
        };
        if (!applies)
        {
            state.Report(DiagnosticKind.InvalidValue, constraint.Range, $"\"{name}\" does not apply to '{h.Name.Value}' of type {type.Display}");
            return null;
        }
        BoundExpr? operand = null;
        if (constraint.Value is not null)
        {
            operand = binder.Bind(constraint.Value, Section.Let, state.Members);
            if (operand.Type.IsError) return null;
            var needed = constraint.Kind is ConstraintKind.Min or ConstraintKind.Max && element.Kind == TypeKind.Float ? SpecType.Float : SpecType.Int;
            if (!ExpressionBinder.IsAssignable(operand.Type, needed))
            {
                state.Report(DiagnosticKind.TypeMismatch, constraint.Value.Range, $"\"{name}\" takes {needed.Display}, not {operand.Type.Display}");
                return null;
            }
        }
        var values = new List<BoundExpr>();
        foreach (var item in constraint.Values)
        {
            var value = binder.Bind(item, Section.Value, new Scope(null), type.NonNullable);
            if (value.Type.IsError) return null;
            if (!ExpressionBinder.IsAssignable(value.Type, type.NonNullable))
            {
                state.Report(DiagnosticKind.TypeMismatch, item.Range, $"\"one_of\" lists values of '{h.Name.Value}' ({type.Display}), and this is {value.Type.Display}");
                return null;
            }
            values.Add(value);
        }
        var text = constraint.Kind switch
        {
            ConstraintKind.Min => "at least " + ExprPrinter.Print(constraint.Value),
            ConstraintKind.Max => "at most " + ExprPrinter.Print(constraint.Value),
            ConstraintKind.Odd => "odd",
            ConstraintKind.Even => "even",
            ConstraintKind.DivisibleBy => "divisible by " + ExprPrinter.Print(constraint.Value),
            ConstraintKind.Length => "of length " + ExprPrinter.Print(constraint.Value),
            _ => "one of " + string.Join(", ", constraint.Values.Select(ExprPrinter.Print)),
        };
        return new ConstraintModel(constraint.Kind, operand, values.ToEquatableArray(), text, ExprPrinter.Print(constraint.Value));
    }

    // ---- presets ---------------------------------------------------------------------------------------------

    private List<PresetModel> BindPresets()
    {
        var result = new List<PresetModel>();
        foreach (var preset in Spec.Presets)
        {
            var arguments = BindArguments(preset.Arguments, $"the preset '{preset.Name.Value}'");
            if (arguments is null) continue;
            CheckArgumentConstraints(preset.Arguments, null, $"The preset '{preset.Name.Value}'");
            result.Add(new PresetModel(preset.Name.Value, preset.Summary, arguments.ToEquatableArray()));
        }
        return result;
    }

    /// <summary>Binds name → value arguments against this spec's hyperparameters; null after an error.</summary>
    private List<BoundNamedArgument>? BindArguments(IEnumerable<ArgumentSyntax> arguments, string owner)
    {
        var result = new List<BoundNamedArgument>();
        var ok = true;
        foreach (var argument in arguments)
        {
            var h = Spec.Hyperparameters.FirstOrDefault(x => x.Name.Value == argument.Name.Value);
            if (h is null)
            {
                var hint = Suggestions.DidYouMean(argument.Name.Value, Spec.Hyperparameters.Select(x => x.Name.Value));
                state.Report(DiagnosticKind.WrongArguments, argument.Name.Range,
                    $"{Capitalize(owner)} gives '{argument.Name.Value}', which is not a hyperparameter of {state.ClassName}: {(hint.Length > 0 ? hint : "its hyperparameters are " + Suggestions.List(Spec.Hyperparameters.Select(x => x.Name.Value)))}");
                ok = false;
                continue;
            }
            var type = TypeMapper.Of(h, state.ClassClr);
            var value = binder.Bind(argument.Value, Section.Value, new Scope(null), type);
            if (value.Type.IsError || !binder.CheckAssignable(value, type, argument.Value.Range, h.Name.Value, owner))
            {
                ok = false;
                continue;
            }
            result.Add(new BoundNamedArgument(h.Name.Value, value));
        }
        return ok ? result : null;
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    /// <summary>Checks constraints of a configuration's arguments; reports at the argument that breaks one.</summary>
    private void CheckArgumentConstraints(IEnumerable<ArgumentSyntax> arguments, SpecInstance? instance, string owner)
    {
        var given = arguments.ToList();
        instance ??= state.Evaluator.Instantiate(state.Self, EvaluateArguments(given));
        foreach (var h in Spec.Hyperparameters)
        {
            var argument = given.FirstOrDefault(a => a.Name.Value == h.Name.Value);
            if (argument is null || instance.Values.Get(h.Name.Value) is not { } value) continue;
            foreach (var constraint in h.Constraints)
                if (ConstraintChecker.Violation(constraint, value, instance.Values, state.Evaluator) is { } why)
                {
                    state.Report(DiagnosticKind.ConstraintViolated, argument.Value.Range, owner, h.Name.Value, why);
                    break;
                }
        }
    }

    private Dictionary<string, Value> EvaluateArguments(IEnumerable<ArgumentSyntax> arguments)
    {
        var values = new Dictionary<string, Value>(StringComparer.Ordinal);
        foreach (var argument in arguments)
            if (state.Evaluator.Evaluate(argument.Value, new ValueScope(), asValue: true) is { } value) values[argument.Name.Value] = value;
        return values;
    }

    // ---- examples --------------------------------------------------------------------------------------------

    private List<ExampleResult> BuildExampleEnvironments()
    {
        var results = new List<ExampleResult>();
        for (var i = 0; i < Spec.Examples.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            var example = Spec.Examples[i];
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            var label = "#" + number + (example.Preset is not null ? $" ({example.Preset.Value})"
                : example.Arguments.Count > 0 ? " (" + string.Join(", ", example.Arguments.Select(a => a.Name.Value + ": " + ExprPrinter.Print(a.Value))) + ")" : "");
            var result = new ExampleResult(example, label);
            results.Add(result);

            var arguments = new List<ArgumentSyntax>();
            if (example.Preset is not null)
            {
                var preset = Spec.Presets.FirstOrDefault(p => p.Name.Value == example.Preset.Value);
                if (preset is null)
                {
                    var hint = Suggestions.DidYouMean(example.Preset.Value, Spec.Presets.Select(p => p.Name.Value));
                    state.Report(DiagnosticKind.ExampleMismatch, example.Preset.Range, label,
                        $"there is no preset '{example.Preset.Value}' ({(hint.Length > 0 ? hint : "presets: " + Suggestions.List(Spec.Presets.Select(p => p.Name.Value)))})");
                    continue;
                }
                arguments.AddRange(preset.Arguments.Where(a => example.Arguments.All(e => e.Name.Value != a.Name.Value)));
            }
            var bound = BindArguments(example.Arguments, $"example {label}");
            if (bound is null) continue;
            arguments.AddRange(example.Arguments);

            var instance = state.Evaluator.Instantiate(state.Self, EvaluateArguments(arguments));
            result.Instance = instance;
            if (instance.Problem is not null)
            {
                state.Report(DiagnosticKind.ExampleMismatch, example.Range, label, $"the module cannot be built: {instance.Problem}");
                continue;
            }
            CheckArgumentConstraints(example.Arguments, instance, $"Example {label}");

            var values = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var pair in instance.Values.Own)
                if (pair.Value is IntValue v) values[pair.Key] = v.Value;
            if (!BindExampleInputs(example, label, instance, values)) continue;

            result.Environment = new ExampleEnvironment(label, values);
            state.Examples.Add(result.Environment);
            result.Model = new ExampleModel(
                example.Preset?.Value,
                bound.ToEquatableArray(),
                example.Inputs.Select(s => s.Dimensions).ToEquatableArray(),
                example.Outputs.Select(s => s.Dimensions).ToEquatableArray(),
                example.ParameterCount,
                label);
        }
        return results;
    }

    /// <summary>Matches an example's input shapes to forward's input annotations, binding B, H, W ... to their values.</summary>
    private bool BindExampleInputs(ExampleSyntax example, string label, SpecInstance instance, Dictionary<string, long> values)
    {
        var annotations = state.Self.Inputs;
        if (annotations.Count == 0) return true;
        if (example.Inputs.Count != annotations.Count)
        {
            state.Report(DiagnosticKind.ExampleMismatch, example.Range, label,
                $"it gives {example.Inputs.Count} input shape{(example.Inputs.Count == 1 ? "" : "s")}, and forward takes {annotations.Count} input{(annotations.Count == 1 ? "" : "s")}");
            return false;
        }
        for (var i = 0; i < annotations.Count; i++)
        {
            var annotation = annotations[i].Shape;
            var given = example.Inputs[i];
            if (annotation is null) continue;
            var dims = annotation.Dimensions;
            var ellipsis = -1;
            for (var d = 0; d < dims.Count; d++)
                if (dims[d] is EllipsisExpr) ellipsis = d;
            var fixedCount = ellipsis >= 0 ? dims.Count - 1 : dims.Count;
            if (ellipsis < 0 ? given.Dimensions.Count != fixedCount : given.Dimensions.Count < fixedCount)
            {
                state.Report(DiagnosticKind.ExampleMismatch, given.Range, label,
                    $"input {annotations[i].Name} has {given.Dimensions.Count} dims, and its annotation {ExprPrinter.Print(annotation)} has {fixedCount}");
                return false;
            }
            for (var d = 0; d < dims.Count; d++)
            {
                if (dims[d] is EllipsisExpr or WildcardExpr) continue;
                var axis = ellipsis >= 0 && d > ellipsis ? given.Dimensions.Count - (dims.Count - d) : d;
                var actual = given.Dimensions[axis];
                long? wanted;
                if (dims[d] is NameExpr symbol && instance.Values.Get(symbol.Name) is null && state.Members.Lookup(symbol.Name) is null)
                {
                    if (!values.TryGetValue(symbol.Name, out var bound))
                    {
                        values[symbol.Name] = actual;
                        continue;
                    }
                    wanted = bound;
                }
                else
                {
                    wanted = (state.Evaluator.Evaluate(dims[d], instance.Values) as IntValue)?.Value;
                }
                if (wanted is not null && wanted != actual)
                {
                    state.Report(DiagnosticKind.ExampleMismatch, given.Range, label,
                        $"input {annotations[i].Name} is [{string.Join(", ", given.Dimensions)}], and its annotation {ExprPrinter.Print(annotation)} wants dim {axis} to be {wanted}");
                    return false;
                }
            }
        }
        return true;
    }

    private void CheckExampleOutputs(List<ExampleResult> examples, List<Shape?> returnShapes)
    {
        foreach (var result in examples)
        {
            if (result.Environment is null || result.Instance is null) continue;
            var example = result.Syntax;
            if (returnShapes.Count > 0 && example.Outputs.Count != returnShapes.Count)
            {
                state.Report(DiagnosticKind.ExampleMismatch, example.Range, result.Label,
                    $"it gives {example.Outputs.Count} output shape{(example.Outputs.Count == 1 ? "" : "s")}, and forward returns {returnShapes.Count} tensor{(returnShapes.Count == 1 ? "" : "s")}");
                continue;
            }
            for (var i = 0; i < returnShapes.Count && i < example.Outputs.Count; i++)
            {
                var shape = returnShapes[i];
                var expected = example.Outputs[i];
                if (shape is null) continue;
                if (shape.Rank != expected.Dimensions.Count)
                {
                    state.Report(DiagnosticKind.ExampleMismatch, expected.Range, result.Label,
                        $"forward returns {shape.Rank} dims {shape}, and the example's output has {expected.Dimensions.Count}");
                    break;
                }
                for (var d = 0; d < shape.Rank; d++)
                {
                    var value = shape.Dims[d].Evaluate(result.Environment.Values);
                    if (value is not null && value != expected.Dimensions[d])
                    {
                        state.Report(DiagnosticKind.ExampleMismatch, expected.Range, result.Label,
                            $"dim {d} of the output is {value} ({shape.Dims[d]}) by the spec, and the example says {expected.Dimensions[d]}");
                        break;
                    }
                }
            }
            if (example.ParameterCount is { } stated && result.Instance.Parameters is { } counted && stated != counted)
                state.Report(DiagnosticKind.ExampleMismatch, example.ParameterCountRange, result.Label,
                    $"the spec has {counted.ToString("N0", CultureInfo.InvariantCulture)} parameters with these hyperparameters, and the example says {stated.ToString("N0", CultureInfo.InvariantCulture)}");
        }
    }
}
