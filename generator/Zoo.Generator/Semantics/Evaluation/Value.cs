using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Zoo.Generator.Semantics.Evaluation;

/// <summary>A value computed while evaluating a spec for a concrete configuration (an example, a preset, a default).</summary>
internal abstract class Value
{
    public abstract string Display { get; }

    public override string ToString() => Display;
}

internal sealed class IntValue : Value
{
    public IntValue(long value) => Value = value;

    public long Value { get; }

    public override string Display => Value.ToString(CultureInfo.InvariantCulture);
}

internal sealed class FloatValue : Value
{
    public FloatValue(double value) => Value = value;

    public double Value { get; }

    public override string Display => Value.ToString("R", CultureInfo.InvariantCulture);
}

internal sealed class BoolValue : Value
{
    public static readonly BoolValue True = new(true);
    public static readonly BoolValue False = new(false);

    private BoolValue(bool value) => Value = value;

    public bool Value { get; }

    public static BoolValue Of(bool value) => value ? True : False;

    public override string Display => Value ? "true" : "false";
}

internal sealed class StringValue : Value
{
    public StringValue(string value) => Value = value;

    public string Value { get; }

    public override string Display => "'" + Value + "'";
}

internal sealed class NullValue : Value
{
    public static readonly NullValue Instance = new();

    public override string Display => "null";
}

internal sealed class ListValue : Value
{
    public ListValue(IReadOnlyList<Value> items) => Items = items;

    public IReadOnlyList<Value> Items { get; }

    public override string Display => "[" + string.Join(", ", Items.Select(i => i.Display)) + "]";
}

/// <summary>A block reference: the spec it names and the hyperparameters fixed so far.</summary>
internal sealed class BlockValue : Value
{
    public BlockValue(string spec, IReadOnlyDictionary<string, Value> bound, IReadOnlyList<string> slotArguments)
    {
        Spec = spec;
        Bound = bound;
        SlotArguments = slotArguments;
    }

    public string Spec { get; }

    public IReadOnlyDictionary<string, Value> Bound { get; }

    /// <summary>The names the use site's positional arguments fill (the slot signature it was given to).</summary>
    public IReadOnlyList<string> SlotArguments { get; }

    public override string Display => Spec + "(" + string.Join(", ", Bound.Select(b => b.Key + ": " + b.Value.Display)) + ")";
}

/// <summary>A constructed module, as far as counting goes: its number of parameters (learnable elements).</summary>
internal sealed class ModuleValue : Value
{
    public ModuleValue(long parameters) => Parameters = parameters;

    public long Parameters { get; }

    public override string Display => $"module ({Parameters} parameters)";
}

/// <summary>A tensor created at construction (a parameter or buffer's initial value): only its shape matters.</summary>
internal sealed class TensorValue : Value
{
    public TensorValue(IReadOnlyList<long> shape) => Shape = shape;

    public IReadOnlyList<long> Shape { get; }

    public long? Elements
    {
        get
        {
            try
            {
                long n = 1;
                foreach (var d in Shape) n = checked(n * d);
                return n;
            }
            catch (System.OverflowException)
            {
                return null;
            }
        }
    }

    public override string Display => "tensor[" + string.Join(", ", Shape) + "]";
}
