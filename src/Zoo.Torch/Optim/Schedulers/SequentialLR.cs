using System.Text.Json.Nodes;
using Zoo.Torch.Optim;
using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules;

/// <summary>
/// Runs schedulers one after another, switching at the milestone steps (PyTorch's <c>SequentialLR</c>), typically
/// a warm-up then the main schedule: <c>SequentialLR(opt, [LinearLR(opt, 0.1, total_iters: 5), CosineAnnealingLR(opt, 95)], [5])</c>.
/// </summary>
/// <remarks>
/// Behaves as torch 1.13's: the schedulers are built first (each takes its first step), then this one resets the
/// rates to the initial ones, restarts the first scheduler, and at each milestone starts the next scheduler from
/// step 0 with its closed form.
/// </remarks>
public sealed class SequentialLR : optim.lr_scheduler.LRScheduler
{
    private readonly optim.lr_scheduler.LRScheduler[] schedulers;
    private int[] milestones;

    public SequentialLR(optim.Optimizer optimizer, IEnumerable<optim.lr_scheduler.LRScheduler> schedulers, IEnumerable<int> milestones,
        int last_epoch = -1) : base(optimizer)
    {
        ArgumentNullException.ThrowIfNull(schedulers);
        ArgumentNullException.ThrowIfNull(milestones);
        this.schedulers = schedulers.ToArray();
        this.milestones = milestones.ToArray();
        if (this.schedulers.Length == 0) throw new ArgumentException("SequentialLR needs at least one scheduler.", nameof(schedulers));
        for (int i = 0; i < this.schedulers.Length; i++)
            if (!ReferenceEquals(this.schedulers[i].optimizer, optimizer))
                throw new ArgumentException($"Sequential Schedulers expects all schedulers to belong to the same optimizer, but got schedulers at index {i} to be different than the optimizer passed in.", nameof(schedulers));
        if (this.milestones.Length != this.schedulers.Length - 1)
            throw new ArgumentException($"Sequential Schedulers expects number of schedulers provided to be one more than the number of milestone points, but got number of schedulers {this.schedulers.Length} and the number of milestones to be equal to {this.milestones.Length}.", nameof(milestones));

        this.last_epoch = last_epoch + 1;
        // Undo what building the schedulers did: back to the initial rates, and each scheduler one step back.
        for (int i = 0; i < groups.Count; i++)
            groups[i].lr = groups[i].initial_lr ?? throw new InvalidOperationException($"param_groups[{i}] has no initial_lr.");
        foreach (var s in this.schedulers) s.last_epoch -= 1;
        this.schedulers[0].initial_step();
        set_last_lr(this.schedulers[0].get_last_lr());
    }

    public override void step()
    {
        last_epoch++;
        int index = milestones.Count(m => m <= last_epoch); // bisect_right
        var scheduler = schedulers[index];
        if (index > 0 && milestones[index - 1] == last_epoch)
            scheduler.step_to(0);
        else
            scheduler.step();
        set_last_lr(scheduler.get_last_lr());
    }

    /// <summary>Not used: each step delegates to the scheduler whose turn it is.</summary>
    protected override double[] get_lr() => get_last_lr();

    public override JsonObject state_dict() => new()
    {
        ["last_epoch"] = last_epoch,
        ["_milestones"] = milestones.ToJson(),
        ["_last_lr"] = get_last_lr().ToJson(),
        ["_schedulers"] = new JsonArray(schedulers.Select(s => (JsonNode?)s.state_dict()).ToArray()),
    };

    public override void load_state_dict(JsonObject state_dict)
    {
        ArgumentNullException.ThrowIfNull(state_dict);
        const string owner = nameof(SequentialLR);
        int epoch = state_dict.GetInt32("last_epoch", owner);
        var m = state_dict.GetInt32s("_milestones", owner);
        var last = state_dict.GetDoubles("_last_lr", owner);
        var saved = state_dict.GetArray("_schedulers", owner);
        if (saved.Count != schedulers.Length || m.Length != milestones.Length)
            throw new ArgumentException($"The {owner} state has {saved.Count} schedulers and {m.Length} milestones; this one has {schedulers.Length} and {milestones.Length}.");
        // The inner states are plain objects; a scheduler that rejects its own leaves the ones before it loaded.
        for (int i = 0; i < schedulers.Length; i++)
            schedulers[i].load_state_dict(saved[i] as JsonObject ?? throw new ArgumentException($"'_schedulers[{i}]' of the {owner} state is not an object."));
        last_epoch = epoch;
        milestones = m;
        set_last_lr(last);
    }
}
