using System;
using System.Collections.Generic;
using System.Globalization;

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
                if (a.Constant == 0) return b;
                if (b.Constant == 0) return a;
                break;
            case "-":
                if (b.Constant == 0) return a;
                if (a == b) return Const(0);
                break;
            case "*":
                if (a.Constant == 1) return b;
                if (b.Constant == 1) return a;
                if (a.Constant == 0 || b.Constant == 0) return Const(0);
                break;
            case "//":
                if (b.Constant == 1) return a;
                break;
        }
        // Commutative operators get a canonical operand order, so that "4 * planes" equals "planes * 4".
        if ((op == "+" || op == "*") && string.CompareOrdinal(a.ToString(), b.ToString()) > 0) (a, b) = (b, a);
        return new BinaryDim(op, a, b);
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
