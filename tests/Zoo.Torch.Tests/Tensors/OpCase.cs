namespace Zoo.Torch.Tests.Tensors;

/// <summary>An input of an <see cref="OpCase"/>: a name and how to make the tensor (from the case's seeded generator).</summary>
public sealed record OpInput(string Name, Func<Tensor> Make)
{
    /// <summary>Standard normal float32 values.</summary>
    public static OpInput Randn(string name, params long[] shape) => new(name, () => randn(shape));

    /// <summary>Float32 values in [0.5, 1.5): safe for log, sqrt, division.</summary>
    public static OpInput Positive(string name, params long[] shape) => new(name, () => rand(shape) + 0.5);

    /// <summary>A transposed (non-contiguous) float32 view of shape [rows, cols].</summary>
    public static OpInput Transposed(string name, long rows, long cols) => new(name, () => randn(cols, rows).t());

    public static OpInput Double(string name, params long[] shape) => new(name, () => randn(shape, dtype: ScalarType.Float64));

    /// <summary>int64 values in [low, high).</summary>
    public static OpInput Ints(string name, long low, long high, params long[] shape) => new(name, () => randint(low, high, shape));

    public static OpInput Bools(string name, params long[] shape) => new(name, () => rand(shape) > 0.5);

    /// <summary>A fixed float32 tensor (special values, ties, exact integers).</summary>
    public static OpInput Values(string name, float[] values, params long[] shape) =>
        new(name, () => tensor(values, shape.Length == 0 ? new long[] { values.Length } : shape));

    public static OpInput Of(string name, Func<Tensor> make) => new(name, make);
}

/// <summary>
/// One PyTorch expression and the same computation with Zoo.Torch, over named inputs. <see cref="Check"/> compares
/// the outputs and, for floating outputs, the gradients of every floating input (same upstream gradients) with
/// PyTorch's, through the shared oracle.
/// </summary>
public sealed class OpCase
{
    public OpCase(string pytorch, Func<IReadOnlyDictionary<string, Tensor>, Tensor> zoo, params OpInput[] inputs)
        : this(pytorch, x => new[] { zoo(x) }, inputs) { }

    /// <summary>A case with several outputs (the PyTorch code returns a tuple or list).</summary>
    public OpCase(string pytorch, Func<IReadOnlyDictionary<string, Tensor>, Tensor[]> zoo, params OpInput[] inputs)
    {
        PyTorch = pytorch;
        Zoo = zoo;
        Inputs = inputs;
    }

    public string PyTorch { get; }
    public Func<IReadOnlyDictionary<string, Tensor>, Tensor[]> Zoo { get; }
    public OpInput[] Inputs { get; }

    /// <summary>False for functions whose gradient PyTorch does not define (e.g. floor_divide).</summary>
    public bool Differentiable { get; init; } = true;

    public double Atol { get; init; } = 1e-5;
    public double Rtol { get; init; } = 1e-4;

    public void Check(int seed)
    {
        using var scope = NewDisposeScope();
        manual_seed(seed);
        var inputs = Inputs.ToDictionary(i => i.Name, i => i.Make());
        var grad = Differentiable ? inputs.Where(kv => kv.Value.dtype.IsFloatingPoint()).Select(kv => kv.Key).ToArray() : Array.Empty<string>();
        // Gradients are tracked on leaf copies that keep each input's strides (a transposed view stays transposed).
        var mine = inputs.ToDictionary(kv => kv.Key, kv => grad.Contains(kv.Key) ? kv.Value.detach().clone().requires_grad_() : kv.Value);

        var outputs = Zoo(mine);
        var sent = new Dictionary<string, Tensor>(inputs);
        var differentiated = outputs.Select((o, i) => (o, i)).Where(p => grad.Length > 0 && p.o.requires_grad).ToArray();
        if (differentiated.Length > 0)
        {
            manual_seed(seed + 1);
            var upstream = differentiated.Select(p => randn_like(p.o)).ToArray();
            // Backward of sum_k <output_k, upstream_k> hands each output its upstream gradient, as PyTorch's backward does.
            var total = differentiated.Select((p, k) => (p.o * upstream[k]).sum()).Aggregate((a, b) => a + b);
            total.backward();
            for (int k = 0; k < differentiated.Length; k++)
                sent[outputs.Length == 1 ? "gout" : $"gout{differentiated[k].i}"] = upstream[k];
        }

        using var reference = PyTorchOracle.Shared.Run(PyTorch, sent, differentiated.Length > 0 ? grad : null);
        if (outputs.Length == 1)
            Compare(reference.Output, outputs[0], "output");
        else
            for (int i = 0; i < outputs.Length; i++) Compare(reference.Out(i), outputs[i], $"output {i}");
        if (differentiated.Length == 0) return;
        foreach (var name in grad)
        {
            var g = mine[name].grad ?? zeros_like(mine[name]);
            var expected = reference.Tensors.TryGetValue("grad." + name, out var e) ? e : zeros_like(mine[name]);
            TensorAssert.Close(expected, g, Atol * 10, Rtol * 10, $"gradient of {name}");
        }
    }

    private void Compare(Tensor expected, Tensor actual, string what)
    {
        if (expected.dtype != actual.dtype)
            throw new Xunit.Sdk.XunitException($"{what}: dtype differs: PyTorch {expected.dtype}, Zoo {actual.dtype}");
        TensorAssert.Close(expected, actual, Atol, Rtol, what);
    }

    public override string ToString() => PyTorch;
}

/// <summary>A table of cases by name, for [Theory] tests that list the names and look the cases up.</summary>
public sealed class OpCaseTable : Dictionary<string, OpCase>
{
    public TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in Keys) data.Add(name);
        return data;
    }

    /// <summary>Runs a case with a seed derived from its name (stable across runs and machines).</summary>
    public void Check(string name)
    {
        int seed = 17;
        foreach (char c in name) seed = unchecked(seed * 31 + c);
        this[name].Check(seed & 0x7fffffff);
    }
}
