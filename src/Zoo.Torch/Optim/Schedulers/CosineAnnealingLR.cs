using System.Text.Json.Nodes;
using Zoo.Torch.Optim;
using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules;

/// <summary>
/// Anneals the learning rate from its initial value to <see cref="eta_min"/> along half a cosine over
/// <see cref="T_max"/> steps (PyTorch's <c>CosineAnnealingLR</c>; past T_max it rises again, as in PyTorch).
/// </summary>
/// <remarks>
/// As torch 1.13 does, each step derives the new rate from the group's current one (the recursive form), which
/// drifts from the closed form η_min + (η_max − η_min)(1 + cos(π·t/T_max))/2 in the last bits; the closed form is
/// used only where PyTorch uses it (a jump to an epoch, as SequentialLR makes at a milestone).
/// </remarks>
public sealed class CosineAnnealingLR : optim.lr_scheduler.LRScheduler
{
    public CosineAnnealingLR(optim.Optimizer optimizer, int T_max, double eta_min = 0, int last_epoch = -1) : base(optimizer)
    {
        if (T_max <= 0) throw new ArgumentOutOfRangeException(nameof(T_max), T_max, "T_max must be positive.");
        this.T_max = T_max;
        this.eta_min = eta_min;
        initialize(last_epoch);
    }

    public int T_max { get; private set; }
    public double eta_min { get; private set; }

    protected override double[] get_lr()
    {
        if (last_epoch == 0) return current_lrs();
        if (step_count == 1 && last_epoch > 0)
            return base_lrs.Select(b => eta_min + (b - eta_min) * (1 + Math.Cos(last_epoch * Math.PI / T_max)) / 2).ToArray();
        if ((last_epoch - 1 - T_max) % (2 * T_max) == 0)
            return groups.Select((g, i) => g.lr + (base_lrs[i] - eta_min) * (1 - Math.Cos(Math.PI / T_max)) / 2).ToArray();
        return groups.Select(g =>
            (1 + Math.Cos(Math.PI * last_epoch / T_max)) / (1 + Math.Cos(Math.PI * (last_epoch - 1) / T_max)) * (g.lr - eta_min) + eta_min).ToArray();
    }

    protected override double[] get_closed_form_lr() =>
        base_lrs.Select(b => eta_min + (b - eta_min) * (1 + Math.Cos(Math.PI * last_epoch / T_max)) / 2).ToArray();

    public override JsonObject state_dict()
    {
        var state = base.state_dict();
        state["T_max"] = T_max;
        state["eta_min"] = eta_min;
        return state;
    }

    public override void load_state_dict(JsonObject state_dict)
    {
        int t = state_dict.GetInt32("T_max", nameof(CosineAnnealingLR));
        double e = state_dict.GetDouble("eta_min", nameof(CosineAnnealingLR));
        base.load_state_dict(state_dict);
        T_max = t;
        eta_min = e;
    }
}
