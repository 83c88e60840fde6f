using Zoo.Training;

namespace Zoo.Tests.Training;

public class ScheduleAndGroupsTests
{
    [Fact]
    public void Warm_up_is_linear_then_the_rate_follows_a_half_cosine_down()
    {
        var s = new WarmupCosineSchedule(TotalSteps: 110, WarmupSteps: 10, StartFactor: 0.1, FinalFactor: 0.0);
        Assert.Equal(0.1, s.Factor(0), 12);
        Assert.Equal(0.55, s.Factor(5), 12);
        Assert.Equal(1.0, s.Factor(10), 12);
        Assert.Equal(0.5, s.Factor(60), 12);   // half-way through the decay
        Assert.Equal(0.0, s.Factor(110), 12);
        for (int t = 10; t < 110; t++) Assert.True(s.Factor(t + 1) <= s.Factor(t));
        Assert.Equal(1.0, new WarmupCosineSchedule(10, 0).Factor(0), 12);
        Assert.Equal(0.2, new WarmupCosineSchedule(10, 0, FinalFactor: 0.2).Factor(10), 12);
    }

    [Fact]
    public void Weight_decay_applies_to_kernels_only()
    {
        manual_seed(0);
        using var model = new TinyCnn(1, 3);
        var (decay, noDecay) = ParameterGroups.Split(model);
        var names = model.named_parameters().ToDictionary(p => (object)p.parameter, p => p.name, ReferenceEqualityComparer.Instance);
        Assert.Equal(new[] { "conv1.weight", "conv2.weight", "fc.weight" }, decay.Select(p => names[p]));
        Assert.Equal(new[] { "bn1.weight", "bn1.bias", "conv2.bias", "fc.bias" }, noDecay.Select(p => names[p]));

        using var optimizer = ParameterGroups.CreateOptimizer(model, new TrainingRecipe { WeightDecay = 0.05, Optimizer = OptimizerKind.AdamW, LearningRate = 1e-3 });
        Assert.Equal(new[] { 0.05, 0.0 }, optimizer.param_groups.Select(g => g.weight_decay));
        Assert.IsType<Zoo.Torch.Modules.AdamW>(optimizer);
    }

    [Fact]
    public void Recipes_reject_wrong_values_by_name()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Trainer(new TrainingRecipe { LabelSmoothing = 1.5 }));
        Assert.Equal("LabelSmoothing", e.ParamName);
        Assert.Contains("label smoothing 0.1", new TrainingRecipe { LabelSmoothing = 0.1 }.Describe());
    }
}
