using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zoo.Torch.Interop;
using Zoo.Torch.Modules;
using Zoo.Torch.Optim;

namespace Zoo.Torch;

public static partial class torch
{
    public static partial class optim
    {
        /// <summary>
        /// The base of every optimizer: its parameter groups, the state it keeps per parameter, <see cref="step"/>,
        /// <see cref="zero_grad"/>, and the state for checkpoints (<see cref="state_dict"/>, <see cref="load_state_dict(OptimizerState)"/>).
        /// </summary>
        /// <remarks>
        /// A step is one native call per parameter group: the concrete optimizer passes the group's parameters, state
        /// and options to the shim, which runs PyTorch's update rule over all of them. State tensors are created on a
        /// parameter's first gradient and freed by <see cref="Dispose"/>; parameters belong to their module.
        /// </remarks>
        public abstract class Optimizer : IDisposable
        {
            /// <summary>The metadata entry naming the optimizer type in a saved state.</summary>
            public const string TypeMetadataKey = "optimizer";

            /// <summary>The metadata entry holding the parameter groups' options (a JSON list) in a saved state.</summary>
            public const string GroupsMetadataKey = "param_groups";

            private const string StepName = "step";

            private readonly List<ParamGroup> groups = new();
            private readonly string[] stateNames;
            private readonly bool countsSteps;
            private bool disposed;

            /// <param name="defaults">The options of groups that do not set their own (a group with no parameters).</param>
            /// <param name="param_groups">The groups to optimize.</param>
            /// <param name="state_names">The state kept per parameter, in the order the native step takes it (<c>exp_avg</c>, ...).</param>
            /// <param name="counts_steps">Whether the state includes a per-parameter step count (saved as <c>step</c>).</param>
            protected Optimizer(ParamGroup defaults, IEnumerable<ParamGroup> param_groups, string[] state_names, bool counts_steps)
            {
                ArgumentNullException.ThrowIfNull(defaults);
                ArgumentNullException.ThrowIfNull(param_groups);
                defaults.Validate();
                this.defaults = defaults;
                stateNames = state_names;
                countsSteps = counts_steps;
                try
                {
                    foreach (var group in param_groups) add_param_group(group);
                    if (groups.Sum(g => g.parameters.Count) == 0)
                        throw new ArgumentException($"{GetType().Name} got an empty parameter list.", nameof(param_groups));
                }
                catch
                {
                    // The groups given are free again for another optimizer.
                    Dispose();
                    foreach (var group in groups)
                    {
                        group.Owner = null;
                        group.State = null;
                    }
                    throw;
                }
            }

            /// <summary>The options groups take when they leave one unset.</summary>
            public ParamGroup defaults { get; }

            /// <summary>The parameter groups, in order; change their options (<c>lr</c>, ...) between steps.</summary>
            public IReadOnlyList<ParamGroup> param_groups => groups;

            /// <summary>Every optimized parameter, group by group.</summary>
            public IEnumerable<Parameter> parameters() => groups.SelectMany(g => g.parameters);

            /// <summary>Adds a group (for example layers unfrozen during fine-tuning); its unset options take the defaults.</summary>
            public void add_param_group(ParamGroup param_group)
            {
                ArgumentNullException.ThrowIfNull(param_group);
                ThrowIfDisposed();
                if (param_group.GetType() != defaults.GetType())
                    throw new ArgumentException($"{GetType().Name} takes groups of type {Describe(defaults.GetType())}, not {Describe(param_group.GetType())}.", nameof(param_group));
                if (param_group.Owner is not null)
                    throw new ArgumentException("This parameter group already belongs to an optimizer.", nameof(param_group));
                var seen = new HashSet<Parameter>(ReferenceEqualityComparer.Instance);
                foreach (var p in param_group.parameters)
                {
                    if (!seen.Add(p)) throw new ArgumentException("The parameter group lists a parameter twice.", nameof(param_group));
                    if (!p.is_leaf) throw new ArgumentException("Can't optimize a non-leaf tensor.", nameof(param_group));
                }
                if (groups.Any(g => g.parameters.Any(seen.Contains)))
                    throw new ArgumentException("Some parameters appear in more than one parameter group.", nameof(param_group));
                param_group.InheritFrom(defaults);
                param_group.Validate();
                param_group.Owner = this;
                param_group.State = new ParamGroupState(param_group.parameters.Count, stateNames.Length);
                groups.Add(param_group);
            }

