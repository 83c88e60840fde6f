using System.Text.Json.Nodes;
using Zoo.Torch.Optim;
using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules;

/// <summary>
/// Scales the learning rate by a factor that moves linearly from <see cref="start_factor"/> to
/// <see cref="end_factor"/> over <see cref="total_iters"/> steps, then stays (PyTorch's <c>LinearLR</c>): the usual
/// warm-up.
/// </summary>
public sealed class LinearLR : optim.lr_scheduler.LRScheduler
{
    public LinearLR(optim.Optimizer optimizer, double start_factor = 1.0 / 3, double end_factor = 1.0, int total_iters = 5,
        int last_epoch = -1) : base(optimizer)
    {
        if (!(start_factor > 0 && start_factor <= 1))
            throw new ArgumentOutOfRangeException(nameof(start_factor), start_factor, "Starting multiplicative factor expected to be in (0, 1].");
        if (!(end_factor >= 0 && end_factor <= 1))
            throw new ArgumentOutOfRangeException(nameof(end_factor), end_factor, "Ending multiplicative factor expected to be between 0 and 1.");
        if (total_iters <= 0) throw new ArgumentOutOfRangeException(nameof(total_iters), total_iters, "total_iters must be positive.");
        this.start_factor = start_factor;
        this.end_factor = end_factor;
        this.total_iters = total_iters;
        initialize(last_epoch);
    }

    public double start_factor { get; private set; }
    public double end_factor { get; private set; }
    public int total_iters { get; private set; }

    protected override double[] get_lr()
    {
        if (last_epoch == 0) return groups.Select(g => g.lr * start_factor).ToArray();
        if (last_epoch > total_iters) return current_lrs();
        return groups.Select(g => g.lr * (1.0 + (end_factor - start_factor) /
            (total_iters * start_factor + (last_epoch - 1) * (end_factor - start_factor)))).ToArray();
    }

    protected override double[] get_closed_form_lr() =>
        base_lrs.Select(b => b * (start_factor + (end_factor - start_factor) * Math.Min(total_iters, last_epoch) / total_iters)).ToArray();

    public override JsonObject state_dict()
    {
        var state = base.state_dict();
        state["start_factor"] = start_factor;
        state["end_factor"] = end_factor;
        state["total_iters"] = total_iters;
        return state;
    }

    public override void load_state_dict(JsonObject state_dict)
    {
        double start = state_dict.GetDouble("start_factor", nameof(LinearLR));
        double end = state_dict.GetDouble("end_factor", nameof(LinearLR));
        int total = state_dict.GetInt32("total_iters", nameof(LinearLR));
        base.load_state_dict(state_dict);
        start_factor = start;
        end_factor = end;
        total_iters = total;
    }
}
