using System.Diagnostics;

namespace Zoo.Generator.Tests;

/// <summary>
/// A real `dotnet build` of a small project that uses the generator through its MSBuild wiring (the props and targets
/// the package ships): a bad spec must fail the build with an MSBuild-formatted error at the spec's line and column.
/// </summary>
public class BuildIntegrationTests
{
    [Fact]
    public void Dotnet_build_reports_a_bad_spec_at_its_file_line_and_column()
    {
        var folder = RepoPaths.NewTempFolder("zoo-build");
        try
        {
            var generator = typeof(ZooGenerator).Assembly.Location;
            var build = RepoPaths.Of("generator", "build");
            File.WriteAllText(Path.Combine(folder, "Specs.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <Import Project="{build}/Zoo.Generator.props" />
                  <ItemGroup>
                    <Analyzer Include="{generator}" />
                  </ItemGroup>
                  <Import Project="{build}/Zoo.Generator.targets" />
                </Project>
                """);
            Directory.CreateDirectory(Path.Combine(folder, "specs"));
            var spec = Path.Combine(folder, "specs", "bad.zoo.json");
            File.WriteAllText(spec, """
                {
                  "name": "Bad",
                  "kind": "block",
                  "summary": "A spec with an undefined name.",
                  "forward": ["x: [B, C]", "return x * gama"]
                }
                """);

            var start = new ProcessStartInfo("dotnet", "build --nologo -v q -p:UseSharedCompilation=false")
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();

            Assert.NotEqual(0, process.ExitCode);
            Assert.Contains($"{spec}(5,40): error ZOO008: The name 'gama' is not defined here", output);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
