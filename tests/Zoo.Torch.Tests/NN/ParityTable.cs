namespace Zoo.Torch.Tests.NN;

/// <summary>One computation written twice, in PyTorch and with Zoo.Torch, with its inputs and the inputs whose gradients count.</summary>
internal sealed record ParityCase(
    string PyTorch,
    Func<IReadOnlyDictionary<string, Tensor>, Tensor> Zoo,
    Func<Dictionary<string, Tensor>> Inputs,
    string[] Grad,
    double Atol,
    double Rtol);

/// <summary>
/// A table of named <see cref="ParityCase"/>s, filled with collection initializers, that a [Theory] runs one case per
/// test (the names are the theory's data, so each case shows and fails on its own).
/// </summary>
internal sealed class ParityTable : IEnumerable<KeyValuePair<string, ParityCase>>
{
    private readonly Dictionary<string, ParityCase> cases = new(StringComparer.Ordinal);

    public void Add(string name, string pytorch, Func<IReadOnlyDictionary<string, Tensor>, Tensor> zoo,
        Func<Dictionary<string, Tensor>> inputs, params string[] grad) =>
        Add(name, new ParityCase(pytorch, zoo, inputs, grad, 1e-5, 1e-4));

    public void Add(string name, ParityCase @case)
    {
        if (!cases.TryAdd(name, @case)) throw new ArgumentException($"Two parity cases are named '{name}'.");
    }

    public TheoryData<string> Names => new(cases.Keys);

    /// <summary>Runs the named case: same inputs, same upstream gradient, outputs and gradients compared.</summary>
    public void Check(string name)
    {
        var c = cases[name];
        using var scope = NewDisposeScope();
        Parity.Check(c.PyTorch, c.Zoo, c.Inputs(), c.Grad, c.Atol, c.Rtol, gradAtol: Math.Max(1e-4, c.Atol), gradRtol: Math.Max(1e-4, c.Rtol));
    }

    public IEnumerator<KeyValuePair<string, ParityCase>> GetEnumerator() => cases.GetEnumerator();
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
