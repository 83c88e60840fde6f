using System.Text.Json.Nodes;
using Zoo.Torch.Optim;
using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules;

/// <summary>Multiplies the learning rate by <see cref="gamma"/> every <see cref="step_size"/> steps (PyTorch's <c>StepLR</c>).</summary>
public sealed class StepLR : optim.lr_scheduler.LRScheduler
{
    public StepLR(optim.Optimizer optimizer, int step_size, double gamma = 0.1, int last_epoch = -1) : base(optimizer)
    {
        if (step_size <= 0) throw new ArgumentOutOfRangeException(nameof(step_size), step_size, "step_size must be positive.");
        this.step_size = step_size;
        this.gamma = gamma;
        initialize(last_epoch);
    }

    public int step_size { get; private set; }
    public double gamma { get; private set; }

    protected override double[] get_lr() =>
        last_epoch == 0 || last_epoch % step_size != 0
            ? current_lrs()
            : groups.Select(g => g.lr * gamma).ToArray();

    protected override double[] get_closed_form_lr() =>
        base_lrs.Select(b => b * Math.Pow(gamma, last_epoch / step_size)).ToArray();

    public override JsonObject state_dict()
    {
        var state = base.state_dict();
        state["step_size"] = step_size;
        state["gamma"] = gamma;
        return state;
    }

    public override void load_state_dict(JsonObject state_dict)
    {
        int size = state_dict.GetInt32("step_size", nameof(StepLR));
        double g = state_dict.GetDouble("gamma", nameof(StepLR));
        base.load_state_dict(state_dict);
        step_size = size;
        gamma = g;
    }
}
