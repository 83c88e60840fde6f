namespace Zoo.Testing;

/// <summary>Tensors other tests left unreachable, freed before a test reads the process-wide live-tensor counters.</summary>
public static class UnreachableTensors
{
    /// <summary>
    /// Finalizes every tensor other tests left unreachable, so that a finalizer running later cannot change the live
    /// count while a test measures it.
    /// </summary>
    public static void FreeNow()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
