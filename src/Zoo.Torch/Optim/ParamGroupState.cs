using static Zoo.Torch.torch;

namespace Zoo.Torch.Optim;

/// <summary>
/// An optimizer's state of one parameter group: for each state name (<c>exp_avg</c>, ...) one tensor per parameter,
/// null until the parameter's first gradient, and each parameter's step count (0 before its first step).
/// </summary>
internal sealed class ParamGroupState : IDisposable
{
    public ParamGroupState(int parameters, int names)
    {
        Count = parameters;
        Tensors = new Tensor?[names * parameters];
        Steps = new long[parameters];
    }

    /// <summary>How many parameters the group has.</summary>
    public int Count { get; }

    /// <summary>State <c>s</c> of parameter <c>i</c> is at <c>[s * Count + i]</c>: the layout the native step takes.</summary>
    public Tensor?[] Tensors { get; }

    public long[] Steps { get; }

    public ref Tensor? this[int name, int parameter] => ref Tensors[name * Count + parameter];

    /// <summary>Whether parameter <paramref name="i"/> has any state (PyTorch's <c>optimizer.state[p]</c> is not empty).</summary>
    public bool HasState(int i, int names)
    {
        if (Steps[i] > 0) return true;
        for (int s = 0; s < names; s++)
            if (this[s, i] is not null) return true;
        return false;
    }

    public void Dispose()
    {
        for (int k = 0; k < Tensors.Length; k++)
        {
            Tensors[k]?.Dispose();
            Tensors[k] = null;
        }
        Array.Clear(Steps);
    }
}