            /// <summary>
            /// Updates every parameter that has a gradient (parameters without one are skipped, as in PyTorch).
            /// <paramref name="closure"/>, when given, is evaluated first with gradients enabled; its loss is returned.
            /// </summary>
            public Tensor? step(Func<Tensor>? closure = null)
            {
                ThrowIfDisposed();
                Tensor? loss = null;
                if (closure is not null)
                {
                    using (enable_grad()) loss = closure();
                }
                foreach (var group in groups) Update(group);
                return loss;
            }

            private unsafe void Update(ParamGroup group)
            {
                var state = group.State!;
                var parameters = Native.Handles(group.parameters);
                var handles = new IntPtr[state.Tensors.Length];
                for (int k = 0; k < handles.Length; k++) handles[k] = state.Tensors[k]?.Handle ?? IntPtr.Zero;
                int status;
                fixed (IntPtr* p = parameters)
                fixed (IntPtr* s = handles)
                fixed (long* steps = state.Steps)
                    status = update(group, p, s, steps, state.Count);
                // The shim created the state of parameters that had their first gradient: own it, even after a failure.
                for (int k = 0; k < handles.Length; k++)
                    if (state.Tensors[k] is null && handles[k] != IntPtr.Zero)
                        state.Tensors[k] = new Tensor(handles[k]).DetachFromDisposeScope();
                Native.Check(status);
            }

            /// <summary>
            /// Runs the update rule over one group with a single native call, and returns its status.
            /// <paramref name="state"/> holds the group's state handles, state name by state name (the handles of
            /// state <c>s</c> start at <c>state + s * count</c>); a zero handle is state not created yet, which the
            /// shim creates and writes back. <paramref name="steps"/> holds each parameter's step count.
            /// </summary>
            protected abstract unsafe int update(ParamGroup group, IntPtr* parameters, IntPtr* state, long* steps, int count);

            /// <summary>Drops every gradient (PyTorch 2's default) or, with <paramref name="set_to_none"/> false, zeroes it.</summary>
            public unsafe void zero_grad(bool set_to_none = true)
            {
                var handles = Native.Handles(parameters().ToArray());
                fixed (IntPtr* p = handles)
                    Native.Check(Native.zoo_optim_zero_grad(p, handles.Length, set_to_none ? 1 : 0));
            }

            // ---- checkpoints -------------------------------------------------------------------------------

            /// <summary>
            /// The state for a checkpoint, laid out like PyTorch's: tensors <c>state.{i}.{name}</c> for parameter
            /// <c>i</c> (counted across groups, in order), with <c>state.{i}.step</c> for optimizers that count steps,
            /// and metadata <c>optimizer</c> (the type) and <c>param_groups</c> (every group's options and parameter
            /// indices, JSON). Save it with <c>SafeTensors.Save(state.tensors, path, state.metadata)</c>.
            /// </summary>
            /// <remarks>
            /// The tensors are new handles sharing the live state's memory (no copy): save them before the next
            /// step, and dispose them (or the returned object) when done; the optimizer's own state is unaffected.
            /// </remarks>
            public OptimizerState state_dict()
            {
                ThrowIfDisposed();
                var tensors = new Dictionary<string, Tensor>(StringComparer.Ordinal);
                var savedGroups = new JsonArray();
                try
                {
                    int index = 0;
                    foreach (var group in groups)
                    {
                        var state = group.State!;
                        var options = new JsonObject();
                        group.WriteOptions(options);
                        options["params"] = Enumerable.Range(index, state.Count).ToJson();
                        savedGroups.Add(options);
                        for (int i = 0; i < state.Count; i++, index++)
                        {
                            for (int s = 0; s < stateNames.Length; s++)
                                if (state[s, i] is { } t) tensors[Key(index, stateNames[s])] = t.alias();
                            // PyTorch keeps the count as a float32 scalar tensor.
                            if (countsSteps && state.Steps[i] > 0)
                                tensors[Key(index, StepName)] = full(Array.Empty<long>(), (double)state.Steps[i], ScalarType.Float32);
                        }
                    }
                }
                catch
                {
                    foreach (var t in tensors.Values) t.Dispose();
                    throw;
                }
                var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    [TypeMetadataKey] = GetType().Name,
                    [GroupsMetadataKey] = savedGroups.ToJsonString(),
                };
                return new OptimizerState(tensors, metadata);
            }

