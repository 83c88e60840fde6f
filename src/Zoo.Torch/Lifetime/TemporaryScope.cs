namespace Zoo.Torch;

/// <summary>
/// The temporaries of one statement: freed when the scope ends, all but the result passed to <see cref="Keep{T}"/>,
/// which goes to the enclosing scope. Made by <c>Module.Temporaries()</c>; an empty one (while hooks may keep
/// tensors) frees nothing.
/// </summary>
public readonly struct TemporaryScope : IDisposable
{
    private readonly DisposeScope? scope;

    internal TemporaryScope(DisposeScope? scope) => this.scope = scope;

    /// <summary>Keeps <paramref name="result"/>'s tensors past the scope and returns it.</summary>
    public T Keep<T>(T result) => scope.MoveOut(result);

    public void Dispose() => scope?.Dispose();
}
