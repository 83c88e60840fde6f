using System.Text.Json;
using Zoo.Cli;
using Zoo.Cli.Commands;

namespace Zoo.Notebooks.Tests.Cli;

public sealed class SummaryCommandTests
{
    private static async Task<(int code, string output, string error)> Zoo(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = await ZooCommandLine.RunAsync(args, output, error, SummaryCommand.Create());
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Prints_the_layers_and_totals_of_a_preset_at_its_native_size()
    {
        var (code, output, error) = await Zoo("summary", "resnet20");
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.StartsWith("resnet20 on [1, 3, 32, 32]", output);
        Assert.Contains("│ └─2 (BasicBlock)", output);
        Assert.Contains("Total params: 269,722", output);
        // PyTorch forward hooks on the reference ResNet-20 count 40,551,040 MACs in its convolutions and linear layer.
        Assert.Contains("Total MACs: 40,551,040 (40.55 M)", output);
    }

    [Fact]
    public async Task Takes_an_input_shape_hyperparameters_and_a_depth_and_prints_json()
    {
        var (code, output, error) = await Zoo("summary", "resnet20", "--input", "2x1x28x28", "--arg", "in_channels=1", "--arg", "num_classes=7", "--depth", "1", "--json");
        Assert.Equal(0, code);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(new long[] { 2, 7 }, root.GetProperty("outputs")[0].EnumerateArray().Select(d => d.GetInt64()));
        Assert.Equal(269_722 - 16 * 2 * 9 - 3 * 65, root.GetProperty("total_parameters").GetInt64());
        Assert.All(root.GetProperty("layers").EnumerateArray(), l => Assert.InRange(l.GetProperty("depth").GetInt32(), 0, 1));
    }

    [Theory]
    [InlineData("unknown model 'resnet5000'", "summary", "resnet5000")]
    [InlineData("--input must be positive sizes joined by x, like 1x3x224x224, got '1x0'", "summary", "resnet20", "--input", "1x0")]
    [InlineData("resnet20 has no hyperparameter 'width'", "summary", "resnet20", "--arg", "width=3")]
    [InlineData("--arg num_classes takes an int, got 'ten'", "summary", "resnet20", "--arg", "num_classes=ten")]
    [InlineData("--depth must be 0 or more, got -1", "summary", "resnet20", "--depth", "-1")]
    public async Task A_bad_command_line_gets_one_line_on_stderr_and_exit_code_2(string expected, params string[] args)
    {
        var (code, output, error) = await Zoo(args);
        Assert.Equal(2, code);
        Assert.Empty(output);
        var line = Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Contains(expected, line);
    }

    [Fact]
    public async Task An_input_the_model_rejects_is_reported_with_exit_code_1()
    {
        var (code, output, error) = await Zoo("summary", "resnet20", "--input", "1x3");
        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("expected [B, 3, H, W], got [1, 3]", error);
    }
}
