using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Zoo.Packaging.Tests;

/// <summary>
/// A fresh project on the packages (samples/ZooConsumer, plus the spec of Zoo.Generator's README): it restores them
/// from the local feed only, its specs become modules and may use the zoo's blocks, it runs, and a bad spec fails its
/// build at the spec's line and column.
/// </summary>
[Collection(PackagesCollection.Name)]
public class ConsumerProjectTests
{
    private readonly ConsumerFixture fixture;

    public ConsumerProjectTests(ConsumerFixture fixture)
    {
        this.fixture = fixture;
        Assert.True(fixture.Pack.ExitCode == 0, fixture.Pack.ToString());
        Assert.True(fixture.Build?.ExitCode == 0, fixture.Build?.ToString());
    }

    private string Output
    {
        get
        {
            Assert.True(fixture.Run?.ExitCode == 0, fixture.Run?.ToString());
            return fixture.Run!.Output;
        }
    }

    [Theory]
    [InlineData("zoo")]
    [InlineData("zoo.torch")]
    [InlineData("zoo.generator")]
    public void The_packages_are_restored_from_the_local_feed_into_the_project_s_own_folder(string id)
    {
        var metadata = Path.Combine(fixture.Packages, id, ConsumerFixture.Version, ".nupkg.metadata");
        Assert.True(File.Exists(metadata), $"{metadata} is missing: the package was not restored into the consumer's folder");
        using var json = JsonDocument.Parse(File.ReadAllText(metadata));
        Assert.Equal(Path.TrimEndingDirectorySeparator(fixture.Feed), Path.TrimEndingDirectorySeparator(json.RootElement.GetProperty("source").GetString()!));
    }

    [Fact]
    public void The_build_output_holds_the_native_shim_and_plotly()
    {
        var output = Path.Combine(fixture.Consumer, "bin", "Debug", "net10.0");
        Assert.True(File.Exists(Path.Combine(output, "runtimes", "linux-x64", "native", "libZooTorchNative.so")));
        if (File.Exists(RepoPaths.Of("node_modules", "plotly.js-dist-min", "plotly.min.js")))
            Assert.True(File.Exists(Path.Combine(output, "plotly", "plotly.min.js")));
    }

    [Fact]
    public void The_spec_schema_is_copied_beside_the_specs_for_editors()
    {
        var copied = Path.Combine(fixture.Consumer, "specs", "zoo-spec.schema.json");
        Assert.True(File.Exists(copied));
        Assert.Equal(File.ReadAllText(RepoPaths.Of("model-specs", "zoo-spec.schema.json")), File.ReadAllText(copied));
    }

    [Fact]
    public void A_zoo_network_is_built_with_typed_arguments_reloaded_from_safetensors_run_and_trained()
    {
        // torchvision's resnet18 with 4 classes has 11,178,564 parameters; CBAM (r = 16, 7x7) adds 680, 2,284, 8,564
        // and 33,412 in each of the two units of the four stages (64, 128, 256, 512 channels): 89,880.
        Assert.Contains("ResNet.resnet18(num_classes: 4, attention: Cbam.Block(reduction: 16)): 11,268,444 parameters", Output);
        Assert.Contains("tensors saved to a safetensors file and loaded into a fresh model (0 missing, 0 unexpected)", Output);
        Assert.Contains("inference: [8, 3, 16, 16] -> [8, 4]; the reloaded model's logits differ by at most 0", Output);
        var losses = Regex.Matches(Output, @"training step \d: loss (\d+\.\d+)").Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, losses.Count);
        Assert.All(losses, loss => Assert.True(double.IsFinite(loss) && loss > 0, $"loss {loss}"));
    }

    [Fact]
    public void The_project_s_own_block_is_generated_from_its_spec_fits_the_zoo_s_networks_and_checks_its_input()
    {
        Assert.Contains("CoordinateAttention(channels: 64): 1,688 parameters, [2, 64, 16, 16] -> [2, 64, 16, 16]", Output);
        // In each of the two units of the four stages: 1,688, 3,352, 6,680 and 25,648 (C = 512 widens the encoding to
        // 512 / 32 = 16) on top of ResNet-18's 11,178,564 for 4 classes.
        Assert.Contains("in the zoo's network: ResNet.resnet18(num_classes: 4, attention: CoordinateAttention.Block()): 11,253,300 parameters", Output);
        Assert.Contains("a wrong input is refused: CoordinateAttention.forward: input x expected [B, 64, H, W], got [2, 32, 16, 16]", Output);
    }

    [Fact]
    public void The_project_s_network_uses_the_zoo_s_CBAM_and_learns()
    {
        Assert.Contains("TinyAttentionNet(): 21,800 parameters, of which the zoo's CBAM has 1,196 (Zoo.Blocks.Cbam)", Output);
        var trained = Regex.Match(Output, @"training loss (\d+\.\d+) -> (\d+\.\d+), evaluation accuracy (\d+\.\d)%");
        Assert.True(trained.Success, Output);
        double first = Parse(trained.Groups[1].Value), last = Parse(trained.Groups[2].Value), accuracy = Parse(trained.Groups[3].Value);
        Assert.True(last < first / 2, $"the training loss went from {first} to {last}");
        Assert.True(accuracy >= 90, $"evaluation accuracy {accuracy}%");
    }

    [Fact]
    public void The_project_s_catalog_holds_its_own_specs_only()
    {
        // The README's spec was added to the sample's two; the zoo's specs are references, generated in Zoo.dll only.
        Assert.Contains("this project's catalog: CoordinateAttention, TinyAttentionNet, tiny_se, TinyNet", Output);
    }

    [Fact]
    public void A_bad_spec_fails_the_build_with_its_ZOO_error_at_the_spec_s_line_and_column()
    {
        var spec = Path.Combine(fixture.Consumer, "specs", "misspelt.zoo.json");
        var json = """
            {
              "name": "Misspelt",
              "kind": "block",
              "namespace": "ZooConsumer.Blocks",
              "summary": "The zoo's CBAM with a misspelt hyperparameter.",
              "hyperparameters": { "channels": { "type": "int", "min": 1 } },
              "children": { "attn": "Cbam(channels, reductoin: 8)" },
              "forward": ["x: [B, channels, H, W]", "return attn(x): [B, channels, H, W]"]
            }
            """;
        File.WriteAllText(spec, json);
        try
        {
            var build = fixture.Dotnet("build", "--no-restore");

            Assert.NotEqual(0, build.ExitCode);
            var lines = json.Split('\n');
            int line = Array.FindIndex(lines, l => l.Contains("reductoin", StringComparison.Ordinal));
            int column = lines[line].IndexOf("reductoin", StringComparison.Ordinal);
            // The hyperparameter is checked against the zoo's own spec of CBAM, which the Zoo package carries.
            Assert.Contains($"{spec}({line + 1},{column + 1}): error ZOO009: Cbam has no parameter 'reductoin': did you mean 'reduction'?", build.Output);
        }
        finally
        {
            File.Delete(spec);
        }
    }

    private static double Parse(string number) => double.Parse(number, CultureInfo.InvariantCulture);
}
