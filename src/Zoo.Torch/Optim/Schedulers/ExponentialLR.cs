using System.Text.Json.Nodes;
using Zoo.Torch.Optim;
using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules;

/// <summary>Multiplies the learning rate by <see cref="gamma"/> every step (PyTorch's <c>ExponentialLR</c>).</summary>
public sealed class ExponentialLR : optim.lr_scheduler.LRScheduler
{
    public ExponentialLR(optim.Optimizer optimizer, double gamma, int last_epoch = -1) : base(optimizer)
    {
        this.gamma = gamma;
        initialize(last_epoch);
    }

    public double gamma { get; private set; }

    protected override double[] get_lr() =>
        last_epoch == 0 ? current_lrs() : groups.Select(g => g.lr * gamma).ToArray();

    protected override double[] get_closed_form_lr() =>
        base_lrs.Select(b => b * Math.Pow(gamma, last_epoch)).ToArray();

    public override JsonObject state_dict()
    {
        var state = base.state_dict();
        state["gamma"] = gamma;
        return state;
    }

    public override void load_state_dict(JsonObject state_dict)
    {
        double g = state_dict.GetDouble("gamma", nameof(ExponentialLR));
        base.load_state_dict(state_dict);
        gamma = g;
    }
}
