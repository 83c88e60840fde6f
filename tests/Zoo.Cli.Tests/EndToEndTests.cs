using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Zoo.Cli.Tests;

/// <summary>
/// Tests that train: they seed libtorch's process-wide generator and compare runs, so they run one at a time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TrainingCollection
{
    public const string Name = "zoo commands that train";
}

/// <summary>train, eval and compare end to end on the synthetic data set (no files needed), in seconds.</summary>
[Collection(TrainingCollection.Name)]
public sealed class EndToEndTests : IDisposable
{
    private readonly string folder = RepoPaths.NewTempFolder("zoo-cli");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static readonly string[] Tiny = { "--data", "matching-marks", "--train-size", "64", "--batch-size", "16", "--plain" };

    [Fact]
    public async Task Train_writes_checkpoints_and_a_report_eval_reproduces_the_best_epoch_and_a_rerun_resumes()
    {
        var run = Path.Combine(folder, "run");
        var train = await ZooCli.Run(new[] { "train", "resnet20", "--epochs", "2", "--out", run }.Concat(Tiny).ToArray());

        Assert.True(train.Code == 0, train.ToString());
        Assert.Empty(train.Error);
        Assert.Contains("model: resnet20(in_channels: 1, num_classes: 2): 269,", train.Output); // ResNet-20 on one channel, two classes
        Assert.Contains("resnet20 epoch 2/2: train loss", train.Output);
        Assert.Contains($"Evaluate it with: zoo eval {run}", train.Output);
        foreach (var file in new[] { "last.safetensors", "best.safetensors", "model.json", "report.html", "metrics.csv", "summary.csv", "metrics.json" })
            Assert.True(File.Exists(Path.Combine(run, file)), file);
        using (var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "model.json"))))
        {
            Assert.Equal("resnet20(in_channels: 1, num_classes: 2)", manifest.RootElement.GetProperty("model").GetString());
            Assert.Equal("matching-marks", manifest.RootElement.GetProperty("data").GetString());
        }

        // The best checkpoint, evaluated on the same split, gives exactly the accuracy training recorded for its epoch.
        var epochs = File.ReadAllLines(Path.Combine(run, "metrics.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        double best = epochs.Max(e => double.Parse(e[7], CultureInfo.InvariantCulture));
        var eval = await ZooCli.Run("eval", run);
        Assert.True(eval.Code == 0, eval.ToString());
        Assert.Contains($"checkpoint: {Path.Combine(run, "best.safetensors")} (resnet20", eval.Output);
        var accuracy = double.Parse(Regex.Match(eval.Output, @"accuracy (\d+\.\d+)%").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Equal(100 * best, accuracy, 2);

        // The same command again finds the finished run and trains nothing; another recipe in the folder is refused.
        var again = await ZooCli.Run(new[] { "train", "resnet20", "--epochs", "2", "--out", run }.Concat(Tiny).ToArray());
        Assert.True(again.Code == 0, again.ToString());
        Assert.Contains($"Resumed resnet20 from '{Path.Combine(run, "last.safetensors")}' after epoch 2.", again.Output);
        Assert.DoesNotContain("epoch 1/2: train loss", again.Output);

        var other = await ZooCli.Run(new[] { "train", "resnet20", "--epochs", "3", "--out", run }.Concat(Tiny).ToArray());
        Assert.Equal(2, other.Code);
        Assert.StartsWith($"zoo train: '{run}' holds checkpoints of another run (the recipe was '2 epochs", Assert.Single(other.ErrorLines));
    }

    [Fact]
    public async Task Compare_trains_each_model_under_one_recipe_and_writes_the_report()
    {
        var report = Path.Combine(folder, "report");
        var result = await ZooCli.Run(new[]
        {
            "compare", "resnet20", "gc=resnet20(attention: GlobalContext)", "--epochs", "1", "--eval-size", "8", "--out", report, "--no-images",
            "--title", "tiny comparison",
        }.Concat(Tiny).ToArray());

        Assert.True(result.Code == 0, result.ToString());
        Assert.Contains("Comparing 2 models: 1 epochs, batch 16", result.Output);
        Assert.Matches(@"\ngc +resnet20\(attention: GlobalContext, in_channels: 1, num_classes: 2\) +\d{3},\d{3} ", result.Output);
        Assert.Contains($"Report: {Path.Combine(report, "report.html")}", result.Output);
        Assert.Contains("Compared 2 models in ", result.Output);

        var summary = File.ReadAllLines(Path.Combine(report, "summary.csv"));
        Assert.Equal(3, summary.Length);
        Assert.StartsWith("model,parameters,macs_per_image,", summary[0]);
        var gc = summary.Single(l => l.StartsWith("gc,", StringComparison.Ordinal)).Split(',');
        var plain = summary.Single(l => l.StartsWith("resnet20,", StringComparison.Ordinal)).Split(',');
        Assert.True(long.Parse(gc[1], CultureInfo.InvariantCulture) > long.Parse(plain[1], CultureInfo.InvariantCulture), "GC blocks add parameters");
        Assert.True(long.Parse(gc[2], CultureInfo.InvariantCulture) > long.Parse(plain[2], CultureInfo.InvariantCulture), "GC blocks add MACs");
        Assert.Equal("finished", gc[^1]);
        Assert.Contains("<h1>tiny comparison</h1>", File.ReadAllText(Path.Combine(report, "report.html")));
        Assert.True(File.Exists(Path.Combine(report, "metrics.json")));
        Assert.True(File.Exists(Path.Combine(report, "checkpoints", "gc", "model.json")));

        // Each compared model is a run eval understands.
        var eval = await ZooCli.Run("eval", Path.Combine(report, "checkpoints", "gc"), "--eval-size", "8");
        Assert.True(eval.Code == 0, eval.ToString());
        Assert.Contains("model: resnet20(attention: GlobalContext, in_channels: 1, num_classes: 2)", eval.Output);
    }

    [Fact]
    public async Task Bench_times_forward_and_backward_and_counts_macs()
    {
        var result = await ZooCli.Run("bench", "resnet20", "Se", "--input", "16x16x16", "--batch", "4", "--iterations", "2", "--warmup", "1");

        Assert.True(result.Code == 0, result.ToString());
        var rows = result.Output.Split('\n').Where(l => l.StartsWith("resnet20 ", StringComparison.Ordinal) || l.StartsWith("Se ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        // SE on 16 channels (its open channels follow the input): 16·1 + 1 + 1·16 + 16 parameters, 32 MACs.
        Assert.Matches(@"^Se +49 +32 +\d+\.\d+ ms +\d+\.\d +\d+\.\d+ ms +\d+\.\d$", rows[1]);
        Assert.Matches(@"^resnet20 +\d{3},\d{3} +\d+(\.\d)? M ", rows[0]);
    }
}
