using System.Runtime.CompilerServices;

namespace Zoo.Torch;

/// <summary>Hands a computation's result out of the scope it was computed in.</summary>
public static class DisposeScopeResults
{
    /// <summary>
    /// Moves the tensors of <paramref name="result"/> (a tensor, an array or list of tensors, or a tuple of those, at
    /// any depth) that <paramref name="scope"/> owns to its enclosing scope, and returns the result; tensors the scope
    /// does not own (an input passed through, a parameter) stay where they are. A null scope does nothing, so
    /// <c>using (var s = free ? torch.NewDisposeScope() : null) y = s.MoveOut(f(x));</c> frees f's temporaries only when asked.
    /// </summary>
    public static T MoveOut<T>(this DisposeScope? scope, T result)
    {
        if (scope is null) return result;
        if (result is torch.Tensor single) scope.MoveToOuter(single); // the common case, without an enumerator
        else foreach (var t in TensorsIn(result)) scope.MoveToOuter(t);
        return result;
    }

    /// <summary>Whether <paramref name="value"/> (a result as <see cref="MoveOut{T}"/> takes it) is or holds <paramref name="tensor"/>.</summary>
    internal static bool Holds(object? value, torch.Tensor tensor) =>
        value is torch.Tensor single ? ReferenceEquals(single, tensor) : TensorsIn(value).Any(t => ReferenceEquals(t, tensor));

    /// <summary>The tensors of a result: a tensor, an array or list of tensors, a tuple of those (at any depth); nothing for anything else.</summary>
    internal static IEnumerable<torch.Tensor> TensorsIn(object? value)
    {
        switch (value)
        {
            case torch.Tensor t:
                yield return t;
                break;
            case IEnumerable<torch.Tensor> tensors:
                foreach (var t in tensors) yield return t;
                break;
            case ITuple tuple:
                for (var i = 0; i < tuple.Length; i++)
                    foreach (var t in TensorsIn(tuple[i])) yield return t;
                break;
        }
    }
}
