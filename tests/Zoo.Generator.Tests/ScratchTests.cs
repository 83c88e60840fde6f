using Xunit.Abstractions;
using Zoo.Generator.Tests.Infrastructure;

namespace Zoo.Generator.Tests;

public class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Print()
    {
        var specs = SpecFiles.Zoo.Where(s => Environment.GetEnvironmentVariable("ONLY") is not { } only || s.Path.Contains(only));
        var run = GeneratorRun.Of(SpecFiles.AsFiles(specs));
        foreach (var d in run.Diagnostics) output.WriteLine(d.ToString());
        if (Environment.GetEnvironmentVariable("SOURCES") == "1")
            foreach (var s in run.Sources) output.WriteLine("==== " + s.HintName + "\n" + s.SourceText);
    }
}
