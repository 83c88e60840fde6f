namespace Zoo.Cli.Models;

/// <summary>The names closest to a mistyped one, for "did you mean" hints: by edit distance, ignoring case.</summary>
public static class ClosestNames
{
    /// <summary>Up to <paramref name="count"/> candidates near <paramref name="typed"/>, closest first.</summary>
    public static IReadOnlyList<string> Of(string typed, IEnumerable<string> candidates, int count = 3)
    {
        var lower = typed.ToLowerInvariant();
        return candidates
            .Distinct(StringComparer.Ordinal)
            .Select(c => (name: c, distance: Distance(lower, c.ToLowerInvariant())))
            // A candidate that contains what was typed ("resnet" in "resnet101") is close whatever its length.
            .Select(c => (c.name, distance: typed.Length >= 3 && c.name.Contains(typed, StringComparison.OrdinalIgnoreCase) ? Math.Min(c.distance, 2) : c.distance))
            .Where(c => c.distance <= Math.Max(2, typed.Length / 3))
            .OrderBy(c => c.distance)
            .ThenBy(c => c.name, StringComparer.Ordinal)
            .Take(count)
            .Select(c => c.name)
            .ToList();
    }

    /// <summary>" (did you mean a, b?)", or "" when nothing is close.</summary>
    public static string Hint(string typed, IEnumerable<string> candidates)
    {
        var close = Of(typed, candidates);
        return close.Count == 0 ? "" : $" (did you mean {string.Join(", ", close)}?)";
    }

    /// <summary>Edits (insertions, deletions, substitutions, swaps of neighbours) that turn one string into the other.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
