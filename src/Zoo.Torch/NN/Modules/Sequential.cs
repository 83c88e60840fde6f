using System.Collections;
using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules
{
    /// <summary>
    /// Runs its layers one after another. Children are named "0", "1", ... (or by the names given), so a
    /// PyTorch <c>nn.Sequential</c>'s state_dict keys (<c>features.0.weight</c>) load one to one.
    /// </summary>
    public sealed class Sequential : nn.Module<Tensor, Tensor>, IEnumerable<nn.Module<Tensor, Tensor>>
    {
        private readonly List<(string name, nn.Module<Tensor, Tensor> module)> layers = new();

        public Sequential(params nn.Module<Tensor, Tensor>[] modules) : base(nameof(Sequential))
        {
            foreach (var m in modules) append(m);
        }

        public Sequential(params (string name, nn.Module<Tensor, Tensor> module)[] modules) : base(nameof(Sequential))
        {
            foreach (var (name, m) in modules) append(name, m);
        }

        /// <summary>The number of layers.</summary>
        public int Count => layers.Count;

        /// <summary>The layer at <paramref name="index"/> (negative counts from the end).</summary>
        public nn.Module<Tensor, Tensor> this[int index] => layers[Index(index)].module;

        /// <summary>The layer named <paramref name="name"/>.</summary>
        public nn.Module<Tensor, Tensor> this[string name] =>
            layers.FirstOrDefault(l => l.name == name).module ?? throw new KeyNotFoundException($"Sequential has no layer named '{name}'.");

        /// <summary>Adds a layer at the end, named by its position.</summary>
        public Sequential append(nn.Module<Tensor, Tensor> module) => append(layers.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), module);

        /// <summary>Adds a named layer at the end.</summary>
        public Sequential append(string name, nn.Module<Tensor, Tensor> module)
        {
            ArgumentNullException.ThrowIfNull(module);
            if (layers.Any(l => l.name == name)) throw new ArgumentException($"Sequential already has a layer named '{name}'.", nameof(name));
            register_module(name, module);
            layers.Add((name, module));
            return this;
        }

        public override Tensor forward(Tensor input)
        {
            // Each layer's input is freed as soon as the next layer has returned (unless that layer returned it, as an
            // in-place ReLU does), so a stage of blocks holds one activation at a time, as in PyTorch.
            using var temporaries = Temporaries();
            var x = input;
            foreach (var (_, layer) in layers)
            {
                var y = layer.call(x);
                temporaries.Release(x, y);
                x = y;
            }
            // An empty Sequential is the identity; return a new handle as every layer does.
            return temporaries.Keep(ReferenceEquals(x, input) ? input.alias() : x);
        }

        public IEnumerator<nn.Module<Tensor, Tensor>> GetEnumerator() => layers.Select(l => l.module).GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private int Index(int index)
        {
            int i = index < 0 ? index + layers.Count : index;
            if (i < 0 || i >= layers.Count) throw new ArgumentOutOfRangeException(nameof(index), index, $"Sequential has {layers.Count} layers.");
            return i;
        }
    }
}

namespace Zoo.Torch
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.Sequential Sequential() => new(Array.Empty<Module<Tensor, Tensor>>());
            public static Modules.Sequential Sequential(params Module<Tensor, Tensor>[] modules) => new(modules);
            public static Modules.Sequential Sequential(params (string name, Module<Tensor, Tensor> module)[] modules) => new(modules);
            public static Modules.Sequential Sequential(IEnumerable<Module<Tensor, Tensor>> modules) => new(modules.ToArray());
        }
    }
}
