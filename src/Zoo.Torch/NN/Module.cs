using System.Reflection;
using System.Text;
using Zoo.Torch.Modules;

namespace Zoo.Torch;

public static partial class torch
{
    public static partial class nn
    {
        /// <summary>A parameter sharing <paramref name="data"/>'s storage (PyTorch's <c>nn.Parameter</c>).</summary>
        public static Parameter Parameter(Tensor data, bool requires_grad = true) => new(data, requires_grad);

        /// <summary>
        /// The base of every layer and network: it owns parameters, buffers and child modules under names that are
        /// their state_dict keys (PyTorch's naming: <c>layer1.0.conv1.weight</c>), and moves, saves and frees them.
        /// </summary>
        /// <remarks>
        /// Registration order is PyTorch's: a module's own parameters, then its own buffers, then each child in the
        /// order it was registered. Register explicitly (<see cref="register_module"/>, <see cref="register_parameter"/>,
        /// <see cref="register_buffer"/>) or assign fields and call <see cref="RegisterComponents"/>, which registers
        /// every field holding a module, parameter or tensor under the field's name, in declaration order.
        /// </remarks>
        [Printing.TypeFormatterSource(typeof(Printing.ModuleFormatterSource))]
        public abstract partial class Module : IDisposable
        {
            private readonly List<string> parameterNames = new();
            private readonly Dictionary<string, Parameter?> parameterValues = new(StringComparer.Ordinal);
            private readonly List<string> bufferNames = new();
            private readonly Dictionary<string, (Tensor? tensor, bool persistent)> bufferValues = new(StringComparer.Ordinal);
            private readonly List<string> childNames = new();
            private readonly Dictionary<string, Module> childValues = new(StringComparer.Ordinal);
            private bool disposed;

            protected Module(string name) => this.name = name;

            private readonly string name;

            /// <summary>The module's type name as shown when printing it (<c>Conv2d</c>, <c>Cbam</c>).</summary>
            public string GetName() => name;

            /// <summary>True in training mode (dropout active, batch norm using batch statistics).</summary>
            public bool training { get; private set; } = true;

            // ---- registration --------------------------------------------------------------------------

            public void register_parameter(string name, Parameter? parameter)
            {
                CheckName(name, 0);
                if (!parameterValues.ContainsKey(name)) parameterNames.Add(name);
                parameterValues[name] = parameter;
            }

            public void register_buffer(string name, Tensor? tensor, bool persistent = true)
            {
                CheckName(name, 1);
                tensor?.DetachFromDisposeScope();
                if (!bufferValues.ContainsKey(name)) bufferNames.Add(name);
                bufferValues[name] = (tensor, persistent);
            }

            public void register_module(string name, Module module)
            {
                CheckName(name, 2);
                ArgumentNullException.ThrowIfNull(module);
                if (!childValues.ContainsKey(name)) childNames.Add(name);
                childValues[name] = module;
                HooksChanged(); // the subtree changed: a hooked child may have joined
            }

            private void CheckName(string name, int kind)
            {
                if (string.IsNullOrEmpty(name) || name.Contains('.'))
                    throw new ArgumentException($"'{name}' cannot name a member of {GetName()}: names are non-empty and have no '.'.", nameof(name));
                // Re-registering a name replaces the member of the same kind (as assigning an attribute does in
                // PyTorch); a name used by a member of another kind is a mistake.
                if ((kind != 0 && parameterValues.ContainsKey(name)) || (kind != 1 && bufferValues.ContainsKey(name)) || (kind != 2 && childValues.ContainsKey(name)))
                    throw new ArgumentException($"{GetName()} already has a member named '{name}' of another kind.", nameof(name));
            }

            /// <summary>
            /// Registers every instance field of the concrete type that holds a <see cref="Module"/>, a
            /// <see cref="Parameter"/> or another <see cref="Tensor"/> (a buffer), under the field's name.
            /// </summary>
            protected void RegisterComponents()
            {
                var chain = new List<Type>();
                for (var t = GetType(); t is not null && t != typeof(Module); t = t.BaseType) chain.Add(t);
                chain.Reverse(); // base classes' fields first, as their constructors ran first
                foreach (var type in chain)
                {
                    foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                    {
                        if (field.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)) && !field.Name.Contains("k__BackingField")) continue;
                        var key = FieldKey(field.Name);
                        switch (field.GetValue(this))
                        {
                            case Parameter p: register_parameter(key, p); break;
                            case Module m: register_module(key, m); break;
                            case Tensor t: register_buffer(key, t); break;
                        }
                    }
                }
            }

            // Auto-property backing fields are named "<name>k__BackingField": register them as "name".
            private static string FieldKey(string field) =>
                field.StartsWith('<') && field.IndexOf('>') is var end and > 0 ? field[1..end] : field;

