using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Zoo.Generator.Semantics.Shapes;

/// <summary>
/// One dimension of a shape as a symbolic expression: a constant, a name (hyperparameter, derived value, shape
/// symbol such as B or H), arithmetic on those, or unknown. Kept simplified, so that two dims are the same when their
/// normal forms are equal; evaluated under an example's values to find annotations that cannot hold.
/// </summary>
internal abstract record Dim
{
    public static readonly Dim Unknown = new UnknownDim();

    public static Dim Const(long value) => new ConstDim(value);

    public static Dim Named(string name) => new NameDim(name);

    public bool IsUnknown => this is UnknownDim;

    public long? Constant => this is ConstDim c ? c.Value : null;

    public static Dim Add(Dim a, Dim b) => Binary("+", a, b);

    public static Dim Sub(Dim a, Dim b) => Binary("-", a, b);

    public static Dim Mul(Dim a, Dim b) => Binary("*", a, b);

    public static Dim FloorDiv(Dim a, Dim b) => Binary("//", a, b);

    /// <summary>Builds a simplified binary dim (constant folding and the identities that keep normal forms small).</summary>
    public static Dim Binary(string op, Dim a, Dim b)
    {
        if (a.IsUnknown || b.IsUnknown) return Unknown;
        if (a is ConstDim x && b is ConstDim y)
        {
            var folded = Apply(op, x.Value, y.Value);
            return folded is null ? Unknown : Const(folded.Value);
        }
        switch (op)
        {
            case "+":
                return Sum(a, b, 1);
            case "-":
                return Sum(a, b, -1);
            case "*":
                if (a.Constant == 1) return b;
                if (b.Constant == 1) return a;
                if (a.Constant == 0 || b.Constant == 0) return Const(0);
                break;
            case "//":
                if (b.Constant == 1) return a;
                break;
        }
        // Multiplication gets a canonical operand order (a constant first), so that "4 * planes" equals "planes * 4".
        if (op == "*" && (b is ConstDim || (a is not ConstDim && string.CompareOrdinal(a.ToString(), b.ToString()) > 0))) (a, b) = (b, a);
        return new BinaryDim(op, a, b);
    }

    /// <summary>
    /// a + sign·b as a normal form: a sum of distinct terms with integer coefficients, terms in a canonical order,
    /// the constant last. So ((H + 2) - 3) // s + 1 and (H - 1) // s + 1 are the same dim, and (H - 1) + 1 is H.
    /// </summary>
    private static Dim Sum(Dim a, Dim b, long sign)
    {
        var terms = new List<(long Coefficient, Dim Term)>();
        long constant = 0;
        try
        {
            checked
            {
                void Collect(Dim d, long s)
                {
                    switch (d)
                    {
                        case ConstDim c:
                            constant += s * c.Value;
                            break;
                        case BinaryDim { Operator: "+" } p:
                            Collect(p.Left, s);
                            Collect(p.Right, s);
                            break;
                        case BinaryDim { Operator: "-" } m:
                            Collect(m.Left, s);
                            Collect(m.Right, -s);
                            break;
                        case BinaryDim { Operator: "*", Left: ConstDim k } scaled:
                            Add(s * k.Value, scaled.Right);
                            break;
                        default:
                            Add(s, d);
                            break;
                    }
                }

                void Add(long coefficient, Dim term)
                {
                    var at = terms.FindIndex(t => t.Term == term);
                    if (at < 0) terms.Add((coefficient, term));
                    else terms[at] = (terms[at].Coefficient + coefficient, term);
                }

                Collect(a, 1);
                Collect(b, sign);
            }
        }
        catch (OverflowException)
        {
            return Unknown;
        }
        var kept = terms.Where(t => t.Coefficient != 0).OrderBy(t => t.Term.ToString(), StringComparer.Ordinal).ToList();
        Dim? result = null;
        // Positive terms first, so that the form reads H - 1 rather than -1 + H.
        foreach (var (coefficient, term) in kept.Where(t => t.Coefficient > 0).Concat(kept.Where(t => t.Coefficient < 0)))
        {
            var magnitude = Math.Abs(coefficient);
            var scaled = magnitude == 1 ? term : new BinaryDim("*", Const(magnitude), term);
            result = result is null
                ? coefficient > 0 ? scaled : new BinaryDim("-", Const(0), scaled)
                : new BinaryDim(coefficient > 0 ? "+" : "-", result, scaled);
        }
        if (result is null) return Const(constant);
        if (constant == 0) return result;
        return new BinaryDim(constant > 0 ? "+" : "-", result, Const(Math.Abs(constant)));
    }

    /// <summary>The value under the given names' values, or null when some name is not known or the arithmetic fails.</summary>
    public abstract long? Evaluate(IReadOnlyDictionary<string, long> values);

    /// <summary>Replaces names by dims (substituting a callee's hyperparameters by the caller's arguments).</summary>
    public abstract Dim Substitute(Func<string, Dim?> lookup);

    /// <summary>Python's floor division (rounds toward negative infinity, unlike C#'s /).</summary>
    public static long FloorDivide(long a, long b)
    {
        var q = a / b;
        if (a % b != 0 && (a < 0) != (b < 0)) q--;
        return q;
    }

    public static long? Apply(string op, long a, long b)
    {
        try
        {
            checked
            {
                return op switch
                {
                    "+" => a + b,
                    "-" => a - b,
                    "*" => a * b,
                    "//" => b == 0 ? null : FloorDivide(a, b),
                    "%" => b == 0 ? null : ((a % b) + b) % b,
                    _ => null,
                };
            }
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}

internal sealed record UnknownDim : Dim
{
    public override long? Evaluate(IReadOnlyDictionary<string, long> values) => null;

    public override Dim Substitute(Func<string, Dim?> lookup) => this;

    public override string ToString() => "?";
}

internal sealed record ConstDim(long Value) : Dim
{
    public override long? Evaluate(IReadOnlyDictionary<string, long> values) => Value;

    public override Dim Substitute(Func<string, Dim?> lookup) => this;

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

internal sealed record NameDim(string Name) : Dim
{
    public override long? Evaluate(IReadOnlyDictionary<string, long> values) => values.TryGetValue(Name, out var v) ? v : null;

    public override Dim Substitute(Func<string, Dim?> lookup) => lookup(Name) ?? Unknown;

    public override string ToString() => Name;
}

internal sealed record BinaryDim(string Operator, Dim Left, Dim Right) : Dim
{
    public override long? Evaluate(IReadOnlyDictionary<string, long> values)
    {
        var a = Left.Evaluate(values);
        var b = Right.Evaluate(values);
        return a is null || b is null ? null : Apply(Operator, a.Value, b.Value);
    }

    public override Dim Substitute(Func<string, Dim?> lookup) => Binary(Operator, Left.Substitute(lookup), Right.Substitute(lookup));

    public override string ToString() => $"({Left} {Operator} {Right})";
}