            /// <summary>Restores a state made by <see cref="state_dict"/> (see the other overload).</summary>
            public void load_state_dict(OptimizerState state_dict)
            {
                ArgumentNullException.ThrowIfNull(state_dict);
                load_state_dict(state_dict.tensors, state_dict.metadata);
            }

            /// <summary>
            /// Restores a saved state exactly, so that training resumes as if never interrupted: every group's options
            /// and every parameter's state (copied, converted to the parameter's dtype and device). The state must come
            /// from the same optimizer type over the same parameter layout (group count and sizes, shapes); otherwise
            /// nothing changes and the error says what differs.
            /// </summary>
            public void load_state_dict(IReadOnlyDictionary<string, Tensor> tensors, IReadOnlyDictionary<string, string> metadata)
            {
                ArgumentNullException.ThrowIfNull(tensors);
                ArgumentNullException.ThrowIfNull(metadata);
                ThrowIfDisposed();
                var name = GetType().Name;
                if (!metadata.TryGetValue(TypeMetadataKey, out var savedType))
                    throw new ArgumentException($"The metadata has no '{TypeMetadataKey}' entry: it is not an optimizer state made by state_dict().");
                if (savedType != name)
                    throw new ArgumentException($"This optimizer state was saved by {savedType}; it cannot be loaded into {name}.");
                var saved = ParseGroups(metadata);
                if (saved.Count != groups.Count)
                    throw new ArgumentException($"The loaded state has {saved.Count} parameter groups, this {name} has {groups.Count}.");

                // Saved parameter ids map to this optimizer's parameters in order, as in PyTorch.
                var where = new Dictionary<int, (int group, int index)>();
                for (int g = 0; g < groups.Count; g++)
                {
                    var ids = saved[g].GetInt32s("params", $"{name} param_groups[{g}]");
                    if (ids.Length != groups[g].parameters.Count)
                        throw new ArgumentException($"The loaded state's parameter group {g} has {ids.Length} parameters, this {name}'s has {groups[g].parameters.Count}.");
                    for (int i = 0; i < ids.Length; i++)
                        if (!where.TryAdd(ids[i], (g, i))) throw new ArgumentException($"The loaded state lists parameter {ids[i]} twice.");
                }

                var fresh = groups.Select(g => new ParamGroupState(g.parameters.Count, stateNames.Length)).ToArray();
                try
                {
                    foreach (var (key, value) in tensors)
                    {
                        var (id, stateName) = ParseKey(key);
                        if (!where.TryGetValue(id, out var at))
                            throw new ArgumentException($"'{key}' is the state of parameter {id}, which the loaded param_groups do not list.");
                        var parameter = groups[at.group].parameters[at.index];
                        if (countsSteps && stateName == StepName)
                        {
                            fresh[at.group].Steps[at.index] = ReadStep(key, value);
                            continue;
                        }
                        int s = Array.IndexOf(stateNames, stateName);
                        if (s < 0)
                            throw new ArgumentException($"'{key}': {name} keeps no state named '{stateName}' (it keeps {string.Join(", ", AllStateNames())}).");
                        if (!value.shape.SequenceEqual(parameter.shape))
                            throw new ArgumentException($"'{key}' has shape {Tensor.ShapeString(value.shape)}, but parameter {id} has shape {Tensor.ShapeString(parameter.shape)}.");
                        // Floating-point state follows its parameter's dtype, as PyTorch casts it on load.
                        var type = parameter.dtype.IsFloatingPoint() ? parameter.dtype : value.dtype;
                        using (no_grad())
                            fresh[at.group][s, at.index] = value.to(type, parameter.device, copy: true).DetachFromDisposeScope();
                    }
                    if (countsSteps)
                        for (int g = 0; g < fresh.Length; g++)
                            for (int i = 0; i < fresh[g].Count; i++)
                                if (fresh[g].Steps[i] == 0 && fresh[g].HasState(i, stateNames.Length))
                                    throw new ArgumentException($"The loaded state of a parameter of group {g} (its index {i}) has no '{StepName}'.");
                    ApplyOptions(saved);
                }
                catch
                {
                    foreach (var state in fresh) state.Dispose();
                    throw;
                }
                for (int g = 0; g < groups.Count; g++)
                {
                    groups[g].State!.Dispose();
                    groups[g].State = fresh[g];
                }
            }

