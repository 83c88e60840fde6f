using Xunit.Abstractions;
using Zoo.Generator.Tests.Infrastructure;

namespace Zoo.Generator.Tests;

public class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Print()
    {
        var specs = SpecFiles.AllValid.Where(s => Environment.GetEnvironmentVariable("ONLY") is not { } only || s.Path.Contains(only));
        var run = GeneratorRun.Of(SpecFiles.AsFiles(specs));
        foreach (var d in run.Diagnostics) output.WriteLine(d.ToString());
        if (Environment.GetEnvironmentVariable("SOURCES") == "1")
            foreach (var s in run.Sources.Where(s => Environment.GetEnvironmentVariable("ONLY") is not { } only || s.HintName.Contains(only))) output.WriteLine("==== " + s.HintName + "\n" + s.SourceText);
    }
}
