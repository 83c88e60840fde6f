using System.Globalization;
using Zoo.Torch.Modules;

namespace Zoo.Torch.Tests.Optim;

/// <summary>
/// A small optimization problem run identically here and in PyTorch: seeded initial parameters of a few shapes and a
/// seeded gradient for every parameter at every step (some parameters get none at some steps, to prove they are
/// skipped). The same tensors go to the oracle, which replays the steps with torch.optim.
/// </summary>
internal sealed class OptimizerRun : IDisposable
{
    public static readonly long[][] DefaultShapes = { new long[] { 3, 4 }, new long[] { 4 }, new long[] { 2, 3, 2 }, new long[] { 5 } };

    private readonly Dictionary<string, Tensor> tensors = new();

    public OptimizerRun(int steps = 5, long[][]? shapes = null, Func<int, int, bool>? hasGrad = null, int seed = 7,
        ScalarType dtype = ScalarType.Float32)
    {
        Steps = steps;
        Shapes = shapes ?? DefaultShapes;
        // By default the last parameter misses its gradient at steps 0 and 2: its state starts one step late.
        HasGrad = hasGrad ?? ((step, i) => !(i == Shapes.Length - 1 && step is 0 or 2));
        manual_seed(seed);
        for (int i = 0; i < Shapes.Length; i++) tensors[$"p{i}"] = randn(Shapes[i], dtype).DetachFromDisposeScope();
        for (int s = 0; s < steps; s++)
            for (int i = 0; i < Shapes.Length; i++)
                if (HasGrad(s, i)) tensors[Grad(s, i)] = randn(Shapes[i], dtype).DetachFromDisposeScope();
    }

    public int Steps { get; }
    public long[][] Shapes { get; }
    public Func<int, int, bool> HasGrad { get; }

    /// <summary>Fresh parameters holding the initial values.</summary>
    public Parameter[] NewParameters() => Enumerable.Range(0, Shapes.Length).Select(i => nn.Parameter(tensors[$"p{i}"].clone())).ToArray();

    /// <summary>Sets every parameter's gradient (or none) for step <paramref name="step"/>.</summary>
    public void SetGradients(IReadOnlyList<Parameter> parameters, int step)
    {
        for (int i = 0; i < parameters.Count; i++)
        {
            if (!HasGrad(step, i))
            {
                parameters[i].grad = null;
                continue;
            }
            using var g = tensors[Grad(step, i)].clone();
            parameters[i].grad = g;
        }
    }

    /// <summary>Runs every step with Zoo: gradients, optimizer step, then the scheduler step if any.</summary>
    public Parameter[] RunZoo(Func<Parameter[], optim.Optimizer> makeOptimizer, Func<optim.Optimizer, optim.lr_scheduler.LRScheduler>? makeScheduler = null)
    {
        var parameters = NewParameters();
        using var optimizer = makeOptimizer(parameters);
        var scheduler = makeScheduler?.Invoke(optimizer);
        for (int s = 0; s < Steps; s++)
        {
            SetGradients(parameters, s);
            optimizer.step();
            scheduler?.step();
        }
        return parameters;
    }

    /// <summary>The tensors the oracle receives: p0, p1, ... (initial values) and g{step}_{parameter} (gradients).</summary>
    public IReadOnlyDictionary<string, Tensor> Inputs => tensors;

    /// <summary>The final parameters PyTorch computes (<see cref="ReplayCode"/>, then the parameters as outputs).</summary>
    public OracleResult RunPyTorch(string optimizer, string? scheduler = null) =>
        PyTorchOracle.Shared.Run(ReplayCode(optimizer, scheduler) + "\nout = [p.detach() for p in params]", tensors);

    /// <summary>
    /// Python that replays the run with torch.optim over <see cref="Inputs"/>: <paramref name="optimizer"/> builds
    /// <c>opt</c> from the list <c>params</c>; <paramref name="scheduler"/>, if given, builds a scheduler from <c>opt</c>.
    /// </summary>
    public string ReplayCode(string optimizer, string? scheduler = null) =>
        string.Join("\n",
            $"params = [globals()[f'p{{i}}'].clone().requires_grad_() for i in range({Shapes.Length})]",
            $"opt = {optimizer}",
            $"sched = {scheduler ?? "None"}",
            $"for s in range({Steps}):",
            "    for i, p in enumerate(params):",
            "        g = globals().get(f'g{s}_{i}')",
            "        p.grad = None if g is None else g.clone()",
            "    opt.step()",
            "    if sched is not None:",
            "        sched.step()");

    /// <summary>Runs both and asserts the final parameters agree to 1e-6 (relative).</summary>
    public void AssertMatchesPyTorch(string pytorchOptimizer, Func<Parameter[], optim.Optimizer> zooOptimizer,
        string? pytorchScheduler = null, Func<optim.Optimizer, optim.lr_scheduler.LRScheduler>? zooScheduler = null)
    {
        var mine = RunZoo(zooOptimizer, zooScheduler);
        using var reference = RunPyTorch(pytorchOptimizer, pytorchScheduler);
        try
        {
            for (int i = 0; i < mine.Length; i++)
                TensorAssert.Close(reference.Out(i), mine[i], atol: 1e-7, rtol: 1e-6, $"parameter {i} after {Steps} steps");
        }
        finally
        {
            foreach (var p in mine) p.Dispose();
        }
    }

    private static string Grad(int step, int i) => string.Create(CultureInfo.InvariantCulture, $"g{step}_{i}");

    public void Dispose()
    {
        foreach (var t in tensors.Values) t.Dispose();
    }
}