            // ---- enumeration -----------------------------------------------------------------------------

            /// <summary>This module's parameters (and its descendants' when <paramref name="recurse"/>), with dotted names.</summary>
            public IEnumerable<(string name, Parameter parameter)> named_parameters(bool recurse = true)
            {
                var seen = new HashSet<Parameter>(ReferenceEqualityComparer.Instance);
                foreach (var (prefix, module) in recurse ? named_modules() : new[] { ("", this) })
                    foreach (var n in module.parameterNames)
                        if (module.parameterValues[n] is { } p && seen.Add(p))
                            yield return (Join(prefix, n), p);
            }

            public IEnumerable<Parameter> parameters(bool recurse = true) => named_parameters(recurse).Select(p => p.parameter);

            public IEnumerable<(string name, Tensor buffer)> named_buffers(bool recurse = true, bool include_nonpersistent = true)
            {
                foreach (var (prefix, module) in recurse ? named_modules() : new[] { ("", this) })
                    foreach (var n in module.bufferNames)
                        if (module.bufferValues[n] is { tensor: { } t, persistent: var persistent } && (persistent || include_nonpersistent))
                            yield return (Join(prefix, n), t);
            }

            public IEnumerable<Tensor> buffers(bool recurse = true) => named_buffers(recurse).Select(b => b.buffer);

            public IEnumerable<(string name, Module module)> named_children() =>
                childNames.Select(n => (n, childValues[n]));

            public IEnumerable<Module> children() => named_children().Select(c => c.module);

            /// <summary>This module (named "") and every descendant, depth first, each once.</summary>
            public IEnumerable<(string name, Module module)> named_modules()
            {
                var seen = new HashSet<Module>(ReferenceEqualityComparer.Instance);
                return Walk("", this, seen);

                static IEnumerable<(string, Module)> Walk(string prefix, Module module, HashSet<Module> seen)
                {
                    if (!seen.Add(module)) yield break;
                    yield return (prefix, module);
                    foreach (var n in module.childNames)
                        foreach (var item in Walk(Join(prefix, n), module.childValues[n], seen))
                            yield return item;
                }
            }

            public IEnumerable<Module> modules() => named_modules().Select(m => m.module);

            /// <summary>The direct child named <paramref name="name"/>, or null.</summary>
            public Module? get_submodule(string name)
            {
                Module? current = this;
                foreach (var part in name.Split('.', StringSplitOptions.RemoveEmptyEntries))
                    current = current is not null && current.childValues.TryGetValue(part, out var next) ? next : null;
                return current;
            }

            private static string Join(string prefix, string name) => prefix.Length == 0 ? name : prefix + "." + name;

            // ---- state -----------------------------------------------------------------------------------

            /// <summary>
            /// Every parameter and persistent buffer by its dotted name, in PyTorch's order. The tensors are the
            /// module's own (not copies): save them, don't dispose them.
            /// </summary>
            public Dictionary<string, Tensor> state_dict()
            {
                var state = new Dictionary<string, Tensor>(StringComparer.Ordinal);
                foreach (var (prefix, module) in named_modules())
                {
                    foreach (var n in module.parameterNames)
                        if (module.parameterValues[n] is { } p) state[Join(prefix, n)] = p;
                    foreach (var n in module.bufferNames)
                        if (module.bufferValues[n] is { tensor: { } t, persistent: true }) state[Join(prefix, n)] = t;
                }
                return state;
            }

