using System.Collections.Generic;
using System.Linq;
using Zoo.Generator.Model;

namespace Zoo.Generator.Semantics;

/// <summary>Finds whether a spec contains itself through the specs it builds (which would recurse without end).</summary>
internal static class CycleDetector
{
    /// <summary>The cycle through <paramref name="start"/> as spec names (start first and last), or null.</summary>
    public static IReadOnlyList<string>? CycleThrough(SpecSignature start, SpecIndex index)
    {
        var path = new List<string> { start.Name };
        var visited = new HashSet<string>();
        return Visit(start) ? path : null;

        bool Visit(SpecSignature spec)
        {
            foreach (var reference in spec.References)
            {
                var next = index.Find(reference);
                if (next is null) continue;
                if (next.Name == start.Name)
                {
                    path.Add(next.Name);
                    return true;
                }
                if (!visited.Add(next.Name)) continue;
                path.Add(next.Name);
                if (Visit(next)) return true;
                path.RemoveAt(path.Count - 1);
            }
            return false;
        }
    }
}
