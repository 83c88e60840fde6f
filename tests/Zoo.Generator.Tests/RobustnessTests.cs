using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;
using Zoo.Generator.Tests.Infrastructure;

namespace Zoo.Generator.Tests;

/// <summary>
/// Thousands of seeded mutants of every spec: the generator never throws, never fails internally (ZOO099), and for
/// each mutant either reports an error or emits code that compiles without warnings.
/// </summary>
public class RobustnessTests(ITestOutputHelper output)
{
    // 200 per spec in the default test run (about 7,000 mutants over the zoo and the feature specs); ZOO_MUTANTS_PER_SPEC asks for more.
    private static readonly int MutantsPerSpec = int.TryParse(Environment.GetEnvironmentVariable("ZOO_MUTANTS_PER_SPEC"), out var n) && n > 0 ? n : 200;

    public static TheoryData<string> Groups() => new() { "zoo", "features" };

    [Theory]
    [MemberData(nameof(Groups))]
    public void Every_mutant_gives_a_diagnostic_or_code_that_compiles(string group)
    {
        var specs = group == "zoo" ? SpecFiles.Zoo : SpecFiles.Features;
        var baseline = GeneratorRun.Of(SpecFiles.AsFiles(specs), group == "zoo" ? "Zoo" : "Zoo.Features");
        Assert.Empty(baseline.Errors);
        var baseTrees = baseline.Sources.ToDictionary(s => s.HintName, s => s.SyntaxTree);
        var baseCompilation = group == "zoo" ? CompilationFactory.ForZoo(baseTrees.Values) : CompilationFactory.ForFeatures(baseTrees.Values);
        CompilationFactory.AssertClean(baseCompilation);
        var compiled = new HashSet<string>(); // generated outputs already compiled (many mutants give the same code)
        var counts = new Dictionary<string, int> { ["diagnosed"] = 0, ["compiled"] = 0, ["same code"] = 0 };
        var clock = Stopwatch.StartNew();
        var generating = new Stopwatch();

        for (var s = 0; s < specs.Count; s++)
        {
            var (path, json) = specs[s];
            var mutator = new SpecMutator(seed: 1000 * s + group.Length);
            var run = baseline;
            for (var i = 0; i < MutantsPerSpec; i++)
            {
                var (mutant, what) = mutator.Mutate(json);
                generating.Start();
                run = run.Rerun(GeneratorRun.SpecRoot + path, mutant);
                generating.Stop();
                var context = $"{path}, mutant {i}: {what}";
                Assert.True(run.Single.Exception is null, $"{context}: the generator threw {run.Single.Exception}");
                Assert.DoesNotContain(run.Diagnostics, d => d.Id == "ZOO099" || d.Id.StartsWith("CS", StringComparison.Ordinal));
                if (run.Errors.Any())
                {
                    counts["diagnosed"]++;
                    continue;
                }
                var key = string.Join("\u0000", run.Sources.Select(x => x.HintName + "\u0001" + x.SourceText));
                if (!compiled.Add(key))
                {
                    counts["same code"]++;
                    continue;
                }
                counts["compiled"]++;
                var problems = IncrementalCheck(baseCompilation, baseTrees, run.Sources);
                Assert.True(problems.Count == 0, $"{context}: no diagnostic, and the code does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Take(5))}{Environment.NewLine}{mutant}");
            }
        }
        output.WriteLine($"{group}: {specs.Count * MutantsPerSpec} mutants in {clock.Elapsed.TotalSeconds:F1} s ({generating.Elapsed.TotalSeconds:F1} s generating): " + string.Join(", ", counts.Select(c => $"{c.Value} {c.Key}")));
        Assert.True(counts["diagnosed"] > 0 && counts["compiled"] > 0, "the mutants should both break specs and leave some valid");
    }

    /// <summary>
    /// Compiler warnings and errors of a mutant's generated code, computed incrementally: the base compilation (clean)
    /// with the changed files replaced, binding only the changed files and those that name a class they declare
    /// (generated code names other specs' classes fully qualified, so a text search finds every dependent).
    /// </summary>
    private static IReadOnlyList<string> IncrementalCheck(CSharpCompilation baseCompilation, Dictionary<string, SyntaxTree> baseTrees, IReadOnlyList<GeneratedSourceResult> sources)
    {
        var compilation = baseCompilation;
        var changed = new List<SyntaxTree>();
        var current = new Dictionary<string, SyntaxTree>();
        foreach (var source in sources)
        {
            if (baseTrees.TryGetValue(source.HintName, out var old))
            {
                if (old.GetText().ContentEquals(source.SourceText))
                {
                    current[source.HintName] = old;
                    continue;
                }
                var tree = source.SyntaxTree.WithFilePath(old.FilePath);
                compilation = compilation.ReplaceSyntaxTree(old, tree);
                changed.Add(tree);
                current[source.HintName] = tree;
            }
            else
            {
                compilation = compilation.AddSyntaxTrees(source.SyntaxTree);
                changed.Add(source.SyntaxTree);
                current[source.HintName] = source.SyntaxTree;
            }
        }
        foreach (var (hint, old) in baseTrees)
            if (!current.ContainsKey(hint))
            {
                compilation = compilation.RemoveSyntaxTrees(old);
                changed.Add(old); // its dependents must be bound again; the tree itself is gone
            }
        var declared = changed.SelectMany(DeclaredClasses).ToHashSet();
        var affected = current.Values
            .Where(t => changed.Contains(t) || declared.Any(c => t.GetText().ToString().Contains(c, StringComparison.Ordinal)))
            .Distinct()
            .ToList();
        return affected
            .SelectMany(t => compilation.GetSemanticModel(t).GetDiagnostics())
            .Concat(compilation.GetDeclarationDiagnostics().Where(d => d.Location.SourceTree is null))
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .Distinct()
            .ToList();
    }

    /// <summary>"global::Zoo.Blocks.Se" for each class a generated file declares.</summary>
    private static IEnumerable<string> DeclaredClasses(SyntaxTree tree)
    {
        var text = tree.GetText().ToString();
        var ns = System.Text.RegularExpressions.Regex.Match(text, @"^namespace (\S+)", System.Text.RegularExpressions.RegexOptions.Multiline);
        if (!ns.Success) yield break;
        foreach (System.Text.RegularExpressions.Match c in System.Text.RegularExpressions.Regex.Matches(text, @"public (?:sealed |static )?partial class (\w+)"))
            yield return $"global::{ns.Groups[1].Value}.{c.Groups[1].Value}";
    }
}