            // Replaces every group's options, or none of them.
            private void ApplyOptions(IReadOnlyList<JsonObject> saved)
            {
                var backup = groups.Select(g =>
                {
                    var options = new JsonObject();
                    g.WriteOptions(options);
                    return options;
                }).ToArray();
                try
                {
                    for (int g = 0; g < groups.Count; g++)
                    {
                        groups[g].ReadOptions(saved[g], $"{GetType().Name} param_groups[{g}]");
                        groups[g].Validate();
                    }
                }
                catch
                {
                    for (int g = 0; g < groups.Count; g++) groups[g].ReadOptions(backup[g], "previous");
                    throw;
                }
            }

            private static List<JsonObject> ParseGroups(IReadOnlyDictionary<string, string> metadata)
            {
                if (!metadata.TryGetValue(GroupsMetadataKey, out var text))
                    throw new ArgumentException($"The metadata has no '{GroupsMetadataKey}' entry.");
                try
                {
                    return JsonNode.Parse(text)!.AsArray().Select(g => g!.AsObject()).ToList();
                }
                catch (Exception e) when (e is JsonException or InvalidOperationException or NullReferenceException)
                {
                    throw new ArgumentException($"The '{GroupsMetadataKey}' metadata is not a JSON list of objects.", e);
                }
            }

            private static (int id, string name) ParseKey(string key)
            {
                var parts = key.Split('.', 3);
                if (parts.Length != 3 || parts[0] != "state" ||
                    !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || parts[2].Length == 0)
                    throw new ArgumentException($"'{key}' is not an optimizer state key (state.<parameter index>.<name>).");
                return (id, parts[2]);
            }

            private static long ReadStep(string key, Tensor value)
            {
                if (value.numel() != 1) throw new ArgumentException($"'{key}' should hold one number, it has shape {Tensor.ShapeString(value.shape)}.");
                double step = value.ToDouble();
                if (!(step >= 1) || step != Math.Floor(step) || step > long.MaxValue)
                    throw new ArgumentException($"'{key}' should be a step count (a whole number >= 1), not {step}.");
                return (long)step;
            }

            private IEnumerable<string> AllStateNames() => countsSteps ? stateNames.Append(StepName) : stateNames;

            private static string Key(int index, string name) => $"state.{index}.{name}";

            private static string Describe(Type type) => type.DeclaringType is { } outer ? $"{outer.Name}.{type.Name}" : type.Name;

            private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(disposed, this);

            /// <summary>Frees the optimizer's state (not the parameters, which belong to their module).</summary>
            public void Dispose()
            {
                if (disposed) return;
                disposed = true;
                foreach (var group in groups) group.State?.Dispose();
                GC.SuppressFinalize(this);
            }
        }
    }
}
