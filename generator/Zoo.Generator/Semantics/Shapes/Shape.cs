using System.Collections.Generic;
using System.Linq;

namespace Zoo.Generator.Semantics.Shapes;

/// <summary>A tensor's inferred shape: its dims, in order. (An unknown rank is a null Shape.)</summary>
internal sealed class Shape
{
    public Shape(IReadOnlyList<Dim> dims) => Dims = dims;

    public IReadOnlyList<Dim> Dims { get; }

    public int Rank => Dims.Count;

    public static Shape Of(params Dim[] dims) => new(dims);

    /// <summary>Normalises a possibly negative dim index against the rank; null when out of range.</summary>
    public int? Axis(long dim)
    {
        var axis = dim < 0 ? dim + Rank : dim;
        return axis >= 0 && axis < Rank ? (int)axis : null;
    }

    public Shape With(int axis, Dim dim)
    {
        var dims = Dims.ToArray();
        dims[axis] = dim;
        return new Shape(dims);
    }

    public override string ToString() => "[" + string.Join(", ", Dims.Select(d => d.ToString())) + "]";
}
