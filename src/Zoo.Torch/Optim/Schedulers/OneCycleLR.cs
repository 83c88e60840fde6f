using System.Text.Json.Nodes;
using Zoo.Torch.Optim;
using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules;

/// <summary>
/// The 1cycle policy (PyTorch's <c>OneCycleLR</c>): the learning rate rises from max_lr / div_factor to max_lr over
/// the first <c>pct_start</c> of the steps, then falls to initial / final_div_factor, by cosine or linear annealing;
/// the momentum (SGD's and RMSprop's momentum, Adam's beta1) cycles the opposite way between max_momentum and
/// base_momentum. With three_phase, the rate comes back down to its initial value symmetrically before the final
/// fall. Step it once per batch, <see cref="total_steps"/> times at most.
/// </summary>
public sealed class OneCycleLR : optim.lr_scheduler.LRScheduler
{
    /// <summary>How the rate moves between two values.</summary>
    public enum AnnealStrategy
    {
        Cos,
        Linear,
    }

    private enum Rate { Initial, Max, Min }

    private enum Momentum { Max, Base }

    private readonly record struct Phase(double EndStep, Rate StartLr, Rate EndLr, Momentum StartMomentum, Momentum EndMomentum);

    private Phase[] phases;
    private double[] maxLrs, minLrs, maxMomentums, baseMomentums;
    private bool useBeta1;

    public OneCycleLR(optim.Optimizer optimizer, double max_lr, int? total_steps = null, int? epochs = null, int? steps_per_epoch = null,
        double pct_start = 0.3, AnnealStrategy anneal_strategy = AnnealStrategy.Cos, bool cycle_momentum = true,
        double base_momentum = 0.85, double max_momentum = 0.95, double div_factor = 25, double final_div_factor = 1e4,
        bool three_phase = false, int last_epoch = -1)
        : this(optimizer, new[] { max_lr }, total_steps, epochs, steps_per_epoch, pct_start, anneal_strategy, cycle_momentum,
            base_momentum, max_momentum, div_factor, final_div_factor, three_phase, last_epoch)
    {
    }

    /// <summary>The 1cycle policy with one maximum rate per parameter group.</summary>
    public OneCycleLR(optim.Optimizer optimizer, IReadOnlyList<double> max_lr, int? total_steps = null, int? epochs = null,
        int? steps_per_epoch = null, double pct_start = 0.3, AnnealStrategy anneal_strategy = AnnealStrategy.Cos,
        bool cycle_momentum = true, double base_momentum = 0.85, double max_momentum = 0.95, double div_factor = 25,
        double final_div_factor = 1e4, bool three_phase = false, int last_epoch = -1) : base(optimizer)
    {
        ArgumentNullException.ThrowIfNull(max_lr);
        if (total_steps is { } total)
        {
            if (total <= 0) throw new ArgumentOutOfRangeException(nameof(total_steps), total, "Expected a positive total_steps.");
            this.total_steps = total;
        }
        else if (epochs is { } e && steps_per_epoch is { } s)
        {
            if (e <= 0) throw new ArgumentOutOfRangeException(nameof(epochs), e, "Expected a positive number of epochs.");
            if (s <= 0) throw new ArgumentOutOfRangeException(nameof(steps_per_epoch), s, "Expected a positive steps_per_epoch.");
            this.total_steps = e * s;
        }
        else
        {
            throw new ArgumentException("You must define either total_steps OR (epochs AND steps_per_epoch).");
        }
        if (!(pct_start >= 0 && pct_start <= 1))
            throw new ArgumentOutOfRangeException(nameof(pct_start), pct_start, "Expected pct_start between 0 and 1.");

        this.three_phase = three_phase;
        phases = Phases(pct_start, this.total_steps, three_phase);
        this.anneal_strategy = anneal_strategy;

        maxLrs = PerGroup(max_lr, nameof(max_lr));
        minLrs = maxLrs.Select(m => m / div_factor / final_div_factor).ToArray();
        if (last_epoch == -1)
            for (int i = 0; i < groups.Count; i++) groups[i].initial_lr = maxLrs[i] / div_factor;

        this.cycle_momentum = cycle_momentum;
        maxMomentums = Enumerable.Repeat(max_momentum, groups.Count).ToArray();
        baseMomentums = Enumerable.Repeat(base_momentum, groups.Count).ToArray();
        if (cycle_momentum)
        {
            if (optimizer.defaults is not (optim.IBetas or optim.IMomentum))
                throw new ArgumentException($"{optimizer.GetType().Name} has no momentum to cycle: pass cycle_momentum: false.", nameof(cycle_momentum));
            useBeta1 = optimizer.defaults is optim.IBetas;
            if (last_epoch == -1)
                for (int i = 0; i < groups.Count; i++) SetMomentum(groups[i], maxMomentums[i]);
        }
        initialize(last_epoch);
    }

    public int total_steps { get; private set; }
    public bool three_phase { get; private set; }
    public AnnealStrategy anneal_strategy { get; private set; }
    public bool cycle_momentum { get; private set; }

