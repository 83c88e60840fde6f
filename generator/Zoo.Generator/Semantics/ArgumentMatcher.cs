using System;
using System.Collections.Generic;
using System.Linq;
using Zoo.Generator.Diagnostics;
using Zoo.Generator.Model;
using Zoo.Generator.Parsing;

namespace Zoo.Generator.Semantics;

/// <summary>A parameter as argument matching sees it: name, required or not, and whether it takes the remaining positionals.</summary>
internal readonly struct MatchParameter
{
    public MatchParameter(string name, bool required, bool variadic = false)
    {
        Name = name;
        Required = required;
        Variadic = variadic;
    }

    public string Name { get; }

    public bool Required { get; }

    public bool Variadic { get; }
}

/// <summary>
/// Matches the arguments of a call (positional, then named) to parameters, Python style. Reports too many
/// positionals, unknown or repeated names and missing required arguments (ZOO009), each at the argument concerned.
/// </summary>
internal static class ArgumentMatcher
{
    /// <summary>Parameter name → the arguments given for it (several for a variadic one). Null after an error.</summary>
    public static Dictionary<string, List<Argument>>? Match(
        CheckerState state, string callee, IReadOnlyList<MatchParameter> parameters, IReadOnlyList<Argument> arguments, SourceRange callRange, bool requireAll = true)
    {
        var result = new Dictionary<string, List<Argument>>(StringComparer.Ordinal);
        var ok = true;
        var next = 0;
        foreach (var argument in arguments)
        {
            if (argument.Name is not null) continue;
            if (next >= parameters.Count)
            {
                var max = parameters.Count;
                state.Report(DiagnosticKind.WrongArguments, argument.Value.Range,
                    $"{callee} takes at most {max} positional argument{(max == 1 ? "" : "s")} ({string.Join(", ", parameters.Select(p => p.Name))}): remove this one or name it");
                ok = false;
                break;
            }
            var parameter = parameters[next];
            if (!result.TryGetValue(parameter.Name, out var list)) result[parameter.Name] = list = new List<Argument>();
            list.Add(argument);
            if (!parameter.Variadic) next++;
        }
        foreach (var argument in arguments)
        {
            if (argument.Name is null) continue;
            var parameter = parameters.FirstOrDefault(p => p.Name == argument.Name);
            if (parameter.Name is null)
            {
                var hint = Suggestions.DidYouMean(argument.Name, parameters.Select(p => p.Name));
                state.Report(DiagnosticKind.WrongArguments, argument.NameRange,
                    $"{callee} has no parameter '{argument.Name}': {(hint.Length > 0 ? hint : "its parameters are " + Suggestions.List(parameters.Select(p => p.Name)))}");
                ok = false;
                continue;
            }
            if (result.ContainsKey(argument.Name))
            {
                state.Report(DiagnosticKind.WrongArguments, argument.NameRange,
                    $"{callee} gets '{argument.Name}' twice (positionally and by name, or by name twice): keep one");
                ok = false;
                continue;
            }
            result[argument.Name] = new List<Argument> { argument };
        }
        if (requireAll)
        {
            var missing = parameters.Where(p => p.Required && !result.ContainsKey(p.Name)).Select(p => p.Name).ToList();
            if (missing.Count > 0)
            {
                state.Report(DiagnosticKind.WrongArguments, callRange,
                    $"{callee} needs {Suggestions.List(missing, "'")}: add {(missing.Count == 1 ? "it" : "them")} (positionally in order, or by name)");
                ok = false;
            }
        }
        return ok ? result : null;
    }
}
