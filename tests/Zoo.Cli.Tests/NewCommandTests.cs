using System.Diagnostics;
using System.Text.Json;
using Zoo.Cli.Scaffolding;
using static Zoo.Torch.torch;

namespace Zoo.Cli.Tests;

public sealed class NewCommandTests : IDisposable
{
    private readonly string folder = RepoPaths.NewTempFolder("zoo-new");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task New_scaffolds_a_spec_the_generator_turns_into_a_working_module()
    {
        var target = Path.Combine(folder, "specs");
        var result = await ZooCli.Run("new", "PixelGate", "--dir", target);

        Assert.True(result.Code == 0, result.ToString());
        var path = Path.Combine(target, "pixel-gate.zoo.json");
        Assert.StartsWith($"Wrote {path}", result.Output);
        Assert.Contains("Next:\n  1. ", result.Output);

        var generated = SpecGenerator.Run(target, new[] { path }, "Scaffolded");
        Assert.Empty(generated.Diagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).Select(d => d.ToString()));
        Assert.Empty(generated.CompileErrors);

        // The generated catalog's example builds, runs, and has the parameter count the scaffold states.
        var catalog = generated.Assembly!.GetType("Scaffolded.ModelCatalog")!;
        var entries = (IReadOnlyList<ModelEntry>)catalog.GetProperty("All")!.GetValue(null)!;
        Assert.Equal(new[] { "PixelGate", "pixelgate_r8" }, entries.Select(e => e.Name));
        var entry = entries[0];
        Assert.Equal("channel", entry.AttendsOver);
        Assert.Equal(new[] { "channels", "reduction" }, entry.Hyperparameters.Select(h => h.Name));
        var example = Assert.Single(entry.Examples);
        using var module = example.Create();
        Assert.Equal(SpecScaffold.ExampleParameters, module.parameters().Sum(p => p.numel()));
        using var output = entry.Forward(module, new[] { randn(example.Inputs[0]) })[0];
        Assert.Equal(example.Outputs[0], output.shape);
    }

    [Fact]
    public async Task A_second_new_with_the_same_name_refuses_and_leaves_the_first_alone()
    {
        var target = Path.Combine(folder, "specs");
        Assert.Equal(0, (await ZooCli.Run("new", "PixelGate", "--dir", target)).Code);
        var path = Path.Combine(target, "pixel-gate.zoo.json");
        File.AppendAllText(path, " ");
        var before = File.ReadAllText(path);

        var again = await ZooCli.Run("new", "PixelGate", "--dir", target);

        Assert.Equal(2, again.Code);
        Assert.Equal($"zoo new: '{path}' already exists; choose another name or move it away (see 'zoo new --help')", Assert.Single(again.ErrorLines));
        Assert.Equal(before, File.ReadAllText(path));
    }

    [Fact]
    public async Task Inside_a_spec_tree_the_schema_is_referenced_relatively()
    {
        var root = Path.Combine(folder, "repo", "model-specs");
        Directory.CreateDirectory(root);
        File.Copy(RepoPaths.Of("model-specs", "zoo-spec.schema.json"), Path.Combine(root, "zoo-spec.schema.json"));

        var result = await ZooCli.Run("new", "MyGate", "--dir", Path.Combine(root, "blocks"));

        Assert.True(result.Code == 0, result.ToString());
        using var spec = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "blocks", "my-gate.zoo.json")));
        Assert.Equal("../zoo-spec.schema.json", spec.RootElement.GetProperty("$schema").GetString());
        Assert.Contains("dotnet build src/Zoo", result.Output); // next steps for the zoo's own specs
        Assert.Contains("tests/reference/blocks/my_gate.py", result.Output);
    }

    [NodeFact]
    public void The_scaffold_is_valid_against_the_json_schema()
    {
        var node = NodeFactAttribute.Node!;
        var path = Path.Combine(folder, "x-gate.zoo.json");
        File.WriteAllText(path, SpecScaffold.Render("XGate", RepoPaths.Of("model-specs", "zoo-spec.schema.json")));
        var start = new ProcessStartInfo(node) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepoPaths.Of("scripts", "validate-specs.mjs"));
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output);
        Assert.Contains("\"valid\":true", output);
    }

    [Theory]
    [InlineData("Se", "se.zoo.json")]
    [InlineData("PixelGate", "pixel-gate.zoo.json")]
    [InlineData("SKUnit", "sk-unit.zoo.json")]
    [InlineData("DanetPam", "danet-pam.zoo.json")]
    [InlineData("RCCA", "rcca.zoo.json")]
    [InlineData("Non_Local", "non-local.zoo.json")]
    public void File_names_are_kebab_case(string name, string file) => Assert.Equal(file, SpecScaffold.FileName(name));
}

/// <summary>A test that needs Node.js and the npm packages (ajv): skipped, saying why, where they are missing.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public static string? Node => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
        .Select(d => Path.Combine(d, "node")).FirstOrDefault(File.Exists);

    public NodeFactAttribute()
    {
        if (Node is null) Skip = "Node.js is not installed";
        else if (!Directory.Exists(RepoPaths.Of("node_modules", "ajv"))) Skip = "the npm packages are not installed (npm ci)";
    }
}
