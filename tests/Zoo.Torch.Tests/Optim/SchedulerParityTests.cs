using Zoo.Torch.Modules;
using LRScheduler = Zoo.Torch.torch.optim.lr_scheduler.LRScheduler;

namespace Zoo.Torch.Tests.Optim;

/// <summary>
/// Every scheduler sets exactly the same learning rates (and, for OneCycleLR, momenta) as torch 1.13 at every step,
/// on an optimizer with two groups of different initial rates.
/// </summary>
public class SchedulerParityTests
{
    private const int Steps = 30;

    private sealed record Case(string PyTorch, Func<optim.Optimizer, LRScheduler> Zoo, bool Adam = false);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["StepLR"] = new("torch.optim.lr_scheduler.StepLR(opt, step_size=7, gamma=0.5)", o => optim.lr_scheduler.StepLR(o, 7, 0.5)),
        ["MultiStepLR"] = new("torch.optim.lr_scheduler.MultiStepLR(opt, milestones=[12, 5, 20, 12], gamma=0.3)",
            o => optim.lr_scheduler.MultiStepLR(o, new[] { 12, 5, 20, 12 }, 0.3)),
        ["ExponentialLR"] = new("torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.9)", o => optim.lr_scheduler.ExponentialLR(o, 0.9)),
        // 30 steps over T_max = 10 go through the minimum and back up: every branch of the recursive form.
        ["CosineAnnealingLR"] = new("torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=10, eta_min=0.001)",
            o => optim.lr_scheduler.CosineAnnealingLR(o, 10, 0.001)),
        ["LinearLR"] = new("torch.optim.lr_scheduler.LinearLR(opt, start_factor=0.25, end_factor=0.9, total_iters=8)",
            o => optim.lr_scheduler.LinearLR(o, 0.25, 0.9, 8)),
        ["LambdaLR"] = new("torch.optim.lr_scheduler.LambdaLR(opt, lambda e: 0.95 ** e / (1 + e % 3))",
            o => optim.lr_scheduler.LambdaLR(o, e => Math.Pow(0.95, e) / (1 + e % 3))),
        ["LambdaLR per group"] = new("torch.optim.lr_scheduler.LambdaLR(opt, [lambda e: 1 / (e + 1), lambda e: 0.9 ** e])",
            o => optim.lr_scheduler.LambdaLR(o, new Func<int, double>[] { e => 1.0 / (e + 1), e => Math.Pow(0.9, e) })),
        ["OneCycleLR"] = new("torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=[0.5, 0.2], total_steps=30)",
            o => optim.lr_scheduler.OneCycleLR(o, new[] { 0.5, 0.2 }, total_steps: 30)),
        ["OneCycleLR linear three-phase on Adam"] = new(
            "torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=0.01, epochs=3, steps_per_epoch=10, pct_start=0.25, anneal_strategy='linear', three_phase=True, div_factor=10, final_div_factor=100, base_momentum=0.8, max_momentum=0.9)",
            o => optim.lr_scheduler.OneCycleLR(o, 0.01, epochs: 3, steps_per_epoch: 10, pct_start: 0.25,
                anneal_strategy: OneCycleLR.AnnealStrategy.Linear, three_phase: true, div_factor: 10, final_div_factor: 100,
                base_momentum: 0.8, max_momentum: 0.9),
            Adam: true),
        ["SequentialLR warm-up then cosine"] = new(
            "torch.optim.lr_scheduler.SequentialLR(opt, [torch.optim.lr_scheduler.LinearLR(opt, start_factor=0.1, total_iters=5), torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=25, eta_min=1e-4)], milestones=[5])",
            o => optim.lr_scheduler.SequentialLR(o, new LRScheduler[]
            {
                optim.lr_scheduler.LinearLR(o, start_factor: 0.1, total_iters: 5),
                optim.lr_scheduler.CosineAnnealingLR(o, T_max: 25, eta_min: 1e-4),
            }, new[] { 5 })),
        ["SequentialLR of three"] = new(
            "torch.optim.lr_scheduler.SequentialLR(opt, [torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.8), torch.optim.lr_scheduler.StepLR(opt, step_size=4, gamma=0.5), torch.optim.lr_scheduler.MultiStepLR(opt, milestones=[3, 6])], milestones=[6, 14])",
            o => optim.lr_scheduler.SequentialLR(o, new LRScheduler[]
            {
                optim.lr_scheduler.ExponentialLR(o, 0.8),
                optim.lr_scheduler.StepLR(o, 4, 0.5),
                optim.lr_scheduler.MultiStepLR(o, new[] { 3, 6 }),
            }, new[] { 6, 14 })),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Learning_rates_match_pytorch_step_by_step(string name)
    {
        var c = Cases[name];
        using var scope = NewDisposeScope();
        using var a = nn.Parameter(zeros(2));
        using var b = nn.Parameter(zeros(3));
        using optim.Optimizer optimizer = c.Adam
            ? optim.Adam(new[] { new Adam.ParamGroup(new[] { a }), new Adam.ParamGroup(new[] { b }, lr: 0.003) }, lr: 0.001)
            : optim.SGD(new[] { new SGD.ParamGroup(new[] { a }), new SGD.ParamGroup(new[] { b }, lr: 0.05) }, lr: 0.1, momentum: 0.9);
        var scheduler = c.Zoo(optimizer);

        var rows = new List<double>();
        for (int s = 0; s <= Steps; s++)
        {
            rows.AddRange(optimizer.param_groups.Select(g => g.lr));
            rows.AddRange(optimizer.param_groups.Select(Momentum));
            Assert.Equal(optimizer.param_groups.Select(g => g.lr), scheduler.get_last_lr());
            if (s == Steps) break;
            optimizer.step();
            scheduler.step();
        }
        Assert.Equal(Steps, scheduler.last_epoch);
        var mine = tensor(rows.ToArray(), Steps + 1, 4);

        var optimizerCode = c.Adam
            ? "torch.optim.Adam([{'params': [a]}, {'params': [b], 'lr': 0.003}], lr=0.001)"
            : "torch.optim.SGD([{'params': [a]}, {'params': [b], 'lr': 0.05}], lr=0.1, momentum=0.9)";
        using var reference = PyTorchOracle.Shared.Run(string.Join("\n",
            "import warnings",
            "warnings.simplefilter('ignore')",
            "a = torch.zeros(2, requires_grad=True)",
            "b = torch.zeros(3, requires_grad=True)",
            $"opt = {optimizerCode}",
            $"sched = {c.PyTorch}",
            "def momentum(g):",
            "    return g['betas'][0] if 'betas' in g else g['momentum']",
            "rows = []",
            $"for s in range({Steps + 1}):",
            "    rows.append([g['lr'] for g in opt.param_groups] + [momentum(g) for g in opt.param_groups])",
            $"    if s == {Steps}:",
            "        break",
            "    opt.step()",
            "    sched.step()",
            "out = torch.tensor(rows, dtype=torch.float64)"), new Dictionary<string, Tensor>());
        // The same double arithmetic in the same order gives the same doubles: equality, not closeness (closeness
        // would not tell CosineAnnealingLR's recursive form, which PyTorch uses, from its closed form).
        TensorAssert.Close(reference.Output, mine, atol: 0, rtol: 0, $"{name}: [lr0, lr1, momentum0, momentum1] per step");
    }