    // Where each phase ends (a fractional step) and which values it anneals between, as torch 1.13 lays them out.
    private static Phase[] Phases(double pct_start, int total_steps, bool three_phase) => three_phase
        ? new[]
        {
            new Phase(pct_start * total_steps - 1, Rate.Initial, Rate.Max, Momentum.Max, Momentum.Base),
            new Phase(2 * pct_start * total_steps - 2, Rate.Max, Rate.Initial, Momentum.Base, Momentum.Max),
            new Phase(total_steps - 1, Rate.Initial, Rate.Min, Momentum.Max, Momentum.Max),
        }
        : new[]
        {
            new Phase(pct_start * total_steps - 1, Rate.Initial, Rate.Max, Momentum.Max, Momentum.Base),
            new Phase(total_steps - 1, Rate.Max, Rate.Min, Momentum.Base, Momentum.Max),
        };

    protected override double[] get_lr()
    {
        int step_num = last_epoch;
        if (step_num > total_steps)
            throw new InvalidOperationException($"Tried to step {step_num + 1} times. The specified number of total steps is {total_steps}.");
        var lrs = new double[groups.Count];
        for (int i = 0; i < groups.Count; i++)
        {
            double start_step = 0, computed_lr = 0, computed_momentum = 0;
            for (int p = 0; p < phases.Length; p++)
            {
                var phase = phases[p];
                double end_step = phase.EndStep;
                if (step_num <= end_step || p == phases.Length - 1)
                {
                    double pct = (step_num - start_step) / (end_step - start_step);
                    computed_lr = Anneal(Value(phase.StartLr, i), Value(phase.EndLr, i), pct);
                    if (cycle_momentum) computed_momentum = Anneal(Value(phase.StartMomentum, i), Value(phase.EndMomentum, i), pct);
                    break;
                }
                start_step = phase.EndStep;
            }
            lrs[i] = computed_lr;
            if (cycle_momentum) SetMomentum(groups[i], computed_momentum);
        }
        return lrs;
    }

    private double Anneal(double start, double end, double pct) => anneal_strategy == AnnealStrategy.Cos
        ? end + (start - end) / 2.0 * (Math.Cos(Math.PI * pct) + 1)
        : (end - start) * pct + start;

    private double Value(Rate rate, int group) => rate switch
    {
        Rate.Initial => groups[group].initial_lr ?? throw new InvalidOperationException($"param_groups[{group}] has no initial_lr."),
        Rate.Max => maxLrs[group],
        _ => minLrs[group],
    };

    private double Value(Momentum momentum, int group) => momentum == Momentum.Max ? maxMomentums[group] : baseMomentums[group];

    private void SetMomentum(optim.ParamGroup group, double momentum)
    {
        if (useBeta1)
        {
            var b = (optim.IBetas)group;
            b.betas = (momentum, b.betas.beta2);
        }
        else
        {
            ((optim.IMomentum)group).momentum = momentum;
        }
    }

    public override JsonObject state_dict()
    {
        var state = base.state_dict();
        state["total_steps"] = total_steps;
        state["three_phase"] = three_phase;
        state["phase_end_steps"] = phases.Select(p => p.EndStep).ToJson();
        state["anneal_strategy"] = anneal_strategy == AnnealStrategy.Cos ? "cos" : "linear";
        state["cycle_momentum"] = cycle_momentum;
        state["use_beta1"] = useBeta1;
        state["max_lrs"] = maxLrs.ToJson();
        state["min_lrs"] = minLrs.ToJson();
        state["max_momentums"] = maxMomentums.ToJson();
        state["base_momentums"] = baseMomentums.ToJson();
        return state;
    }

    public override void load_state_dict(JsonObject state_dict)
    {
        const string owner = nameof(OneCycleLR);
        int total = state_dict.GetInt32("total_steps", owner);
        bool three = state_dict.GetBool("three_phase", owner);
        var ends = state_dict.GetDoubles("phase_end_steps", owner);
        var strategy = state_dict.GetString("anneal_strategy", owner) switch
        {
            "cos" => AnnealStrategy.Cos,
            "linear" => AnnealStrategy.Linear,
            var other => throw new ArgumentException($"'anneal_strategy' of the {owner} state should be \"cos\" or \"linear\", not \"{other}\"."),
        };
        bool cycle = state_dict.GetBool("cycle_momentum", owner);
        bool beta1 = state_dict.GetBool("use_beta1", owner);
        var max = state_dict.GetDoubles("max_lrs", owner);
        var min = state_dict.GetDoubles("min_lrs", owner);
        var maxM = state_dict.GetDoubles("max_momentums", owner);
        var baseM = state_dict.GetDoubles("base_momentums", owner);
        var layout = Phases(0, total, three);
        if (ends.Length != layout.Length)
            throw new ArgumentException($"'phase_end_steps' of the {owner} state should hold {layout.Length} steps, it holds {ends.Length}.");
        if (new[] { max, min, maxM, baseM }.Any(v => v.Length != groups.Count))
            throw new ArgumentException($"The {owner} state holds values for a different number of parameter groups than the optimizer's {groups.Count}.");
        if (cycle && (beta1 ? optimizer.defaults is not optim.IBetas : optimizer.defaults is not optim.IMomentum))
            throw new ArgumentException($"The {owner} state cycles {(beta1 ? "beta1" : "momentum")}, which {optimizer.GetType().Name} does not have.");
        base.load_state_dict(state_dict);
        total_steps = total;
        three_phase = three;
        phases = layout.Select((p, k) => p with { EndStep = ends[k] }).ToArray();
        anneal_strategy = strategy;
        cycle_momentum = cycle;
        useBeta1 = beta1;
        maxLrs = max;
        minLrs = min;
        maxMomentums = maxM;
        baseMomentums = baseM;
    }
}
