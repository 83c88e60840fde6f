namespace Zoo.Torch;

/// <summary>
/// Frees every tensor created while it is the current scope, when it is disposed. libtorch memory is invisible to the
/// .NET garbage collector, so a training step wraps its work in <c>using var scope = torch.NewDisposeScope();</c>.
/// </summary>
/// <remarks>
/// Scopes nest per thread. A result escapes with <see cref="torch.Tensor.MoveToOuterDisposeScope"/> (it then belongs to
/// the enclosing scope, or to nobody) or <see cref="torch.Tensor.DetachFromDisposeScope"/>. Module parameters and
/// buffers never belong to a scope.
/// </remarks>
public sealed class DisposeScope : IDisposable
{
    [ThreadStatic] private static DisposeScope? current;

    private readonly List<torch.Tensor> owned = new();
    private bool disposed;

    internal DisposeScope()
    {
        Outer = current;
        current = this;
    }

    /// <summary>The module whose call this scope was made for (<c>Module.call</c>), if any.</summary>
    internal object? CallOwner { get; set; }

    /// <summary>The inputs a statement's <see cref="TemporaryScope"/> has marked for freeing, each with the scope that must own it to be freed.</summary>
    internal List<(torch.Tensor Tensor, DisposeScope? Owner)>? Held { get; private set; }

    internal void Hold(torch.Tensor tensor, DisposeScope? owner) => (Held ??= new()).Add((tensor, owner));

    /// <summary>The scope that was current when this one was created.</summary>
    public DisposeScope? Outer { get; }

    /// <summary>The innermost scope of this thread, if any.</summary>
    public static DisposeScope? Current => current;

    /// <summary>How many tensors this scope will free.</summary>
    public int DisposablesCount => owned.Count(t => t.OwningScope == this && !t.IsInvalid);

    internal static void Register(torch.Tensor tensor)
    {
        var scope = current;
        while (scope is { disposed: true }) scope = scope.Outer; // a scope disposed out of order owns nothing new
        if (scope is null) return;
        scope.owned.Add(tensor);
        tensor.OwningScope = scope;
    }

    /// <summary>Hands <paramref name="tensor"/> to the enclosing scope (or to nobody, at the outermost scope).</summary>
    internal void MoveToOuter(torch.Tensor tensor)
    {
        if (tensor.OwningScope != this) return;
        tensor.OwningScope = null;
        if (Outer is { } outer && !outer.disposed)
        {
            outer.owned.Add(tensor);
            tensor.OwningScope = outer;
        }
    }

    /// <summary>Moves the given tensors to the enclosing scope and returns them.</summary>
    public T[] MoveToOuter<T>(params T[] tensors) where T : torch.Tensor
    {
        foreach (var t in tensors) MoveToOuter(t);
        return tensors;
    }

    /// <summary>Frees every tensor this scope still owns; restores the enclosing scope as current.</summary>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        // The scope stops being current first, so anything created while freeing does not land in it.
        if (current == this)
        {
            var outer = Outer;
            while (outer is { disposed: true }) outer = outer.Outer;
            current = outer;
        }
        foreach (var tensor in owned)
        {
            if (tensor.OwningScope != this) continue;
            tensor.OwningScope = null;
            tensor.Dispose();
        }
        owned.Clear();
    }
}
