using System;

namespace Zoo.Generator.Model;

/// <summary>A value read from a spec, with where it was written (for diagnostics about that value).</summary>
internal sealed record Located<T>(T Value, SourceRange Range) where T : IEquatable<T>;
