using System;
using System.Text;

namespace Zoo.Generator.Emit;

/// <summary>
/// The generated file name of a spec, from its path relative to the spec root: "blocks/cbam.zoo.json" becomes
/// "blocks/cbam.g.cs". Paths are unique, so hint names are; the rare case-only collision is reported (ZOO024).
/// </summary>
internal static class HintNames
{
    public static string For(string path, string? specRoot)
    {
        var normalized = path.Replace('\\', '/');
        var root = specRoot?.Replace('\\', '/');
        string relative;
        if (root is { Length: > 0 })
        {
            if (!root.EndsWith("/", StringComparison.Ordinal)) root += "/";
            relative = normalized.StartsWith(root, StringComparison.Ordinal) ? normalized.Substring(root.Length) : Outside(normalized);
        }
        else
        {
            relative = Outside(normalized);
        }
        if (relative.EndsWith(".zoo.json", StringComparison.OrdinalIgnoreCase)) relative = relative.Substring(0, relative.Length - ".zoo.json".Length);
        return Sanitize(relative) + ".g.cs";
    }

    /// <summary>The path as the spec's relative path, for a spec outside the root: its full path without the root of the drive.</summary>
    private static string Outside(string path) => path.TrimStart('/').Replace(":", "");

    private static string Sanitize(string relative)
    {
        var builder = new StringBuilder();
        foreach (var part in relative.Split('/'))
        {
            if (part.Length == 0 || part == "." ) continue;
            if (builder.Length > 0) builder.Append('/');
            if (part == "..")
            {
                builder.Append("__");
                continue;
            }
            foreach (var c in part)
                builder.Append(c < 128 && (char.IsLetterOrDigit(c) || c is '_' or '-' or '.') ? c : '_');
        }
        return builder.Length == 0 ? "spec" : builder.ToString();
    }
}
