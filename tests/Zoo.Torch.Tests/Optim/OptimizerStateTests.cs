using System.Text.Json.Nodes;
using Zoo.Torch.Modules;
using Zoo.Torch.Serialization;
using LRScheduler = Zoo.Torch.torch.optim.lr_scheduler.LRScheduler;

namespace Zoo.Torch.Tests.Optim;

/// <summary>Optimizer and scheduler state for checkpoints: PyTorch's layout, exact resume, clear refusals.</summary>
public class OptimizerStateTests
{
    private sealed record Setup(Func<Parameter[], optim.Optimizer> Optimizer, Func<optim.Optimizer, LRScheduler> Scheduler);

    private static readonly Dictionary<string, Setup> Setups = new()
    {
        ["SGD + StepLR"] = new(ps => optim.SGD(ps, 0.1, momentum: 0.9, nesterov: true, weight_decay: 1e-3),
            o => optim.lr_scheduler.StepLR(o, 2, 0.5)),
        ["Adam + OneCycleLR"] = new(ps => optim.Adam(ps, 0.01, amsgrad: true),
            o => optim.lr_scheduler.OneCycleLR(o, 0.05, total_steps: 6)),
        ["AdamW groups + SequentialLR"] = new(
            ps => optim.AdamW(new[] { new AdamW.ParamGroup(ps[..2]), new AdamW.ParamGroup(ps[2..], weight_decay: 0) }, 0.01),
            o => optim.lr_scheduler.SequentialLR(o, new LRScheduler[]
            {
                optim.lr_scheduler.LinearLR(o, 0.2, total_iters: 2),
                optim.lr_scheduler.CosineAnnealingLR(o, 4, 1e-4),
            }, new[] { 2 })),
        ["RMSprop + CosineAnnealingLR"] = new(ps => optim.RMSprop(ps, 0.01, momentum: 0.5, centered: true),
            o => optim.lr_scheduler.CosineAnnealingLR(o, 3)),
    };

    public static TheoryData<string> SetupNames => new(Setups.Keys);

