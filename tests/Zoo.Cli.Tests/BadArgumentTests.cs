namespace Zoo.Cli.Tests;

/// <summary>A command line that cannot be used gets one line on standard error, naming the problem, and exit code 2.</summary>
public sealed class BadArgumentTests
{
    [Theory]
    [InlineData("unknown command or option 'trian'", "trian")]
    [InlineData("unknown command or option '--epoch'", "train", "resnet18", "--epoch", "3")]
    [InlineData("unknown command or option '--verbose'", "list", "--verbose")]
    [InlineData("Required argument missing", "train")]
    [InlineData("no model is named 'resnt18' (did you mean resnet18?)", "train", "resnt18")]
    [InlineData("no model is named 'Cbm' (did you mean Cbam, Bam?)", "describe", "Cbm")]
    [InlineData("no model is named 'se_resnt50' (did you mean se_resnet50", "compare", "resnet50", "se_resnt50")]
    [InlineData("no model is named 'resnet_18' (did you mean resnet18", "bench", "resnet_18")]
    [InlineData("--arg 'reduction' is not of the form name=value", "bench", "Se", "--arg", "reduction")]
    [InlineData("--arg '=8': '' is not a hyperparameter name", "bench", "Se", "--arg", "=8")]
    [InlineData("--arg attention: 'Se(reduction 8)': expected ':' after 'reduction'", "train", "resnet18", "--arg", "attention=Se(reduction 8)")]
    [InlineData("--arg layers: '[1, 2': expected ']' at the end", "train", "ResNet", "--arg", "layers=[1, 2")]
    [InlineData("resnet18: num_classes takes an int, not the name ten", "train", "resnet18", "--arg", "num_classes=ten")]
    [InlineData("resnet18: num_classes takes an int, not a float", "train", "resnet18", "--arg", "num_classes=2.5")]
    [InlineData("resnet18 has no hyperparameter 'num_clases' (did you mean num_classes?)", "train", "resnet18", "--arg", "num_clases=10")]
    [InlineData("Se has no hyperparameter 'reductio' (did you mean reduction?)", "train", "resnet18", "--arg", "attention=Se(reductio: 4)")]
    [InlineData("se_resnet50 fixes 'attention' (it is a preset of ResNet)", "train", "se_resnet50", "--arg", "attention=Cbam")]
    [InlineData("Bam: variant takes one of paper, official, not the name papers", "bench", "Bam", "--arg", "variant=papers")]
    [InlineData("no model is named 'Sqz'", "train", "resnet18", "--arg", "attention=Sqz")]
    [InlineData("Cannot parse argument 'abc' for option '--epochs' as a whole number", "train", "resnet18", "--epochs", "abc")]
    [InlineData("--epochs must be at least 1, got 0", "train", "resnet18", "--epochs", "0")]
    [InlineData("--batch-size must be at least 1, got -3", "compare", "resnet18", "--batch-size", "-3")]
    [InlineData("--lr must be positive, got -1", "train", "resnet18", "--lr", "-1")]
    [InlineData("Cannot parse argument 'fast' for option '--lr' as a number", "train", "resnet18", "--lr", "fast")]
    [InlineData("--label-smoothing must be in [0, 1), got 1.5", "compare", "resnet18", "--label-smoothing", "1.5")]
    [InlineData("Argument 'adam' not recognized. Must be one of: 'sgd', 'adamw'", "train", "resnet18", "--optimizer", "adam")]
    [InlineData("unknown data set 'cifar' (did you mean cifar10?)", "train", "resnet18", "--data", "cifar")]
    [InlineData("--device: Unknown device 'tpu'", "train", "resnet18", "--device", "tpu")]
    [InlineData("Argument 'blocks' not recognized. Must be one of: 'block', 'network', 'preset'", "list", "--kind", "blocks")]
    [InlineData("'resnet18' is named twice; give one a label: label=model", "compare", "resnet18", "resnet18")]
    [InlineData("--input takes one image's shape as CxHxW (3x32x32), got '3x32'", "bench", "resnet18", "--input", "3x32")]
    [InlineData("'missing-run' does not exist", "eval", "missing-run")]
    [InlineData("'myGate' is not a spec name", "new", "myGate")]
    [InlineData("the zoo already has a model named Cbam (model-specs/blocks/cbam.zoo.json)", "new", "CBAM")]
    public async Task A_bad_command_line_gets_one_line_on_stderr_and_exit_code_2(string expected, params string[] args)
    {
        var result = await ZooCli.Run(args);

        Assert.True(result.Code == 2, result.ToString());
        Assert.Empty(result.Output);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains(expected, line);
        Assert.Matches(@"^zoo( \w+)*: .*\(see 'zoo( \w+)* --help'\)$", line);
    }

    [Fact]
    public async Task A_model_that_does_not_fit_the_data_is_one_line_before_any_training()
    {
        var folder = NeverWritten();
        var result = await ZooCli.Run("train", "resnet18", "--data", "matching-marks", "--train-size", "8", "--eval-size", "4", "--out", folder);

        Assert.True(result.Code == 2, result.ToString());
        Assert.False(Directory.Exists(folder), "nothing is written before the model is known to fit");
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("zoo train: resnet18 cannot take matching-marks/train's images [N, 1, 32, 32]: ResNet.forward: input x expected [B, 3, H, W]", line);
        Assert.DoesNotContain("epoch", result.Output);
    }

    [Fact]
    public async Task A_block_is_not_a_classifier()
    {
        var folder = NeverWritten();
        var result = await ZooCli.Run("train", "Se", "--arg", "channels=1", "--data", "matching-marks", "--train-size", "8", "--eval-size", "4", "--out", folder);

        Assert.True(result.Code == 2, result.ToString());
        Assert.False(Directory.Exists(folder), "nothing is written before the model is known to fit");
        Assert.Equal("zoo train: Se maps [2, 1, 32, 32] to [2, 1, 32, 32], but matching-marks/train needs logits [N, 2]; " +
                     "is it a network with the data's number of classes? (see 'zoo train --help')", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task A_missing_required_hyperparameter_is_named()
    {
        var folder = NeverWritten();
        var result = await ZooCli.Run("train", "Se", "--data", "matching-marks", "--train-size", "8", "--eval-size", "4", "--out", folder);

        Assert.True(result.Code == 2, result.ToString());
        Assert.False(Directory.Exists(folder), "nothing is written before the model is known to fit");
        Assert.StartsWith("zoo train: Se needs the hyperparameter 'channels' (an int), and it was not given", Assert.Single(result.ErrorLines));
    }

    /// <summary>A folder that must not exist after a command that fails before training.</summary>
    private static string NeverWritten() => Path.Combine(Path.GetTempPath(), "zoo-never-written-" + Guid.NewGuid().ToString("N"));
}
