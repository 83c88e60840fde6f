using System.Collections;
using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules
{
    /// <summary>
    /// A list of modules registered as children "0", "1", ... (so their parameters are the owner's, under
    /// PyTorch's keys <c>blocks.0.weight</c>). It has no forward: the owner decides how to call them.
    /// </summary>
    public sealed class ModuleList<T> : nn.Module, IReadOnlyList<T> where T : nn.Module
    {
        private readonly List<T> items = new();

        public ModuleList(params T[] modules) : base("ModuleList")
        {
            foreach (var m in modules) append(m);
        }

        public int Count => items.Count;

        public T this[int index]
        {
            get => items[Index(index)];
            set
            {
                int i = Index(index);
                register_module(i.ToString(System.Globalization.CultureInfo.InvariantCulture), value);
                items[i] = value;
            }
        }

        public ModuleList<T> append(T module)
        {
            ArgumentNullException.ThrowIfNull(module);
            register_module(items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), module);
            items.Add(module);
            return this;
        }

        public ModuleList<T> extend(IEnumerable<T> modules)
        {
            foreach (var m in modules) append(m);
            return this;
        }

        public IEnumerator<T> GetEnumerator() => items.GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private int Index(int index)
        {
            int i = index < 0 ? index + items.Count : index;
            if (i < 0 || i >= items.Count) throw new ArgumentOutOfRangeException(nameof(index), index, $"ModuleList has {items.Count} modules.");
            return i;
        }
    }

    /// <summary>Modules registered under string keys, in insertion order (PyTorch's <c>nn.ModuleDict</c>).</summary>
    public sealed class ModuleDict<T> : nn.Module, IEnumerable<(string key, T value)> where T : nn.Module
    {
        private readonly List<string> order = new();
        private readonly Dictionary<string, T> entries = new(StringComparer.Ordinal);

        public ModuleDict(params (string key, T module)[] modules) : base("ModuleDict")
        {
            foreach (var (key, m) in modules) this[key] = m;
        }

        public int Count => entries.Count;

        public T this[string key]
        {
            get => entries.TryGetValue(key, out var m) ? m : throw new KeyNotFoundException($"ModuleDict has no module '{key}'; it has: {string.Join(", ", order)}.");
            set
            {
                ArgumentNullException.ThrowIfNull(value);
                register_module(key, value);
                if (!entries.ContainsKey(key)) order.Add(key);
                entries[key] = value;
            }
        }

        public void Add(string key, T module) => this[key] = module;
        public bool ContainsKey(string key) => entries.ContainsKey(key);
        public bool TryGetValue(string key, out T module) => entries.TryGetValue(key, out module!);
        public IReadOnlyList<string> keys() => order.ToList();
        public IReadOnlyList<T> values() => order.Select(k => entries[k]).ToList();
        public IReadOnlyList<(string key, T value)> items() => order.Select(k => (k, entries[k])).ToList();

        public IEnumerator<(string key, T value)> GetEnumerator() => order.Select(k => (k, entries[k])).GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

namespace Zoo.Torch
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.ModuleList<T> ModuleList<T>(params T[] modules) where T : Module => new(modules);
            public static Modules.ModuleDict<T> ModuleDict<T>(params (string key, T module)[] modules) where T : Module => new(modules);
        }
    }
}
