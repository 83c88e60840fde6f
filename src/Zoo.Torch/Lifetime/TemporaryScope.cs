namespace Zoo.Torch;

/// <summary>
/// The temporaries of one statement of a module's forward: freed when the scope ends, all but the result passed to
/// <see cref="Keep{T}"/>, which goes to the enclosing scope. Made by <c>Module.Temporaries()</c>; an empty one (while
/// hooks may keep tensors) frees nothing.
/// </summary>
/// <remarks>
/// Inside a statement it frees each input as soon as the call that consumes it returns, as PyTorch's reference counting
/// does: <c>t.Free(bn.call(t.Arg(conv.call(t.Last(x)))), 1)</c> frees the convolution's output once the batch norm has
/// returned, and <c>x</c>'s value once the convolution has returned (<see cref="Arg"/> marks an input the statement
/// made, <see cref="Last(torch.Tensor)"/> a variable's last read, <see cref="Free{T}"/> frees the marked inputs of one
/// call). Whatever the marks say, nothing is freed that this statement (for <see cref="Arg"/>) or this module's call
/// (for <see cref="Last(torch.Tensor)"/>) did not make, nor anything the consumer returned (a module may return its
/// input, an in-place op returns it), so an input of forward, a parameter or a tensor the caller holds is never touched.
/// </remarks>
public readonly struct TemporaryScope : IDisposable
{
    private readonly DisposeScope? scope;
    private readonly DisposeScope? call;

    /// <param name="scope">The statement's scope, or null for a scope that frees nothing.</param>
    /// <param name="call">The scope of the module call the statement runs in, when it runs directly in one.</param>
    internal TemporaryScope(DisposeScope? scope, DisposeScope? call = null)
    {
        this.scope = scope;
        this.call = call;
    }

    /// <summary>Frees the variables marked by <see cref="Last(torch.Tensor)"/> that are still held, keeps <paramref name="result"/>'s tensors past the scope and returns it.</summary>
    public T Keep<T>(T result)
    {
        if (scope?.Held is { Count: > 0 } held) Release(held, 0, result);
        return scope.MoveOut(result);
    }

    /// <summary>Marks an input this statement made (a nested call's result), to be freed by <see cref="Free{T}"/> once its consumer has returned.</summary>
    public torch.Tensor Arg(torch.Tensor temporary)
    {
        scope?.Hold(temporary, scope);
        return temporary;
    }

    /// <summary>Marks the last read of a variable, whose value <see cref="Free{T}"/> frees once its consumer has returned, if this module's call made it.</summary>
    public torch.Tensor Last(torch.Tensor value)
    {
        scope?.Hold(value, call);
        return value;
    }

    /// <summary>As <see cref="Last(torch.Tensor)"/>, except when a variable still alive holds the same tensor.</summary>
    public torch.Tensor Last(torch.Tensor value, object? alive)
    {
        scope?.Hold(value, DisposeScopeResults.Holds(alive, value) ? null : call);
        return value;
    }

    /// <summary>As <see cref="Last(torch.Tensor)"/>, except when a variable still alive holds the same tensor.</summary>
    public torch.Tensor Last(torch.Tensor value, object? alive1, object? alive2)
    {
        scope?.Hold(value, DisposeScopeResults.Holds(alive1, value) || DisposeScopeResults.Holds(alive2, value) ? null : call);
        return value;
    }

    /// <summary>As <see cref="Last(torch.Tensor)"/>, except when a variable still alive holds the same tensor.</summary>
    public torch.Tensor Last(torch.Tensor value, params object?[] alive)
    {
        scope?.Hold(value, alive.Any(a => DisposeScopeResults.Holds(a, value)) ? null : call);
        return value;
    }

    /// <summary>Frees the last <paramref name="inputs"/> marked inputs (those of the call that produced <paramref name="result"/>) and returns the result.</summary>
    public T Free<T>(T result, int inputs)
    {
        if (scope?.Held is { } held) Release(held, Math.Max(0, held.Count - inputs), result);
        return result;
    }

    /// <summary>Frees <paramref name="value"/> now if this statement made it and <paramref name="result"/> does not hold it (a loop over layers frees each layer's input so).</summary>
    public void Release(torch.Tensor value, object? result)
    {
        if (scope is not null && value.OwningScope == scope && !DisposeScopeResults.Holds(result, value)) Dispose(value);
    }

    public void Dispose() => scope?.Dispose();

    private static void Release<T>(List<(torch.Tensor Tensor, DisposeScope? Owner)> held, int from, T result)
    {
        for (var i = held.Count - 1; i >= from; i--)
        {
            var (tensor, owner) = held[i];
            if (owner is not null && tensor.OwningScope == owner && !DisposeScopeResults.Holds(result, tensor)) Dispose(tensor);
        }
        held.RemoveRange(from, held.Count - from);
    }

    private static void Dispose(torch.Tensor tensor)
    {
        tensor.OwningScope = null;
        tensor.Dispose();
    }
}
