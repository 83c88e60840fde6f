using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Zoo.Generator.Model;
using Zoo.Generator.Tests.Infrastructure;

namespace Zoo.Generator.Tests;

/// <summary>
/// Pipeline models hold values only: no symbol, syntax node, tree, compilation, semantic model or Location, whose
/// identity (not content) would defeat caching and keep whole compilations alive. Checked on the types and on the
/// actual values the steps produced.
/// </summary>
public class ModelPurityTests
{
    private static readonly Type[] Forbidden =
    {
        typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Compilation), typeof(SemanticModel), typeof(Location), typeof(SyntaxToken),
    };

    private static bool IsForbidden(Type type) => Forbidden.Any(f => f.IsAssignableFrom(type));

    [Fact]
    public void No_model_type_can_hold_a_symbol_syntax_compilation_or_location()
    {
        var generator = typeof(ZooGenerator).Assembly;
        var models = generator.GetTypes().Where(t => t.Namespace == "Zoo.Generator.Model" || t.Name is "SpecDiagnostic" or "GeneratorSettings" or "CheckedSpec").ToList();
        Assert.True(models.Count > 30, "the model types were not found");
        foreach (var model in models)
            foreach (var field in model.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
                foreach (var type in Mentioned(field.FieldType))
                    Assert.False(IsForbidden(type), $"{model.Name}.{field.Name} can hold a {type.Name}");
    }

    [Fact]
    public void No_value_produced_by_a_pipeline_step_holds_one_either()
    {
        var run = GeneratorRun.Of(SpecFiles.AsFiles(SpecFiles.AllValid));
        var seen = new HashSet<object>(Infrastructure.ReferenceComparer.Instance);
        var count = 0;
        foreach (var (step, runs) in run.Single.TrackedSteps)
            foreach (var output in runs.SelectMany(r => r.Outputs))
                count += Walk(output.Value, step, seen);
        Assert.True(count > 1000, $"only {count} values were walked");
    }

    [Fact]
    public void Parsing_and_checking_the_same_text_twice_gives_equal_models()
    {
        var a = GeneratorRun.Of(SpecFiles.AsFiles(SpecFiles.Zoo));
        var b = GeneratorRun.Of(SpecFiles.AsFiles(SpecFiles.Zoo));
        foreach (var step in new[] { TrackingNames.Parse, TrackingNames.Index, TrackingNames.Module, TrackingNames.Catalog })
        {
            var x = a.Single.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
            var y = b.Single.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
            Assert.Equal(x.Count, y.Count);
            for (var i = 0; i < x.Count; i++)
            {
                Assert.Equal(x[i], y[i]);
                Assert.Equal(x[i]?.GetHashCode(), y[i]?.GetHashCode());
            }
        }
    }

    private static int Walk(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum) return 0;
        Assert.False(IsForbidden(value.GetType()), $"{path} holds a {value.GetType().Name}");
        if (!value.GetType().IsValueType && !seen.Add(value)) return 0;
        var count = 1;
        if (value is IEnumerable items and not string)
        {
            var i = 0;
            foreach (var item in items) count += Walk(item, $"{path}[{i++}]", seen);
        }
        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            count += Walk(field.GetValue(value), $"{path}.{field.Name}", seen);
        return count;
    }

    /// <summary>A type and every type it is built from (generic arguments, array elements).</summary>
    private static IEnumerable<Type> Mentioned(Type type)
    {
        yield return type;
        if (type.IsArray)
            foreach (var t in Mentioned(type.GetElementType()!)) yield return t;
        if (type.IsGenericType)
            foreach (var argument in type.GetGenericArguments())
                foreach (var t in Mentioned(argument)) yield return t;
    }
}
