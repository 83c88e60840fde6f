using System.Text.Json.Nodes;
using Zoo.Torch.Optim;

namespace Zoo.Torch;

public static partial class torch
{
    public static partial class optim
    {
        public static partial class lr_scheduler
        {
            /// <summary>
            /// The base of learning-rate schedulers (PyTorch's <c>_LRScheduler</c>): each <see cref="step"/> advances
            /// <see cref="last_epoch"/> and sets every parameter group's <c>lr</c>. Call it after
            /// <c>optimizer.step()</c>, once per epoch or per batch as the schedule is meant.
            /// </summary>
            /// <remarks>
            /// Schedules follow torch 1.13 step by step: most compute the next rate from the group's current one
            /// (PyTorch's "chainable" form, so that several schedulers can act on one optimizer), which can differ
            /// from the closed form in the last bits. Construction performs the first step, as in PyTorch: the groups'
            /// <c>lr</c> then holds the rate of epoch 0.
            /// </remarks>
            public abstract class LRScheduler
            {
                private double[] lastLr = Array.Empty<double>();

                protected LRScheduler(Optimizer optimizer)
                {
                    this.optimizer = optimizer ?? throw new ArgumentNullException(nameof(optimizer));
                    base_lrs = Array.Empty<double>();
                }

                /// <summary>The optimizer whose groups' learning rates this scheduler sets.</summary>
                public Optimizer optimizer { get; }

                /// <summary>The index of the last step taken (epoch or batch); -1 before the first.</summary>
                public int last_epoch { get; protected internal set; }

                /// <summary>Each group's starting learning rate (its <c>initial_lr</c>).</summary>
                public double[] base_lrs { get; protected set; }

                /// <summary>How many times <see cref="step"/> ran, the first step at construction included (PyTorch's <c>_step_count</c>).</summary>
                protected int step_count { get; private set; }

                /// <summary>The learning rates the last step set, one per group.</summary>
                public double[] get_last_lr() => (double[])lastLr.Clone();

                /// <summary>The groups' learning rates for the new <see cref="last_epoch"/> (PyTorch's chainable <c>get_lr</c>).</summary>
                protected abstract double[] get_lr();

                /// <summary>The closed form of the schedule at <see cref="last_epoch"/>, for schedulers that have one.</summary>
                protected virtual double[]? get_closed_form_lr() => null;

                protected IReadOnlyList<ParamGroup> groups => optimizer.param_groups;

                /// <summary>Every group's learning rate now.</summary>
                protected double[] current_lrs() => groups.Select(g => g.lr).ToArray();

                /// <summary>
                /// PyTorch's <c>_LRScheduler.__init__</c>, which a scheduler's constructor calls last (once its own
                /// settings are in place): records the groups' initial rates and takes the first step.
                /// </summary>
                protected void initialize(int last_epoch)
                {
                    if (last_epoch == -1)
                    {
                        foreach (var group in groups) group.initial_lr ??= group.lr;
                    }
                    else
                    {
                        for (int i = 0; i < groups.Count; i++)
                            if (groups[i].initial_lr is null)
                                throw new ArgumentException($"param 'initial_lr' is not specified in param_groups[{i}] when resuming an optimizer (last_epoch = {last_epoch}).");
                    }
                    base_lrs = groups.Select(g => g.initial_lr!.Value).ToArray();
                    this.last_epoch = last_epoch;
                    initial_step();
                }

                internal void initial_step()
                {
                    step_count = 0;
                    step();
                }

                /// <summary>Advances the schedule by one step and sets every group's learning rate.</summary>
                public virtual void step()
                {
                    step_count++;
                    last_epoch++;
                    Apply(get_lr());
                }

                /// <summary>Jumps to <paramref name="epoch"/> with the closed form where there is one (PyTorch's <c>step(epoch)</c>).</summary>
                internal void step_to(int epoch)
                {
                    step_count++;
                    last_epoch = epoch;
                    Apply(get_closed_form_lr() ?? get_lr());
                }

                private void Apply(double[] values)
                {
                    for (int i = 0; i < groups.Count && i < values.Length; i++) groups[i].lr = values[i];
                    lastLr = current_lrs();
                }

                /// <summary>Sets what <see cref="get_last_lr"/> returns (for schedulers that delegate their steps).</summary>
                protected void set_last_lr(double[] values) => lastLr = (double[])values.Clone();

                /// <summary>
                /// The scheduler's state as plain numbers under PyTorch's names (<c>last_epoch</c>, <c>base_lrs</c>,
                /// <c>_last_lr</c>, <c>_step_count</c>, and the schedule's settings); store it as a metadata string with
                /// <c>ToJsonString()</c>. Save the optimizer's state with it: the groups' rates live there.
                /// </summary>
                public virtual JsonObject state_dict() => new()
                {
                    ["last_epoch"] = last_epoch,
                    ["_step_count"] = step_count,
                    ["base_lrs"] = base_lrs.ToJson(),
                    ["_last_lr"] = lastLr.ToJson(),
                };

                /// <summary>
                /// Restores a state made by <see cref="state_dict"/>. As in PyTorch, build the optimizer and the
                /// scheduler as at the start, then load the optimizer's state and this one.
                /// </summary>
                public virtual void load_state_dict(JsonObject state_dict)
                {
                    ArgumentNullException.ThrowIfNull(state_dict);
                    var owner = GetType().Name;
                    int epoch = state_dict.GetInt32("last_epoch", owner);
                    int count = state_dict.GetInt32("_step_count", owner);
                    var bases = state_dict.GetDoubles("base_lrs", owner);
                    var last = state_dict.GetDoubles("_last_lr", owner);
                    if (bases.Length != groups.Count || last.Length != groups.Count)
                        throw new ArgumentException($"The {owner} state has rates for {bases.Length} parameter groups, the optimizer has {groups.Count}.");
                    last_epoch = epoch;
                    step_count = count;
                    base_lrs = bases;
                    lastLr = last;
                }

                /// <summary>One value per parameter group: <paramref name="values"/> when it has one per group, else one value repeated.</summary>
                protected double[] PerGroup(IReadOnlyList<double> values, string name)
                {
                    if (values.Count == 1) return Enumerable.Repeat(values[0], groups.Count).ToArray();
                    if (values.Count != groups.Count)
                        throw new ArgumentException($"Expected {groups.Count} values for {name} (one per parameter group), got {values.Count}.", name);
                    return values.ToArray();
                }
            }
        }
    }
}
