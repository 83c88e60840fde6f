using System.Runtime.CompilerServices;

namespace Zoo.Torch;

/// <summary>Hands a computation's result out of the scope it was computed in.</summary>
public static class DisposeScopeResults
{
    /// <summary>
    /// Moves the tensors of <paramref name="result"/> (a tensor, an array or list of tensors, or a tuple of tensors)
    /// that <paramref name="scope"/> owns to its enclosing scope, and returns the result; tensors the scope does not own
    /// (an input passed through, a parameter) stay where they are. A null scope does nothing, so
    /// <c>using (var s = free ? torch.NewDisposeScope() : null) y = s.MoveOut(f(x));</c> frees f's temporaries only when asked.
    /// </summary>
    public static T MoveOut<T>(this DisposeScope? scope, T result)
    {
        if (scope is null) return result;
        switch (result)
        {
            case torch.Tensor t:
                scope.MoveToOuter(t);
                break;
            case IEnumerable<torch.Tensor> tensors:
                foreach (var t in tensors) scope.MoveToOuter(t);
                break;
            case ITuple tuple:
                for (int i = 0; i < tuple.Length; i++)
                    if (tuple[i] is torch.Tensor t) scope.MoveToOuter(t);
                break;
        }
        return result;
    }
}
