using System.Text.Json.Nodes;
using Zoo.Torch.Optim;
using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules;

/// <summary>
/// Multiplies the learning rate by <see cref="gamma"/> at each milestone step (by gamma^k at a milestone listed k
/// times): PyTorch's <c>MultiStepLR</c>.
/// </summary>
public sealed class MultiStepLR : optim.lr_scheduler.LRScheduler
{
    private int[] sorted;

    public MultiStepLR(optim.Optimizer optimizer, IEnumerable<int> milestones, double gamma = 0.1, int last_epoch = -1) : base(optimizer)
    {
        ArgumentNullException.ThrowIfNull(milestones);
        sorted = milestones.Order().ToArray();
        this.gamma = gamma;
        initialize(last_epoch);
    }

    /// <summary>The milestones in ascending order (a milestone listed k times appears k times).</summary>
    public IReadOnlyList<int> milestones => sorted;
    public double gamma { get; private set; }

    protected override double[] get_lr()
    {
        int hits = sorted.Count(m => m == last_epoch);
        return hits == 0 ? current_lrs() : groups.Select(g => g.lr * Math.Pow(gamma, hits)).ToArray();
    }

    protected override double[] get_closed_form_lr()
    {
        int passed = sorted.Count(m => m <= last_epoch); // bisect_right over the sorted milestones
        return base_lrs.Select(b => b * Math.Pow(gamma, passed)).ToArray();
    }

    public override JsonObject state_dict()
    {
        var state = base.state_dict();
        state["milestones"] = sorted.ToJson();
        state["gamma"] = gamma;
        return state;
    }

    public override void load_state_dict(JsonObject state_dict)
    {
        var m = state_dict.GetInt32s("milestones", nameof(MultiStepLR));
        double g = state_dict.GetDouble("gamma", nameof(MultiStepLR));
        base.load_state_dict(state_dict);
        sorted = m.Order().ToArray();
        gamma = g;
    }
}
