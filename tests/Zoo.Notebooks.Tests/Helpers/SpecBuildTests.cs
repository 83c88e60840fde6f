using Zoo.Networks;
using static Zoo.Torch.torch;

namespace Zoo.Notebooks.Tests.Helpers;

public sealed class SpecBuildTests : IDisposable
{
    private const string Gate = """
        {
          "name": "TinyGate",
          "kind": "block",
          "namespace": "Tiny.Blocks",
          "summary": "A channel gate that uses the zoo's Se by name.",
          "hyperparameters": { "channels": { "type": "int", "min": 1 }, "reduction": { "type": "int", "default": 4, "min": 1 } },
          "children": { "se": "Se(channels, reduction: reduction)", "mix": "Conv2d(channels, channels, 1, bias: false)" },
          "forward": [
            "x: [B, channels, H, W]",
            "return mix(se(x)): [B, channels, H, W]"
          ],
          "examples": [ { "args": { "channels": 8 }, "input": [1, 8, 5, 5], "output": [1, 8, 5, 5], "parameters": 106 } ]
        }
        """;

    private readonly string folder = RepoPaths.NewTempFolder("zoo-spec-build");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string ZooSpecs => RepoPaths.Of("model-specs");

    private SpecBuild Build(string json)
    {
        File.WriteAllText(Path.Combine(folder, "tiny-gate.zoo.json"), json);
        return SpecBuild.Run(folder, ZooSpecs, rootNamespace: "Tiny");
    }

    [Fact]
    public void A_mistake_is_reported_as_the_build_reports_it_at_its_line_and_column_in_the_json_string()
    {
        var build = Build(Gate.Replace("\"se\": \"Se(", "\"se\": \"Sse("));

        Assert.False(build.Succeeded);
        Assert.DoesNotContain(build.GeneratedSources.Keys, k => k.StartsWith("tiny-gate", StringComparison.Ordinal));
        var unknown = Assert.Single(build.Diagnostics, d => d.Id == "ZOO013");
        Assert.Equal(("tiny-gate.zoo.json", 7, 24, "error"), (unknown.Path, unknown.Line, unknown.Column, unknown.Severity));
        Assert.Contains("did you mean 'Se'", unknown.Message);
        Assert.StartsWith("tiny-gate.zoo.json(7,24): error ZOO013: No spec is named 'Sse'", unknown.ToString());
        Assert.EndsWith("/diagnostics.md#ZOO013", unknown.HelpLink, StringComparison.OrdinalIgnoreCase);
        var excerpt = unknown.Excerpt().Split('\n');
        Assert.Equal("   7 | \"children\": { \"se\": \"Sse(channels, reduction: reduction)\", \"mix\": \"Conv2d(channels, channels, 1, bias: false)\" },", excerpt[0]);
        Assert.Equal("     | " + new string(' ', 21) + "^", excerpt[1]);        // under the S of Sse: column 24 of a line indented by 2
        Assert.Contains("Build FAILED", build.ToString());
        Assert.Throws<InvalidOperationException>(() => build.Load());
    }

    [Fact]
    public void A_good_spec_generates_compiles_and_builds_modules_that_use_the_zoos_blocks()
    {
        var build = Build(Gate);

        Assert.True(build.Succeeded, build.ToString());
        Assert.Contains("Build succeeded: 0 error(s), 0 warning(s)", build.ToString());
        Assert.Contains("public sealed partial class TinyGate", build.SourceOf("tiny-gate.zoo.json"));
        var entry = build.Entry("TinyGate");
        Assert.Equal("Tiny.Blocks.TinyGate", entry.Type.FullName);
        using var gate = (nn.Module<Tensor, Tensor>)entry.Create(BlockArguments.Empty.With("channels", 8L));
        Assert.Equal(106, gate.parameters().Sum(p => p.numel()));
        Assert.IsType<Zoo.Blocks.Se>(gate.named_children().Single(c => c.name == "se").module);   // the zoo's own class
        using var x = randn(2, 8, 6, 7);
        using var y = gate.call(x);
        Assert.Equal(x.shape, y.shape);
        Assert.Throws<ShapeMismatchException>(() => gate.call(randn(2, 4, 6, 7)));

        using var network = CifarResNet.resnet20(attention: new BlockFactory("TinyGate", a => (nn.Module<Tensor, Tensor>)entry.Create(a)));
        using var logits = network.call(randn(2, 3, 16, 16));
        Assert.Equal(new long[] { 2, 10 }, logits.shape);
    }

    [Fact]
    public void The_same_specs_can_be_built_and_loaded_again()
    {
        var first = Build(Gate).Entry("TinyGate");
        var second = Build(Gate.Replace("\"default\": 4", "\"default\": 2").Replace("\"parameters\": 106", "\"parameters\": 140")).Entry("TinyGate");
        Assert.NotSame(first.Type.Assembly, second.Type.Assembly);
        using var module = second.Create(BlockArguments.Empty.With("channels", 8L));
        Assert.Equal(140, module.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void A_folder_without_specs_is_an_error_that_names_it()
    {
        var error = Assert.Throws<FileNotFoundException>(() => SpecBuild.Run(folder));
        Assert.Contains(folder, error.Message);
    }
}
