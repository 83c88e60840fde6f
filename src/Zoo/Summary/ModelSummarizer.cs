using Zoo.Torch.Profiling;
using static Zoo.Torch.torch;

namespace Zoo.Summary;

/// <summary>
/// Runs a model once on zero inputs (evaluation mode, no autograd) with a hook around every module that has one
/// input and one output, and records each call's output shape, parameters and MACs. A <see cref="MacCounter"/> is
/// opened before each call and closed after it; counters nest, so a call's MACs include its children's, and the
/// operations a module runs itself (an attention map's matrix product) count for it. Modules with several inputs
/// or outputs (and module lists, which are not called) have no row: their costs count in their parent's.
/// </summary>
public static class ModelSummarizer
{
    /// <summary>Summarises a catalog model: a spec or preset built with <paramref name="arguments"/>.</summary>
    public static ModelSummary Summarize(ModelEntry entry, IReadOnlyList<long[]> inputShapes, BlockArguments? arguments = null)
    {
        using var model = entry.Create(arguments ?? BlockArguments.Empty);
        return Summarize(model, entry.Name, inputShapes, entry.Forward);
    }

    /// <summary>Summarises a module with one input and one output.</summary>
    public static ModelSummary Summarize(nn.Module<Tensor, Tensor> model, string name, params long[][] inputShapes) =>
        Summarize(model, name, inputShapes, (m, inputs) => new[] { ((nn.Module<Tensor, Tensor>)m).call(inputs.Single()) });

    /// <summary>Summarises any module, run by <paramref name="forward"/> (the inputs in order, the outputs in order).</summary>
    public static ModelSummary Summarize(nn.Module model, string name, IReadOnlyList<long[]> inputShapes, Func<nn.Module, Tensor[], Tensor[]> forward)
    {
        using var scope = NewDisposeScope();
        var wasTraining = model.training;
        model.eval();
        var parameters = model.parameters().ToList();
        var calls = new List<Call>();
        var open = new Stack<Call>();
        var hooks = new List<IDisposable>();
        try
        {
            foreach (var (path, module) in model.named_modules())
            {
                if (path.Length == 0 || module is not nn.Module<Tensor, Tensor> hooked) continue;
                hooks.Add(hooked.register_forward_pre_hook((m, input) =>
                {
                    var call = new Call(open.Count, path, m); // the model itself is open at depth 0
                    if (open.TryPeek(out var parent)) parent.HasChildren = true;
                    calls.Add(call);
                    open.Push(call);
                    call.Counter = MacCounter.Start();
                    return null;
                }));
                hooks.Add(hooked.register_forward_hook((m, input, output) =>
                {
                    var call = open.Pop();
                    call.Finish(new[] { output.shape });
                    return null;
                }));
            }

            using var noGrad = no_grad();
            var inputs = inputShapes.Select(shape => zeros(shape)).ToArray();
            var root = new Call(0, "", model);
            calls.Insert(0, root);
            open.Push(root);
            root.Counter = MacCounter.Start();
            var outputs = forward(model, inputs);
            open.Pop();
            root.HasChildren = calls.Count > 1;
            root.Finish(outputs.Select(o => o.shape).ToArray());

            var layers = calls.Select(c => c.ToLayer()).ToList();
            return new ModelSummary(
                name,
                inputShapes.Select(s => s.ToArray()).ToList(),
                layers,
                parameters.Sum(p => p.numel()),
                parameters.Where(p => p.requires_grad).Sum(p => p.numel()),
                layers[0].MACs,
                inputs.Sum(Bytes),
                parameters.Sum(p => Bytes(p)),
                layers.Where(l => l.IsLeaf && l.Depth > 0).Sum(l => l.OutputShapes.Sum(s => s.Aggregate(4L, (a, d) => a * d))));
        }
        finally
        {
            // A forward that threw leaves calls open: close their counters, innermost first.
            while (open.TryPop(out var call)) call.Counter?.Dispose();
            foreach (var hook in hooks) hook.Dispose();
            model.train(wasTraining);
        }
    }

    private static long Bytes(Tensor t) => t.numel() * t.element_size();

    /// <summary>A module call being recorded.</summary>
    private sealed class Call(int depth, string name, nn.Module module)
    {
        public MacCounter? Counter { get; set; }
        public bool HasChildren { get; set; }
        private long[][] outputs = Array.Empty<long[]>();
        private long macs;

        public void Finish(long[][] outputShapes)
        {
            macs = Counter!.MACs;
            Counter.Dispose();
            Counter = null;
            outputs = outputShapes;
        }

        public LayerSummary ToLayer() => new(depth, name, module.GetType().Name, outputs,
            module.parameters().Sum(p => p.numel()), macs, !HasChildren);
    }
}