    private static double Momentum(optim.ParamGroup g) => g switch
    {
        optim.IBetas b => b.betas.beta1,
        optim.IMomentum m => m.momentum,
        _ => throw new InvalidOperationException("no momentum"),
    };

    [Fact]
    public void OneCycleLR_refuses_to_step_past_its_total_steps()
    {
        using var p = nn.Parameter(zeros(1));
        using var optimizer = optim.SGD(new[] { p }, 0.1, momentum: 0.9);
        var scheduler = optim.lr_scheduler.OneCycleLR(optimizer, 1.0, total_steps: 3);
        for (int s = 0; s < 3; s++) scheduler.step();
        var e = Assert.Throws<InvalidOperationException>(() => scheduler.step());
        Assert.Contains("total steps is 3", e.Message);
    }

    [Fact]
    public void OneCycleLR_needs_an_optimizer_with_momentum_to_cycle_it()
    {
        using var p = nn.Parameter(zeros(1));
        using var optimizer = optim.SGD(new[] { p }, 0.1);
        // SGD always has a momentum option (0 here), as in PyTorch; a total is required.
        Assert.Throws<ArgumentException>(() => optim.lr_scheduler.OneCycleLR(optimizer, 1.0));
        var scheduler = optim.lr_scheduler.OneCycleLR(optimizer, 1.0, total_steps: 10);
        Assert.Equal(0.95, ((SGD.ParamGroup)optimizer.param_groups[0]).momentum);
    }

    [Fact]
    public void Resuming_with_last_epoch_requires_initial_lr()
    {
        using var p = nn.Parameter(zeros(1));
        using var optimizer = optim.SGD(new[] { p }, 0.1);
        var e = Assert.Throws<ArgumentException>(() => optim.lr_scheduler.StepLR(optimizer, 3, last_epoch: 4));
        Assert.Contains("initial_lr", e.Message);
    }
}
