using Zoo.Generator.Tests.Infrastructure;

namespace Zoo.Generator.Tests;

/// <summary>The generated code of every spec compiles warning-free, XML docs included, against the real binding.</summary>
public class CompileTests
{
    [Fact]
    public void The_zoo_generates_without_diagnostics_and_compiles_warning_free()
    {
        var run = GeneratorRun.Of(SpecFiles.AsFiles(SpecFiles.Zoo));
        Assert.Empty(run.Diagnostics);
        Assert.Equal(SpecFiles.Zoo.Count + 1, run.Sources.Count); // one file per spec, plus the catalog
        var compilation = CompilationFactory.ForZoo(run.Sources.Select(s => s.SyntaxTree));
        CompilationFactory.AssertClean(compilation);
    }

    [Fact]
    public void The_feature_specs_generate_without_diagnostics_and_compile_warning_free()
    {
        var run = GeneratorRun.Of(SpecFiles.AsFiles(SpecFiles.Features), rootNamespace: "Zoo.Features");
        Assert.Empty(run.Diagnostics);
        var compilation = CompilationFactory.ForFeatures(run.Sources.Select(s => s.SyntaxTree));
        CompilationFactory.AssertClean(compilation);
    }
}
