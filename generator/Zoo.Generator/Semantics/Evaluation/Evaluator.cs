using System;
using System.Collections.Generic;
using System.Linq;
using Zoo.Generator.Model;
using Zoo.Generator.Semantics.Ops;

namespace Zoo.Generator.Semantics.Evaluation;

/// <summary>Names and their values while evaluating, with a parent for nested scopes (comprehension variables).</summary>
internal sealed class ValueScope
{
    private readonly Dictionary<string, Value> values = new(StringComparer.Ordinal);

    public ValueScope(ValueScope? parent = null) => Parent = parent;

    public ValueScope? Parent { get; }

    public IReadOnlyDictionary<string, Value> Own => values;

    public void Set(string name, Value value) => values[name] = value;

    public Value? Get(string name)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
            if (scope.values.TryGetValue(name, out var value)) return value;
        return null;
    }
}

/// <summary>A spec evaluated for one configuration: the values of its names and its exact parameter count.</summary>
internal sealed class SpecInstance
{
    public SpecInstance(ValueScope values, long? parameters, string? problem)
    {
        Values = values;
        Parameters = parameters;
        Problem = problem;
    }

    public ValueScope Values { get; }

    /// <summary>Null when some part of the spec could not be evaluated.</summary>
    public long? Parameters { get; }

    /// <summary>Why a hyperparameter is missing or invalid, when that stopped the evaluation.</summary>
    public string? Problem { get; }
}

/// <summary>
/// Evaluates spec expressions for a concrete configuration, at build time: derived values, constraint checks, and
/// what a spec's children add up to (the exact parameter count an example states, checked before anything runs).
/// It never throws and gives up (returns null) on anything it cannot know — a loop over a run-time size, a value it
/// has no rule for — and on runaway work (a step budget and a depth limit bound every evaluation).
/// </summary>
internal sealed class Evaluator
{
    private const int MaxDepth = 24;
    private int budget = 2_000_000;
    private int depth;
    private readonly SpecIndex index;

    public Evaluator(SpecIndex index) => this.index = index;

    /// <summary>Evaluates a spec for the given arguments (missing ones take their defaults).</summary>
    public SpecInstance Instantiate(SpecSignature spec, IReadOnlyDictionary<string, Value> arguments)
    {
        var scope = new ValueScope();
        if (++depth > MaxDepth)
        {
            depth--;
            return new SpecInstance(scope, null, "the specs nest too deeply to evaluate");
        }
        try
        {
            string? problem = null;
            foreach (var h in spec.Hyperparameters)
            {
                var name = h.Name.Value;
                Value? value = arguments.TryGetValue(name, out var given) ? given
                    : h.Default is not null ? Evaluate(h.Default, new ValueScope(), asValue: true)
                    : null;
                if (value is null)
                {
                    problem ??= arguments.ContainsKey(name) || h.Default is not null
                        ? $"the value of '{name}' cannot be evaluated"
                        : $"'{name}' has no default and is not given";
                    continue;
                }
                if (value is BlockValue block)
                    value = new BlockValue(block.Spec, block.Bound, h.BlockArguments.Select(a => a.Name.Value).ToArray());
                scope.Set(name, value);
            }
            foreach (var c in spec.Constants)
                if (Evaluate(c.Value, scope) is { } v) scope.Set(c.Name.Value, v);
            foreach (var l in spec.Lets)
                if (Evaluate(l.Value, scope) is { } v) scope.Set(l.Name.Value, v);

            long? count = 0;
            foreach (var p in spec.Parameters)
                count = Add(count, Evaluate(p.Init, scope) is TensorValue t ? t.Elements : null);
            foreach (var child in spec.Children)
                count = Add(count, ParametersOf(Evaluate(child.Value, scope)));
            return new SpecInstance(scope, problem is null ? count : null, problem);
        }
        finally
        {
            depth--;
        }
    }

