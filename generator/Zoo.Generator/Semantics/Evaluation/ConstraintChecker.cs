using System.Linq;
using Zoo.Generator.Model;

namespace Zoo.Generator.Semantics.Evaluation;

/// <summary>Checks a concrete hyperparameter value against its constraints (the same rules the constructor enforces).</summary>
internal static class ConstraintChecker
{
    /// <summary>Why the value breaks the constraint, or null when it holds (or cannot be decided now).</summary>
    public static string? Violation(ConstraintSyntax constraint, Value value, ValueScope scope, Evaluator evaluator)
    {
        if (value is NullValue) return null;
        if (value is ListValue list && constraint.Kind is not (ConstraintKind.Length or ConstraintKind.OneOf))
        {
            foreach (var item in list.Items)
                if (Violation(constraint, item, scope, evaluator) is { } why) return why;
            return null;
        }
        var operand = constraint.Value is null ? null : evaluator.Evaluate(constraint.Value, scope);
        switch (constraint.Kind)
        {
            case ConstraintKind.Min:
                return Number(value) is { } v && Number(operand) is { } min && v < min ? $"{value.Display} is below the minimum {operand!.Display}" : null;
            case ConstraintKind.Max:
                return Number(value) is { } w && Number(operand) is { } max && w > max ? $"{value.Display} is above the maximum {operand!.Display}" : null;
            case ConstraintKind.Odd:
                return value is IntValue odd && odd.Value % 2 == 0 ? $"{value.Display} is even, and it must be odd" : null;
            case ConstraintKind.Even:
                return value is IntValue even && even.Value % 2 != 0 ? $"{value.Display} is odd, and it must be even" : null;
            case ConstraintKind.DivisibleBy:
                return value is IntValue n && operand is IntValue d && d.Value != 0 && n.Value % d.Value != 0
                    ? $"{value.Display} is not divisible by {operand.Display}" : null;
            case ConstraintKind.Length:
                return value is ListValue l && operand is IntValue length && l.Items.Count != length.Value
                    ? $"{value.Display} has {l.Items.Count} items, and it must have {length.Display}" : null;
            case ConstraintKind.OneOf:
            {
                var allowed = constraint.Values.Select(e => evaluator.Evaluate(e, scope, asValue: true)).ToList();
                if (allowed.Any(a => a is null)) return null;
                return allowed.Any(a => a!.Display == value.Display) ? null : $"{value.Display} is not one of {string.Join(", ", allowed.Select(a => a!.Display))}";
            }
            default:
                return null;
        }
    }

    private static double? Number(Value? value) => value switch
    {
        IntValue i => i.Value,
        FloatValue f => f.Value,
        _ => null,
    };
}
