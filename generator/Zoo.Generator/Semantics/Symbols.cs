using System;
using System.Collections.Generic;
using Zoo.Generator.Model;
using Zoo.Generator.Semantics.Shapes;

namespace Zoo.Generator.Semantics;

/// <summary>A name known while checking a spec: what it is, its type, where it was defined.</summary>
internal sealed class Symbol
{
    public Symbol(SymbolKind kind, string name, SpecType type, SourceRange range)
    {
        Kind = kind;
        Name = name;
        Type = type;
        Range = range;
    }

    public SymbolKind Kind { get; }

    public string Name { get; }

    public SpecType Type { get; set; }

    public SourceRange Range { get; }

    /// <summary>For a child: how it is built (the shape rules of a call depend on the layer and its arguments).</summary>
    public BoundExpr? Construction { get; set; }

    /// <summary>For a tensor local or input: its inferred shape at this point of forward.</summary>
    public Shape? Shape { get; set; }

    /// <summary>For an int local: its value as a dimension expression when known (shape symbols, derived sizes).</summary>
    public Dim? Dim { get; set; }

    public bool Used { get; set; }

    /// <summary>For a local: assigned more than once (its symbolic value then means nothing).</summary>
    public bool Reassigned { get; set; }
}

/// <summary>Nested scopes of forward (loop and if bodies), over the spec's members.</summary>
internal sealed class Scope
{
    private readonly Dictionary<string, Symbol> symbols = new(StringComparer.Ordinal);

    public Scope(Scope? parent) => Parent = parent;

    public Scope? Parent { get; }

    /// <summary>Names narrowed to non-null in this scope (inside "x != null ? ... : ..." or an if on it).</summary>
    public HashSet<string> NonNull { get; } = new(StringComparer.Ordinal);

    public Symbol? Lookup(string name)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
            if (scope.symbols.TryGetValue(name, out var symbol)) return symbol;
        return null;
    }

    public bool IsNarrowed(string name)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
            if (scope.NonNull.Contains(name)) return true;
        return false;
    }

    public void Declare(Symbol symbol) => symbols[symbol.Name] = symbol;

    // Names declared in blocks nested in this scope that have ended. C# keeps a name declared in a block to that
    // block, and forbids declaring it again in the enclosing one afterwards (CS0136); these say where that would happen.
    private readonly HashSet<string> closedNames = new(StringComparer.Ordinal);

    /// <summary>Records that a nested block has ended: its names may not be declared again here.</summary>
    public void Close(Scope child)
    {
        foreach (var name in child.symbols.Keys) closedNames.Add(name);
        foreach (var name in child.closedNames) closedNames.Add(name);
    }

    public bool DeclaredInClosedChild(string name) => closedNames.Contains(name);

    public IEnumerable<Symbol> Own => symbols.Values;

    public IEnumerable<string> VisibleNames()
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
            foreach (var name in scope.symbols.Keys) yield return name;
    }
}