    /// <summary>
    /// The value of an expression, or null. With <paramref name="asValue"/>, a spec name or call is a block reference
    /// (defaults, presets, examples); otherwise a spec call constructs a module (children).
    /// </summary>
    public Value? Evaluate(Expr expr, ValueScope scope, bool asValue = false)
    {
        if (--budget < 0) return null;
        try
        {
            return EvaluateCore(expr, scope, asValue);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private Value? EvaluateCore(Expr expr, ValueScope scope, bool asValue)
    {
        switch (expr)
        {
            case IntLiteral i: return new IntValue(i.Value);
            case FloatLiteral f: return new FloatValue(f.Value);
            case BoolLiteral b: return BoolValue.Of(b.Value);
            case StringLiteral s: return new StringValue(s.Value);
            case NullLiteral: return NullValue.Instance;
            case NameExpr n:
                if (scope.Get(n.Name) is { } named) return named;
                if (n.Name == "inf") return new FloatValue(double.PositiveInfinity);
                if (n.Name == "pi") return new FloatValue(Math.PI);
                if (index.Find(n.Name) is not null && asValue) return new BlockValue(n.Name, new Dictionary<string, Value>(), Array.Empty<string>());
                return null;
            case UnaryExpr u:
            {
                var operand = Evaluate(u.Operand, scope, asValue);
                return u.Operator switch
                {
                    "-" => operand switch { IntValue i => new IntValue(checked(-i.Value)), FloatValue f => new FloatValue(-f.Value), _ => null },
                    "+" => operand is IntValue or FloatValue ? operand : null,
                    "!" => operand is BoolValue b ? BoolValue.Of(!b.Value) : null,
                    _ => null,
                };
            }
            case BinaryExpr b: return EvaluateBinary(b, scope, asValue);
            case TernaryExpr t:
                return Evaluate(t.Condition, scope) is BoolValue condition ? Evaluate(condition.Value ? t.WhenTrue : t.WhenFalse, scope, asValue) : null;
            case ListExpr l:
            {
                var items = new List<Value>();
                foreach (var item in l.Items)
                {
                    var v = Evaluate(item, scope, asValue);
                    if (v is null) return null;
                    items.Add(v);
                }
                return new ListValue(items);
            }
            case ComprehensionExpr c:
            {
                var start = c.Start is null ? 0 : (Evaluate(c.Start, scope) as IntValue)?.Value;
                var stop = (Evaluate(c.Stop, scope) as IntValue)?.Value;
                if (start is null || stop is null || stop - start > budget) return null;
                var items = new List<Value>();
                for (var i = start.Value; i < stop.Value; i++)
                {
                    var inner = new ValueScope(scope);
                    inner.Set(c.Variable, new IntValue(i));
                    var v = Evaluate(c.Body, inner, asValue);
                    if (v is null) return null;
                    items.Add(v);
                }
                return new ListValue(items);
            }
            case IndexExpr ix when ix.Indices.Count == 1 && ix.Indices[0] is not SliceExpr:
            {
                if (Evaluate(ix.Target, scope) is not ListValue list || Evaluate(ix.Indices[0], scope) is not IntValue i) return null;
                var at = i.Value < 0 ? i.Value + list.Items.Count : i.Value;
                return at >= 0 && at < list.Items.Count ? list.Items[(int)at] : null;
            }
            case MemberExpr m:
            {
                if (Evaluate(m.Target, scope, asValue: true) is not BlockValue block) return null;
                var spec = index.Find(block.Spec);
                var constant = spec?.Constants.FirstOrDefault(k => k.Name.Value == m.Member);
                return constant is null ? null : Evaluate(constant.Value, new ValueScope());
            }
            case CallExpr call: return EvaluateCall(call, scope, asValue);
            default: return null;
        }
    }

    private Value? EvaluateBinary(BinaryExpr b, ValueScope scope, bool asValue)
    {
        if (b.Operator == "&&" || b.Operator == "||")
        {
            if (Evaluate(b.Left, scope) is not BoolValue left) return null;
            if (b.Operator == "&&" && !left.Value) return BoolValue.False;
            if (b.Operator == "||" && left.Value) return BoolValue.True;
            return Evaluate(b.Right, scope) as BoolValue;
        }
        if (b.Operator == "??")
        {
            var left = Evaluate(b.Left, scope, asValue);
            return left is null ? null : left is NullValue ? Evaluate(b.Right, scope, asValue) : left;
        }
        var l = Evaluate(b.Left, scope, asValue);
        var r = Evaluate(b.Right, scope, asValue);
        if (l is null || r is null) return null;
        if (b.Operator is "==" or "!=")
        {
            bool? equal = (l, r) switch
            {
                (IntValue x, IntValue y) => x.Value == y.Value,
                (IntValue or FloatValue, IntValue or FloatValue) => AsDouble(l) == AsDouble(r),
                (BoolValue x, BoolValue y) => x.Value == y.Value,
                (StringValue x, StringValue y) => x.Value == y.Value,
                (NullValue, NullValue) => true,
                (NullValue, _) or (_, NullValue) => false,
                _ => null,
            };
            return equal is null ? null : BoolValue.Of(b.Operator == "==" ? equal.Value : !equal.Value);
        }
        if (l is TensorValue tensor && r is IntValue or FloatValue) return tensor; // scaling an initial value
        if (r is TensorValue tensorRight && l is IntValue or FloatValue) return tensorRight;
        if (l is ListValue la && r is ListValue lb && b.Operator == "+") return new ListValue(la.Items.Concat(lb.Items).ToList());
        if (l is IntValue i && r is IntValue j)
        {
            switch (b.Operator)
            {
                case "+": return new IntValue(checked(i.Value + j.Value));
                case "-": return new IntValue(checked(i.Value - j.Value));
                case "*": return new IntValue(checked(i.Value * j.Value));
                case "//": return j.Value == 0 ? null : new IntValue(Shapes.Dim.FloorDivide(i.Value, j.Value));
                case "%": return j.Value == 0 ? null : new IntValue(((i.Value % j.Value) + j.Value) % j.Value);
                case "/": return j.Value == 0 ? null : new FloatValue((double)i.Value / j.Value);
                case "**":
                    if (j.Value < 0) return new FloatValue(Math.Pow(i.Value, j.Value));
                    long result = 1;
                    for (var k = 0; k < j.Value && k < 64; k++) result = checked(result * i.Value);
                    return j.Value > 64 && Math.Abs(i.Value) > 1 ? null : new IntValue(result);
                case "<": return BoolValue.Of(i.Value < j.Value);
                case "<=": return BoolValue.Of(i.Value <= j.Value);
                case ">": return BoolValue.Of(i.Value > j.Value);
                case ">=": return BoolValue.Of(i.Value >= j.Value);
            }
            return null;
        }
        if (l is IntValue or FloatValue && r is IntValue or FloatValue)
        {
            var x = AsDouble(l);
            var y = AsDouble(r);
            switch (b.Operator)
            {
                case "+": return new FloatValue(x + y);
                case "-": return new FloatValue(x - y);
                case "*": return new FloatValue(x * y);
                case "/": return new FloatValue(x / y);
                case "//": return new FloatValue(Math.Floor(x / y));
                case "%": return new FloatValue(x - y * Math.Floor(x / y));
                case "**": return new FloatValue(Math.Pow(x, y));
                case "<": return BoolValue.Of(x < y);
                case "<=": return BoolValue.Of(x <= y);
                case ">": return BoolValue.Of(x > y);
                case ">=": return BoolValue.Of(x >= y);
            }
        }
        return null;
    }

    private Value? EvaluateCall(CallExpr call, ValueScope scope, bool asValue)
    {
        // A block reference completed at its use site: attention(channels).
        if (call.Callee is NameExpr blockName && scope.Get(blockName.Name) is { } slot)
        {
            if (slot is NullValue) return NullValue.Instance;
            if (slot is not BlockValue block) return null;
            var arguments = new Dictionary<string, Value>(StringComparer.Ordinal);
            foreach (var bound in block.Bound) arguments[bound.Key] = bound.Value;
            for (var i = 0; i < call.Arguments.Count; i++)
            {
                var argument = call.Arguments[i];
                var name = argument.Name ?? (i < block.SlotArguments.Count ? block.SlotArguments[i] : null);
                var value = Evaluate(argument.Value, scope);
                if (name is null || value is null) return null;
                arguments[name] = value;
            }
            return Construct(block.Spec, arguments);
        }

        if (call.Callee is not NameExpr callee) return null;

        // Another spec: a module in children, a block reference in values.
        if (index.Find(callee.Name) is { } spec)
        {
            var arguments = new Dictionary<string, Value>(StringComparer.Ordinal);
            for (var i = 0; i < call.Arguments.Count; i++)
            {
                var argument = call.Arguments[i];
                var name = argument.Name ?? (i < spec.Hyperparameters.Count ? spec.Hyperparameters[i].Name.Value : null);
                var value = Evaluate(argument.Value, scope, asValue: true);
                if (name is null || value is null) return null;
                arguments[name] = value;
            }
            return asValue ? new BlockValue(spec.Name, arguments, Array.Empty<string>()) : Construct(spec.Name, arguments);
        }

        var overloads = OpCatalog.Lookup(callee.Name);
        if (overloads.Count == 0) return null;
        var values = new List<Value>();
        var named = new Dictionary<string, Value>(StringComparer.Ordinal);
        foreach (var argument in call.Arguments)
        {
            var value = Evaluate(argument.Value, scope, asValue);
            if (value is null) return null;
            if (argument.Name is null) values.Add(value);
            else named[argument.Name] = value;
        }

        var op = overloads[0];
        if ((op.Scope & OpScope.Layer) != 0) return EvaluateLayer(op, values, named);
        return EvaluateFunction(callee.Name, values, named);
    }

    private Value? Construct(string specName, Dictionary<string, Value> arguments)
    {
        var spec = index.Find(specName);
        if (spec is null) return null;
        var instance = Instantiate(spec, arguments);
        return instance.Parameters is { } count ? new ModuleValue(count) : null;
    }

    private static Value? EvaluateLayer(OpDefinition op, List<Value> positional, Dictionary<string, Value> named)
    {
        if (op.Name is "Sequential" or "ModuleList")
        {
            long total = 0;
            foreach (var item in positional.SelectMany(v => v is ListValue l ? l.Items : new[] { v }))
            {
                if (item is not ModuleValue m) return null;
                total = checked(total + m.Parameters);
            }
            return op.Name == "Sequential" ? new ModuleValue(total) : new ListValue(new Value[] { new ModuleValue(total) });
        }
        var arguments = new Dictionary<string, Value>(named, StringComparer.Ordinal);
        for (var i = 0; i < positional.Count && i < op.Parameters.Length; i++) arguments[op.Parameters[i].Name] = positional[i];
        var count = LayerParameters.Count(op.Name, arguments);
        return count is null ? null : new ModuleValue(count.Value);
    }

    private static Value? EvaluateFunction(string name, List<Value> positional, Dictionary<string, Value> named)
    {
        switch (name)
        {
            case "zeros":
            case "ones":
            case "randn":
            case "rand":
            case "empty":
            {
                var sizes = positional.Count == 1 && positional[0] is ListValue list ? list.Items : positional;
                if (sizes.Any(s => s is not IntValue)) return null;
                return new TensorValue(sizes.Select(s => ((IntValue)s).Value).ToArray());
            }
            case "full":
                return positional.Count >= 1 && positional[0] is ListValue shape && shape.Items.All(s => s is IntValue)
                    ? new TensorValue(shape.Items.Select(s => ((IntValue)s).Value).ToArray())
                    : null;
            case "eye":
                return positional.Count >= 1 && positional[0] is IntValue n ? new TensorValue(new[] { n.Value, n.Value }) : null;
            case "max":
            case "min":
            {
                if (positional.Count == 0 || positional.Any(v => v is not (IntValue or FloatValue))) return null;
                if (positional.All(v => v is IntValue))
                {
                    var ints = positional.Select(v => ((IntValue)v).Value);
                    return new IntValue(name == "max" ? ints.Max() : ints.Min());
                }
                var doubles = positional.Select(AsDouble);
                return new FloatValue(name == "max" ? doubles.Max() : doubles.Min());
            }
        }
        if (positional.Count != 1 || named.Count != 0) return null;
        var x = positional[0];
        if (x is not (IntValue or FloatValue)) return null;
        var d = AsDouble(x);
        return name switch
        {
            "abs" => x is IntValue i ? new IntValue(Math.Abs(i.Value)) : new FloatValue(Math.Abs(d)),
            "int" => Integral(Math.Truncate(d)),
            "float" => new FloatValue(d),
            "floor" => Integral(Math.Floor(d)),
            "ceil" => Integral(Math.Ceiling(d)),
            "round" => Integral(Math.Round(d, MidpointRounding.ToEven)),
            "sqrt" => new FloatValue(Math.Sqrt(d)),
            "exp" => new FloatValue(Math.Exp(d)),
            "log" => new FloatValue(Math.Log(d)),
            "log2" => new FloatValue(Math.Log(d) / Math.Log(2)),
            _ => null,
        };
    }

    private static Value? Integral(double d) => double.IsNaN(d) || double.IsInfinity(d) || Math.Abs(d) > 9e18 ? null : new IntValue((long)d);

    private static double AsDouble(Value v) => v is IntValue i ? i.Value : ((FloatValue)v).Value;

    private static long? ParametersOf(Value? value) => value switch
    {
        ModuleValue m => m.Parameters,
        NullValue => 0,
        ListValue l when l.Items.All(i => i is ModuleValue) => l.Items.Sum(i => ((ModuleValue)i).Parameters),
        _ => null,
    };

    private static long? Add(long? a, long? b) => a is null || b is null ? null : checked(a.Value + b.Value);
}
