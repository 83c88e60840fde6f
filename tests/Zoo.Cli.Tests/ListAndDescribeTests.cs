using Zoo.Docs;

namespace Zoo.Cli.Tests;

public sealed class ListAndDescribeTests
{
    /// <summary>The rows of a table the command printed: its cells, split on runs of two or more spaces.</summary>
    private static List<string[]> Rows(string output) => output.Split('\n')
        .Skip(1)
        .TakeWhile(l => l.Length > 0 && !l.Contains(" models: ", StringComparison.Ordinal))
        .Select(l => System.Text.RegularExpressions.Regex.Split(l.Trim(), "  +"))
        .ToList();

    [Fact]
    public async Task List_shows_every_block_network_and_preset_of_the_catalog()
    {
        var result = await ZooCli.Run("list");

        Assert.Equal(0, result.Code);
        var rows = Rows(result.Output);
        Assert.Equal(ModelCatalog.All.Select(e => e.Name), rows.Select(r => r[0]));
        var presets = ModelCatalog.All.Count(e => e.IsPreset);
        var blocks = ModelCatalog.All.Count(e => !e.IsPreset && e.Kind == "block");
        Assert.Contains($"{ModelCatalog.All.Count} models: {blocks} blocks, ", result.Output);
        Assert.Contains($", {presets} presets.", result.Output);
        var se = rows.Single(r => r[0] == "Se");
        Assert.Equal(new[] { "Se", "block", "channel", ModelCatalog.Find("Se").Summary }, se);
        Assert.Equal("preset of ResNet", rows.Single(r => r[0] == "resnet50")[1]);
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("spatial")]
    [InlineData("self")]
    public async Task List_filters_by_what_a_model_attends_over(string over)
    {
        var result = await ZooCli.Run("list", "--attends", over);

        var names = Rows(result.Output).Select(r => r[0]).ToArray();
        Assert.NotEmpty(names);
        Assert.Equal(ModelCatalog.All.Where(e => e.AttendsOver == over).Select(e => e.Name), names);
    }

    [Fact]
    public async Task List_filters_by_kind_and_text()
    {
        var presets = Rows((await ZooCli.Run("list", "--kind", "preset")).Output);
        Assert.All(presets, r => Assert.StartsWith("preset of ", r[1]));
        Assert.Equal(ModelCatalog.All.Count(e => e.IsPreset), presets.Count);

        var squeeze = Rows((await ZooCli.Run("list", "SQUEEZE", "--kind", "block")).Output).Select(r => r[0]).ToArray();
        Assert.Contains("Se", squeeze);
        Assert.DoesNotContain("Cbam", squeeze);
        Assert.DoesNotContain("se_resnet50", squeeze);

        var none = await ZooCli.Run("list", "no such words anywhere");
        Assert.Equal(0, none.Code);
        Assert.StartsWith("No model matches", none.Output);
    }

    [Fact]
    public async Task Describe_gives_the_paper_the_hyperparameters_the_examples_and_the_measured_cost()
    {
        var entry = ModelCatalog.Find("Cbam");
        var result = await ZooCli.Run("describe", "Cbam");

        Assert.True(result.Code == 0, result.ToString());
        var text = result.Output;
        Assert.StartsWith("Cbam — block (spec model-specs/blocks/cbam.zoo.json)\n", text);
        Assert.Contains("CBAM: Convolutional Block Attention Module — Sanghyun Woo, Jongchan Park", text);
        Assert.Contains("https://arxiv.org/abs/1807.06521", text);
        Assert.Contains("Attends over: both\n", text);
        Assert.Contains("Math:         " + entry.Math, text);
        Assert.Contains("Input:        x: [B, channels, H, W]\n", text);
        Assert.Matches(@"\n  reduction +int +16 +at least 1 +r: the shared MLP's hidden width is C / r\.\n", text);
        Assert.Matches(@"\n  channels +int +required +at least 1 ", text);
        Assert.Matches(@"\n  kernel_size +int +7 +at least 1, odd ", text);
        foreach (var note in entry.Notes) Assert.Contains(note[..40], text);

        var first = entry.Examples[0];
        var cost = ExampleCost.Measure(entry, first);
        Assert.Equal(first.Parameters, cost.Parameters);
        Assert.Contains($"Cost of example {first.Label} on [2, 256, 14, 14]: {cost.Parameters:N0} parameters", text);
        Assert.Contains($"({cost.MACs:N0}).", text);
    }

    [Fact]
    public async Task Describe_a_preset_says_what_it_fixes_and_leaves_open()
    {
        var result = await ZooCli.Run("describe", "se_resnet50", "--no-cost");

        Assert.True(result.Code == 0, result.ToString());
        Assert.StartsWith("se_resnet50 — network preset of ResNet", result.Output);
        Assert.Contains("Fixes:        block: Bottleneck, layers: [3, 4, 6, 3], attention: Se(reduction: 16)\n", result.Output);
        Assert.Contains("Hyperparameters (those the preset leaves open):\n", result.Output);
        Assert.Matches(@"\n  num_classes +int +1000 ", result.Output);
        Assert.DoesNotMatch(@"\n  layers ", result.Output);
        Assert.Contains("Other presets of ResNet:", result.Output);
        Assert.Matches(@"\n  resnet50 +ResNet-50 \(torchvision's resnet50, v1\.5\)\.\n", result.Output);
        Assert.DoesNotContain("Cost of example", result.Output);
    }

    [Fact]
    public async Task Describe_finds_a_name_whatever_its_case()
    {
        var result = await ZooCli.Run("describe", "cbam", "--no-cost");
        Assert.StartsWith("Cbam — block", result.Output);
    }
}