            /// <summary>
            /// Copies values from <paramref name="state"/> into this module's parameters and buffers (same names as
            /// <see cref="state_dict"/>). With <paramref name="strict"/>, a missing or unexpected key is an error;
            /// a shape mismatch always is. Returns the keys that were missing and the ones that were not used.
            /// </summary>
            public (IList<string> missing_keys, IList<string> unexpected_keys) load_state_dict(
                IReadOnlyDictionary<string, Tensor> state, bool strict = true)
            {
                var own = state_dict();
                var missing = own.Keys.Where(k => !state.ContainsKey(k)).ToList();
                var unexpected = state.Keys.Where(k => !own.ContainsKey(k)).ToList();
                if (strict && (missing.Count > 0 || unexpected.Count > 0))
                    throw new ArgumentException(
                        $"Error(s) in loading state_dict for {GetName()}: " +
                        (missing.Count > 0 ? $"missing keys: {string.Join(", ", missing.Take(20).Select(k => $"\"{k}\""))}{More(missing)}. " : "") +
                        (unexpected.Count > 0 ? $"unexpected keys: {string.Join(", ", unexpected.Take(20).Select(k => $"\"{k}\""))}{More(unexpected)}." : ""));
                var mismatched = own.Where(kv => state.TryGetValue(kv.Key, out var v) && !v.shape.SequenceEqual(kv.Value.shape))
                    .Select(kv => $"{kv.Key}: checkpoint {Tensor.ShapeString(state[kv.Key].shape)}, model {Tensor.ShapeString(kv.Value.shape)}")
                    .ToList();
                if (mismatched.Count > 0)
                    throw new ArgumentException($"Error(s) in loading state_dict for {GetName()}: size mismatch for {string.Join("; ", mismatched)}.");
                using (no_grad())
                {
                    foreach (var (key, target) in own)
                        if (state.TryGetValue(key, out var source)) target.copy_(source);
                }
                return (missing, unexpected);

                static string More(List<string> keys) => keys.Count > 20 ? $" and {keys.Count - 20} more" : "";
            }

            // ---- modes, devices, gradients ---------------------------------------------------------------

            /// <summary>Sets training mode on this module and every descendant.</summary>
            public virtual Module train(bool on = true)
            {
                foreach (var m in modules()) m.training = on;
                return this;
            }

            /// <summary>Evaluation mode: <c>train(false)</c>.</summary>
            public Module eval() => train(false);

            /// <summary>
            /// Moves or converts every parameter and buffer in place. Parameters keep their identity (an optimizer
            /// holding them keeps working); their gradients move too.
            /// </summary>
            internal void MoveTo(ScalarType? type, Device? device)
            {
                foreach (var m in modules())
                {
                    foreach (var n in m.parameterNames)
                    {
                        if (m.parameterValues[n] is not { } p) continue;
                        using var moved = Convert(p, type, device);
                        p.set_data(moved);
                        if (p.grad is { } g)
                        {
                            using (g)
                            using (var movedGrad = Convert(g, type, device))
                                p.grad = movedGrad;
                        }
                    }
                    foreach (var n in m.bufferNames.ToList())
                    {
                        if (m.bufferValues[n] is not { tensor: { } t, persistent: var persistent }) continue;
                        // Integer buffers (num_batches_tracked) keep their dtype, as in PyTorch.
                        var converted = Convert(t, t.dtype.IsFloatingPoint() ? type : null, device);
                        converted.DetachFromDisposeScope();
                        m.bufferValues[n] = (converted, persistent);
                        t.Dispose();
                    }
                    m.OnMoved();
                }
            }

            /// <summary>Called after parameters and buffers moved, for modules that cache tensors derived from them.</summary>
            protected virtual void OnMoved() { }

            private static Tensor Convert(Tensor t, ScalarType? type, Device? device)
            {
                using (no_grad())
                    return t.to(type ?? t.dtype, device ?? t.device);
            }

            /// <summary>Clears every parameter's gradient (drops it, as PyTorch's default set_to_none=True).</summary>
            public void zero_grad(bool set_to_none = true)
            {
                foreach (var p in parameters())
                {
                    if (set_to_none)
                    {
                        p.grad = null;
                    }
                    else if (p.grad is { } g)
                    {
                        using (g) g.zero_();
                    }
                }
            }

            /// <summary>Calls <paramref name="fn"/> on every descendant, then on this module (PyTorch's order).</summary>
            public Module apply(Action<Module> fn)
            {
                foreach (var c in children()) c.apply(fn);
                fn(this);
                return this;
            }

            /// <summary>The tensor a buffer name holds now (buffers are replaced when a module moves).</summary>
            protected Tensor? get_buffer(string name) => bufferValues.TryGetValue(name, out var b) ? b.tensor : null;

            protected Parameter? get_parameter(string name) => parameterValues.TryGetValue(name, out var p) ? p : null;

            // ---- printing --------------------------------------------------------------------------------

            /// <summary>A one-line description of this module's own configuration (<c>3, 64, kernel_size=(7, 7)</c>).</summary>
            public virtual string extra_repr() => "";

            /// <summary>The module tree as PyTorch prints it.</summary>
            public override string ToString()
            {
                var sb = new StringBuilder();
                Print(sb, 0);
                return sb.ToString();
            }

            private void Print(StringBuilder sb, int indent)
            {
                sb.Append(GetName()).Append('(');
                var extra = extra_repr();
                if (childNames.Count == 0)
                {
                    sb.Append(extra).Append(')');
                    return;
                }
                sb.Append('\n');
                var pad = new string(' ', indent + 2);
                if (extra.Length > 0) sb.Append(pad).Append(extra).Append('\n');
                foreach (var n in childNames)
                {
                    sb.Append(pad).Append('(').Append(n).Append("): ");
                    childValues[n].Print(sb, indent + 2);
                    sb.Append('\n');
                }
                sb.Append(new string(' ', indent)).Append(')');
            }

            // ---- lifetime --------------------------------------------------------------------------------

            /// <summary>Frees every parameter and buffer of this module and its descendants.</summary>
            public void Dispose()
            {
                Dispose(true);
                GC.SuppressFinalize(this);
            }

            protected virtual void Dispose(bool disposing)
            {
                if (disposed || !disposing) return;
                disposed = true;
                foreach (var c in childValues.Values) c.Dispose();
                foreach (var p in parameterValues.Values) p?.Dispose();
                foreach (var (t, _) in bufferValues.Values) t?.Dispose();
            }
        }

        /// <summary>A module with one input and one output.</summary>
        public abstract class Module<T, TResult> : Module
        {
            private List<Func<Module<T, TResult>, T, TResult, TResult?>>? forwardHooks;
            private List<Func<Module<T, TResult>, T, T?>>? forwardPreHooks;

            protected Module(string name) : base(name) { }

            /// <summary>The computation; call it through <see cref="call"/> so hooks run.</summary>
            public abstract TResult forward(T input);

            /// <summary>
            /// Runs <see cref="forward"/> with any registered hooks; the tensors forward creates and does not return
            /// are freed when it returns (see <see cref="Module.FreesIntermediates"/>).
            /// </summary>
            public TResult call(T input)
            {
                if (forwardPreHooks is not null)
                    foreach (var hook in forwardPreHooks)
                        if (hook(this, input) is { } replaced) input = replaced;
                TResult output;
                using (var scope = CallScope<TResult>()) output = scope.Keep(forward(input));
                if (forwardHooks is not null)
                    foreach (var hook in forwardHooks)
                        if (hook(this, input, output) is { } replaced) output = replaced;
                return output;
            }

            /// <summary>
            /// Runs <paramref name="hook"/> after every forward with the input and output; a non-null return replaces
            /// the output. Dispose the returned handle to remove the hook.
            /// </summary>
            public IDisposable register_forward_hook(Func<Module<T, TResult>, T, TResult, TResult?> hook)
            {
                (forwardHooks ??= new()).Add(hook);
                HooksChanged();
                return new HookHandle(() =>
                {
                    forwardHooks.Remove(hook);
                    HooksChanged();
                });
            }

            /// <summary>Runs <paramref name="hook"/> before every forward; a non-null return replaces the input.</summary>
            public IDisposable register_forward_pre_hook(Func<Module<T, TResult>, T, T?> hook)
            {
                (forwardPreHooks ??= new()).Add(hook);
                HooksChanged();
                return new HookHandle(() =>
                {
                    forwardPreHooks.Remove(hook);
                    HooksChanged();
                });
            }

            internal override bool HasOwnHooks => forwardHooks is { Count: > 0 } || forwardPreHooks is { Count: > 0 };
        }

        /// <summary>A module with two inputs and one output.</summary>
        public abstract class Module<T1, T2, TResult> : Module
        {
            protected Module(string name) : base(name) { }
            public abstract TResult forward(T1 input1, T2 input2);

            /// <summary>Runs <see cref="forward"/>; the tensors it creates and does not return are freed when it returns.</summary>
            public TResult call(T1 input1, T2 input2)
            {
                using var scope = CallScope<TResult>();
                return scope.Keep(forward(input1, input2));
            }
        }

        /// <summary>A module with three inputs and one output.</summary>
        public abstract class Module<T1, T2, T3, TResult> : Module
        {
            protected Module(string name) : base(name) { }
            public abstract TResult forward(T1 input1, T2 input2, T3 input3);

            /// <summary>Runs <see cref="forward"/>; the tensors it creates and does not return are freed when it returns.</summary>
            public TResult call(T1 input1, T2 input2, T3 input3)
            {
                using var scope = CallScope<TResult>();
                return scope.Keep(forward(input1, input2, input3));
            }
        }

        private sealed class HookHandle : IDisposable
        {
            private Action? remove;
            public HookHandle(Action remove) => this.remove = remove;
            public void Dispose()
            {
                remove?.Invoke();
                remove = null;
            }
        }
    }
}

/// <summary>Moves and converts modules, returning the module's own type (so chained calls stay typed).</summary>
public static class ModuleExtensions
{
    /// <summary>Moves every parameter and buffer to <paramref name="device"/> in place; returns the module.</summary>
    public static T to<T>(this T module, Device device) where T : torch.nn.Module
    {
        module.MoveTo(null, device);
        return module;
    }

    /// <summary>Converts every floating-point parameter and buffer to <paramref name="type"/> in place.</summary>
    public static T to<T>(this T module, ScalarType type) where T : torch.nn.Module
    {
        module.MoveTo(type, null);
        return module;
    }

    public static T to<T>(this T module, ScalarType type, Device device) where T : torch.nn.Module
    {
        module.MoveTo(type, device);
        return module;
    }

    public static T cpu<T>(this T module) where T : torch.nn.Module => module.to(torch.CPU);
    public static T cuda<T>(this T module) where T : torch.nn.Module => module.to(torch.CUDA);
}
