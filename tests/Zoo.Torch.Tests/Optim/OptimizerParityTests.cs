using Zoo.Torch.Modules;

namespace Zoo.Torch.Tests.Optim;

/// <summary>The same parameters and gradients give the same parameters as torch.optim after several steps.</summary>
public class OptimizerParityTests
{
    [Theory]
    [InlineData("lr=0.1", 0.0, 0.0, 0.0, false, false)]
    [InlineData("lr=0.1, momentum=0.9", 0.9, 0.0, 0.0, false, false)]
    [InlineData("lr=0.05, momentum=0.9, nesterov=True, weight_decay=0.01", 0.9, 0.0, 0.01, true, false)]
    [InlineData("lr=0.05, momentum=0.8, dampening=0.3, weight_decay=0.1", 0.8, 0.3, 0.1, false, false)]
    [InlineData("lr=0.02, momentum=0.5, maximize=True", 0.5, 0.0, 0.0, false, true)]
    public void SGD_matches_pytorch(string pytorchArgs, double momentum, double dampening, double weightDecay, bool nesterov, bool maximize)
    {
        double lr = double.Parse(pytorchArgs.Split(',')[0]["lr=".Length..], System.Globalization.CultureInfo.InvariantCulture);
        using var run = new OptimizerRun();
        run.AssertMatchesPyTorch($"torch.optim.SGD(params, {pytorchArgs})",
            ps => optim.SGD(ps, lr, momentum, dampening, weightDecay, nesterov, maximize));
    }

    [Theory]
    [InlineData("", 1e-3, 0.0, false, false)]
    [InlineData("lr=0.01, weight_decay=0.1", 0.01, 0.1, false, false)]
    [InlineData("lr=0.01, amsgrad=True", 0.01, 0.0, true, false)]
    [InlineData("lr=0.02, weight_decay=0.05, amsgrad=True, maximize=True", 0.02, 0.05, true, true)]
    public void Adam_matches_pytorch(string pytorchArgs, double lr, double weightDecay, bool amsgrad, bool maximize)
    {
        using var run = new OptimizerRun(steps: 6);
        run.AssertMatchesPyTorch($"torch.optim.Adam(params, {pytorchArgs})",
            ps => optim.Adam(ps, lr, weight_decay: weightDecay, amsgrad: amsgrad, maximize: maximize));
    }

    [Fact]
    public void Adam_with_other_betas_and_eps_matches_pytorch()
    {
        using var run = new OptimizerRun();
        run.AssertMatchesPyTorch("torch.optim.Adam(params, lr=0.05, betas=(0.5, 0.9), eps=1e-3)",
            ps => optim.Adam(ps, 0.05, beta1: 0.5, beta2: 0.9, eps: 1e-3));
    }

    [Theory]
    [InlineData("", 1e-3, 0.01, false, false)]
    [InlineData("lr=0.01, weight_decay=0.3", 0.01, 0.3, false, false)]
    [InlineData("lr=0.01, weight_decay=0.1, amsgrad=True, maximize=True", 0.01, 0.1, true, true)]
    public void AdamW_matches_pytorch(string pytorchArgs, double lr, double weightDecay, bool amsgrad, bool maximize)
    {
        using var run = new OptimizerRun(steps: 6);
        run.AssertMatchesPyTorch($"torch.optim.AdamW(params, {pytorchArgs})",
            ps => optim.AdamW(ps, lr, weight_decay: weightDecay, amsgrad: amsgrad, maximize: maximize));
    }

    [Theory]
    [InlineData("", 1e-2, 0.0, 0.0, false, false)]
    [InlineData("lr=0.01, momentum=0.9, weight_decay=0.1", 1e-2, 0.9, 0.1, false, false)]
    [InlineData("lr=0.005, momentum=0.5, centered=True, maximize=True", 5e-3, 0.5, 0.0, true, true)]
    [InlineData("lr=0.005, centered=True", 5e-3, 0.0, 0.0, true, false)]
    public void RMSprop_matches_pytorch(string pytorchArgs, double lr, double momentum, double weightDecay, bool centered, bool maximize)
    {
        using var run = new OptimizerRun();
        run.AssertMatchesPyTorch($"torch.optim.RMSprop(params, {pytorchArgs})",
            ps => optim.RMSprop(ps, lr, weight_decay: weightDecay, momentum: momentum, centered: centered, maximize: maximize));
    }

    [Fact]
    public void SGD_param_groups_with_their_own_options_match_pytorch()
    {
        using var run = new OptimizerRun();
        run.AssertMatchesPyTorch(
            "torch.optim.SGD([{'params': params[:2]}, {'params': params[2:], 'lr': 0.01, 'weight_decay': 0, 'momentum': 0.5}], lr=0.1, momentum=0.9, weight_decay=0.05)",
            ps => optim.SGD(new[]
            {
                new SGD.ParamGroup(ps[..2]),
                new SGD.ParamGroup(ps[2..], lr: 0.01, weight_decay: 0, momentum: 0.5),
            }, lr: 0.1, momentum: 0.9, weight_decay: 0.05));
    }

    [Fact]
    public void AdamW_without_decay_on_some_parameters_matches_pytorch()
    {
        using var run = new OptimizerRun();
        run.AssertMatchesPyTorch(
            "torch.optim.AdamW([{'params': [params[0], params[2]]}, {'params': [params[1], params[3]], 'weight_decay': 0.0}], lr=0.01, weight_decay=0.2, amsgrad=True)",
            ps => optim.AdamW(new[]
            {
                new AdamW.ParamGroup(new[] { ps[0], ps[2] }),
                new AdamW.ParamGroup(new[] { ps[1], ps[3] }, weight_decay: 0),
            }, lr: 0.01, weight_decay: 0.2, amsgrad: true));
    }

    [Fact]
    public void A_learning_rate_changed_between_steps_is_used_by_the_next_step()
    {
        using var run = new OptimizerRun();
        run.AssertMatchesPyTorch("torch.optim.Adam(params, lr=0.01)", ps => optim.Adam(ps, 0.01),
            "torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)", o => optim.lr_scheduler.StepLR(o, 2, 0.5));
    }

    [Fact]
    public void OneCycleLR_momentum_cycling_drives_sgd_as_in_pytorch()
    {
        using var run = new OptimizerRun(steps: 8);
        run.AssertMatchesPyTorch("torch.optim.SGD(params, lr=0.1, momentum=0.9, nesterov=True)",
            ps => optim.SGD(ps, 0.1, momentum: 0.9, nesterov: true),
            "torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=0.5, total_steps=10)", o => optim.lr_scheduler.OneCycleLR(o, 0.5, total_steps: 10));
    }

    [Fact]
    public void OneCycleLR_beta1_cycling_drives_adam_as_in_pytorch()
    {
        using var run = new OptimizerRun(steps: 8);
        run.AssertMatchesPyTorch("torch.optim.Adam(params, lr=0.1)", ps => optim.Adam(ps, 0.1),
            "torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=0.05, total_steps=10, three_phase=True, anneal_strategy='linear')",
            o => optim.lr_scheduler.OneCycleLR(o, 0.05, total_steps: 10, three_phase: true, anneal_strategy: OneCycleLR.AnnealStrategy.Linear));
    }

    [Fact]
    public void Float64_parameters_match_pytorch()
    {
        using var run = new OptimizerRun(dtype: ScalarType.Float64);
        run.AssertMatchesPyTorch("torch.optim.Adam(params, lr=0.01, amsgrad=True)", ps => optim.Adam(ps, 0.01, amsgrad: true));
    }
}
