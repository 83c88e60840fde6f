using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules;

/// <summary>
/// Sets each group's learning rate to its initial rate times a function of the step (PyTorch's <c>LambdaLR</c>).
/// The functions are code, not state: a checkpoint restores the step, and the rebuilt scheduler brings the functions.
/// </summary>
public sealed class LambdaLR : optim.lr_scheduler.LRScheduler
{
    private readonly Func<int, double>[] lambdas;

    public LambdaLR(optim.Optimizer optimizer, Func<int, double> lr_lambda, int last_epoch = -1)
        : this(optimizer, new[] { lr_lambda ?? throw new ArgumentNullException(nameof(lr_lambda)) }, last_epoch, one: true)
    {
    }

    /// <summary>One function per parameter group.</summary>
    public LambdaLR(optim.Optimizer optimizer, IEnumerable<Func<int, double>> lr_lambdas, int last_epoch = -1)
        : this(optimizer, lr_lambdas?.ToArray() ?? throw new ArgumentNullException(nameof(lr_lambdas)), last_epoch, one: false)
    {
    }

    private LambdaLR(optim.Optimizer optimizer, Func<int, double>[] functions, int last_epoch, bool one) : base(optimizer)
    {
        int groupCount = optimizer.param_groups.Count;
        if (!one && functions.Length != groupCount)
            throw new ArgumentException($"Expected {groupCount} lr_lambdas (one per parameter group), but got {functions.Length}.", nameof(functions));
        lambdas = one ? Enumerable.Repeat(functions[0], groupCount).ToArray() : functions;
        initialize(last_epoch);
    }

    protected override double[] get_lr() => base_lrs.Select((b, i) => b * lambdas[i](last_epoch)).ToArray();
}
