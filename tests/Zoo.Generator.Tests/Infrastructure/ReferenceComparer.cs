using System.Runtime.CompilerServices;

namespace Zoo.Generator.Tests.Infrastructure;

/// <summary>Object identity, for walking object graphs without visiting a node twice.</summary>
public sealed class ReferenceComparer : IEqualityComparer<object>
{
    public static readonly ReferenceComparer Instance = new();

    public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

    public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
}
