using Zoo.Data;
using Zoo.Tests.Training;
using Zoo.Training;

namespace Zoo.Tests.Reports;

[Collection(SeededTrainingCollection.Name)]
public sealed class ComparisonTests : IDisposable
{
    private readonly string folder = RepoPaths.NewTempFolder("zoo-compare");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Trains_each_model_under_the_same_recipe_and_writes_one_report()
    {
        var recipe = new TrainingRecipe { Epochs = 2, BatchSize = 16, MaxBatchesPerEpoch = 3, LearningRate = 0.05, Seed = 4 };
        var train = new MatchingMarksDataset(Split.Train, 96, size: 20);
        var eval = new MatchingMarksDataset(Split.Test, 32, size: 20);
        var models = new[]
        {
            new ModelCandidate("narrow", () => new TinyCnn(1, 2, width: 4)),
            new ModelCandidate("wide", () => new TinyCnn(1, 2, width: 8)),
        };
        var comparison = new Comparison(recipe, train, eval, folder) { Images = false, Device = CPU, Title = "tiny" };
        var (result, report) = await comparison.RunAsync(models);
        Assert.Equal(new[] { "narrow", "wide" }, result.Models.Select(m => m.Name));
        Assert.All(result.Models, m => Assert.Equal(2, m.History.Count));
        Assert.True(result.Models[0].Parameters < result.Models[1].Parameters);
        Assert.True(result.Models[0].MacsPerImage < result.Models[1].MacsPerImage, "a wider network costs more per image");
        Assert.Equal(3, File.ReadAllLines(report.SummaryCsv).Length);
        Assert.True(File.Exists(Path.Combine(comparison.CheckpointFolder("wide"), "last.safetensors")));

        // Run again: both models are finished, so nothing is retrained and the results are the same.
        var (again, _) = await new Comparison(recipe, train, eval, folder) { Images = false, Device = CPU }.RunAsync(models);
        Assert.Equal(result.Models.Select(m => m.BestAccuracy), again.Models.Select(m => m.BestAccuracy));
        Assert.Equal(result.Models.Select(m => m.History[^1].TrainSeconds), again.Models.Select(m => m.History[^1].TrainSeconds));

        await Assert.ThrowsAsync<ArgumentException>(() => comparison.RunAsync(new[] { models[0], models[0] }));
    }

    [Fact]
    public async Task A_model_that_diverges_is_reported_as_failed_and_the_others_still_train()
    {
        var recipe = new TrainingRecipe { Epochs = 2, BatchSize = 16, MaxBatchesPerEpoch = 3, LearningRate = 0.05, Seed = 4 };
        var train = new MatchingMarksDataset(Split.Train, 96, size: 20);
        var eval = new MatchingMarksDataset(Split.Test, 32, size: 20);
        var models = new[]
        {
            new ModelCandidate("unstable", () => new NanFrom(new TinyCnn(1, 2), fromCall: 5)), // step 5: epoch 2
            new ModelCandidate("stable", () => new TinyCnn(1, 2)),
        };
        var (result, report) = await new Comparison(recipe, train, eval, folder) { Images = false, Device = CPU }.RunAsync(models);
        Assert.Equal(new[] { "failed", "finished" }, result.Models.Select(m => m.Status));
        Assert.Single(result.Models[0].History); // the epoch completed before the loss became NaN
        Assert.Contains("loss was NaN at step 5", result.Models[0].Failure);
        Assert.EndsWith(",failed", File.ReadAllLines(report.SummaryCsv)[1]);
        Assert.Contains("<td>unstable (failed)</td>", File.ReadAllText(report.Html));
    }
}
