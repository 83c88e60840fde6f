using System;
using System.Collections.Generic;
using System.Linq;

namespace Zoo.Generator.Parsing;

/// <summary>"Did you mean ...?" for misspelt names: the closest candidate by edit distance, when it is close.</summary>
internal static class Suggestions
{
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance || (distance == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        // Close means: at most a third of the name changed (and at least one edit allowed for short names).
        return best is not null && bestDistance <= Math.Max(1, name.Length / 3) ? best : null;
    }

    /// <summary>" (did you mean 'x'?)" or "".</summary>
    public static string DidYouMean(string name, IEnumerable<string> candidates, string quote = "'")
    {
        var closest = Closest(name, candidates);
        return closest is null ? "" : $"did you mean {quote}{closest}{quote}?";
    }

    public static string List(IEnumerable<string> names, string quote = "")
    {
        var all = names.ToList();
        return all.Count == 0 ? "(none)" : string.Join(", ", all.Select(n => quote + n + quote));
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