    [Theory]
    [MemberData(nameof(SetupNames))]
    public void A_run_resumed_from_a_safetensors_checkpoint_continues_bit_identically(string name)
    {
        var setup = Setups[name];
        using var run = new OptimizerRun(steps: 6);
        var folder = RepoPaths.NewTempFolder("zoo-optim");
        var path = Path.Combine(folder, "optimizer.safetensors");
        try
        {
            // Uninterrupted: three steps, a checkpoint, three more.
            var straight = run.NewParameters();
            var atCheckpoint = new Tensor[straight.Length];
            var straightLrs = new List<double>();
            using (var optimizer = setup.Optimizer(straight))
            {
                var scheduler = setup.Scheduler(optimizer);
                Steps(run, straight, optimizer, scheduler, 0, 3, null);
                for (int i = 0; i < straight.Length; i++) atCheckpoint[i] = straight[i].detach().clone();
                using (var state = optimizer.state_dict())
                {
                    var metadata = new Dictionary<string, string>(state.metadata) { ["lr_scheduler"] = scheduler.state_dict().ToJsonString() };
                    SafeTensors.Save(state.tensors, path, metadata);
                }
                Steps(run, straight, optimizer, scheduler, 3, 6, straightLrs);
            }

            // Resumed: the checkpoint's parameter values, the optimizer and scheduler built as at the start, then the saved state.
            var resumed = atCheckpoint.Select(t => nn.Parameter(t)).ToArray();
            var resumedLrs = new List<double>();
            using (var optimizer = setup.Optimizer(resumed))
            {
                var scheduler = setup.Scheduler(optimizer);
                var tensors = SafeTensors.Load(path, out var metadata);
                optimizer.load_state_dict(tensors, metadata);
                scheduler.load_state_dict(JsonNode.Parse(metadata["lr_scheduler"])!.AsObject());
                foreach (var t in tensors.Values) t.Dispose();
                Steps(run, resumed, optimizer, scheduler, 3, 6, resumedLrs);
            }

            Assert.Equal(straightLrs, resumedLrs);
            for (int i = 0; i < straight.Length; i++) TensorAssert.Equal(straight[i], resumed[i], $"{name}: parameter {i}");
            foreach (var p in straight.Concat(resumed)) p.Dispose();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Steps(OptimizerRun run, Parameter[] parameters, optim.Optimizer optimizer, LRScheduler scheduler,
        int from, int to, List<double>? lrs)
    {
        for (int s = from; s < to; s++)
        {
            run.SetGradients(parameters, s);
            optimizer.step();
            scheduler.step();
            lrs?.AddRange(scheduler.get_last_lr());
        }
    }

    [Theory]
    [InlineData("torch.optim.Adam(params, lr=0.01, amsgrad=True)")]
    [InlineData("torch.optim.SGD(params, lr=0.1, momentum=0.9)")]
    [InlineData("torch.optim.RMSprop(params, lr=0.01, momentum=0.5, centered=True)")]
    public void The_state_has_pytorchs_keys_and_values(string pytorch)
    {
        using var run = new OptimizerRun(steps: 3);
        var parameters = run.NewParameters();
        using optim.Optimizer optimizer = pytorch.Split('(')[0] switch
        {
            "torch.optim.Adam" => optim.Adam(parameters, 0.01, amsgrad: true),
            "torch.optim.SGD" => optim.SGD(parameters, 0.1, momentum: 0.9),
            _ => optim.RMSprop(parameters, 0.01, momentum: 0.5, centered: true),
        };
        for (int s = 0; s < run.Steps; s++)
        {
            run.SetGradients(parameters, s);
            optimizer.step();
        }
        using var mine = optimizer.state_dict();

        // Step counts go as one-element lists (the oracle's files cannot carry 0-dim tensors).
        using var reference = PyTorchOracle.Shared.Run(run.ReplayCode(pytorch) + "\n" +
            "out = {f'state.{k}.{n}': v if n != 'step' else torch.tensor([float(v)])\n" +
            "       for k, st in opt.state_dict()['state'].items() for n, v in st.items() if v is not None}",
            run.Inputs);
        var expected = reference.Tensors.ToDictionary(kv => kv.Key["out.".Length..], kv => kv.Value);
        Assert.Equal(expected.Keys.Order(), mine.tensors.Keys.Order());
        foreach (var (key, value) in expected)
        {
            if (!key.EndsWith(".step"))
            {
                TensorAssert.Equal(value, mine.tensors[key], key);
                continue;
            }
            // PyTorch's layout: a 0-dim float32 count.
            Assert.Empty(mine.tensors[key].shape);
            Assert.Equal(ScalarType.Float32, mine.tensors[key].dtype);
            Assert.Equal(value.ToDouble(), mine.tensors[key].ToDouble());
        }
        foreach (var p in parameters) p.Dispose();
    }

    [Fact]
    public void The_metadata_names_the_optimizer_and_every_groups_options()
    {
        using var a = nn.Parameter(ones(2));
        using var b = nn.Parameter(ones(3));
        using var optimizer = optim.AdamW(new[] { new AdamW.ParamGroup(new[] { a }), new AdamW.ParamGroup(new[] { b }, lr: 0.5, weight_decay: 0) }, lr: 0.01);
        using var state = optimizer.state_dict();
        Assert.Empty(state.tensors); // no gradient yet, so no state
        Assert.Equal("AdamW", state.metadata["optimizer"]);
        var groups = JsonNode.Parse(state.metadata["param_groups"])!.AsArray();
        Assert.Equal(2, groups.Count);
        Assert.Equal(0.01, groups[0]!["lr"]!.GetValue<double>());
        Assert.Equal(0.01, groups[0]!["weight_decay"]!.GetValue<double>());
        Assert.Equal(0.5, groups[1]!["lr"]!.GetValue<double>());
        Assert.Equal(0.0, groups[1]!["weight_decay"]!.GetValue<double>());
        Assert.Equal(new[] { 0.9, 0.999 }, groups[1]!["betas"]!.AsArray().Select(v => v!.GetValue<double>()));
        Assert.Equal(new[] { 1 }, groups[1]!["params"]!.AsArray().Select(v => v!.GetValue<int>()));
    }

    [Fact]
    public void A_state_from_another_optimizer_type_is_refused()
    {
        using var fixture = new Trained(p => optim.SGD(p, 0.1, momentum: 0.9));
        using var state = fixture.Optimizer.state_dict();
        var parameters = fixture.Run.NewParameters();
        using var adam = optim.Adam(parameters);
        var e = Assert.Throws<ArgumentException>(() => adam.load_state_dict(state));
        Assert.Contains("saved by SGD", e.Message);
        Assert.Contains("Adam", e.Message);
        foreach (var p in parameters) p.Dispose();
    }

    [Fact]
    public void A_state_for_another_parameter_layout_is_refused_and_changes_nothing()
    {
        using var fixture = new Trained(p => optim.Adam(p, 0.01));
        using var state = fixture.Optimizer.state_dict();
        var parameters = fixture.Run.NewParameters();

        using (var twoGroups = optim.Adam(new[] { new Adam.ParamGroup(parameters[..2]), new Adam.ParamGroup(parameters[2..]) }))
            Assert.Contains("parameter groups", Assert.Throws<ArgumentException>(() => twoGroups.load_state_dict(state)).Message);

        using (var fewer = optim.Adam(parameters[..3]))
            Assert.Contains("has 4 parameters", Assert.Throws<ArgumentException>(() => fewer.load_state_dict(state)).Message);

        // Same count, other shapes: parameter 0 is [3, 4] in the state.
        using var other = nn.Parameter(zeros(4, 3));
        using var reshaped = optim.Adam(new[] { other }.Concat(parameters[1..]), lr: 0.5);
        var before = reshaped.param_groups[0].lr;
        var e = Assert.Throws<ArgumentException>(() => reshaped.load_state_dict(state));
        Assert.Contains("state.0.exp_avg", e.Message);
        Assert.Contains("[3, 4]", e.Message);
        Assert.Equal(before, reshaped.param_groups[0].lr);
        using (var after = reshaped.state_dict()) Assert.Empty(after.tensors);
        foreach (var p in parameters) p.Dispose();
    }

    [Fact]
    public void Unknown_keys_and_missing_metadata_are_refused()
    {
        using var fixture = new Trained(p => optim.Adam(p, 0.01));
        using var state = fixture.Optimizer.state_dict();
        var parameters = fixture.Run.NewParameters();
        using var optimizer = optim.Adam(parameters, 0.01);

        var bogus = new Dictionary<string, Tensor>(state.tensors) { ["state.0.velocity"] = state.tensors["state.0.exp_avg"] };
        Assert.Contains("no state named 'velocity'", Assert.Throws<ArgumentException>(() => optimizer.load_state_dict(bogus, state.metadata)).Message);

        var weights = new Dictionary<string, Tensor>(state.tensors) { ["layer.weight"] = state.tensors["state.0.exp_avg"] };
        Assert.Contains("not an optimizer state key", Assert.Throws<ArgumentException>(() => optimizer.load_state_dict(weights, state.metadata)).Message);

        var noStep = state.tensors.Where(kv => kv.Key != "state.1.step").ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.Contains("no 'step'", Assert.Throws<ArgumentException>(() => optimizer.load_state_dict(noStep, state.metadata)).Message);

        Assert.Contains("'optimizer'", Assert.Throws<ArgumentException>(() => optimizer.load_state_dict(state.tensors, new Dictionary<string, string>())).Message);

        var noGroups = new Dictionary<string, string> { ["optimizer"] = "Adam" };
        Assert.Contains("'param_groups'", Assert.Throws<ArgumentException>(() => optimizer.load_state_dict(state.tensors, noGroups)).Message);
        foreach (var p in parameters) p.Dispose();
    }

    [Fact]
    public void A_loaded_state_is_a_copy_independent_of_the_saved_tensors()
    {
        using var fixture = new Trained(p => optim.SGD(p, 0.1, momentum: 0.9));
        using var state = fixture.Optimizer.state_dict();
        var parameters = fixture.Run.NewParameters();
        using var optimizer = optim.SGD(parameters, 0.1, momentum: 0.9);
        optimizer.load_state_dict(state);
        using var expected = state.tensors["state.0.momentum_buffer"].clone();
        state.tensors["state.0.momentum_buffer"].zero_();
        using var loaded = optimizer.state_dict();
        TensorAssert.Equal(expected, loaded.tensors["state.0.momentum_buffer"]);
        foreach (var p in parameters) p.Dispose();
    }

    [Fact]
    public void A_scheduler_state_missing_a_value_is_refused()
    {
        using var p = nn.Parameter(zeros(1));
        using var optimizer = optim.SGD(new[] { p }, 0.1);
        var scheduler = optim.lr_scheduler.StepLR(optimizer, 3);
        var state = scheduler.state_dict();
        state.Remove("gamma");
        var e = Assert.Throws<ArgumentException>(() => scheduler.load_state_dict(state));
        Assert.Contains("'gamma'", e.Message);
        Assert.Equal(0, scheduler.last_epoch);
    }

    /// <summary>An optimizer after three steps of the default run.</summary>
    private sealed class Trained : IDisposable
    {
        private readonly Parameter[] parameters;

        public Trained(Func<Parameter[], optim.Optimizer> make)
        {
            Run = new OptimizerRun(steps: 3);
            parameters = Run.NewParameters();
            Optimizer = make(parameters);
            for (int s = 0; s < Run.Steps; s++)
            {
                Run.SetGradients(parameters, s);
                Optimizer.step();
            }
        }

        public OptimizerRun Run { get; }
        public optim.Optimizer Optimizer { get; }

        public void Dispose()
        {
            Optimizer.Dispose();
            foreach (var p in parameters) p.Dispose();
            Run.Dispose();
        }
    }
}
