using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Zoo.Generator.Tests.Infrastructure;

/// <summary>
/// Seeded random damage to a spec: structural (delete, duplicate, retype or rename a property; swap names inside
/// expressions; truncate strings; change numbers) and textual (break the JSON, insert random characters). Each call
/// returns one mutant and a short description of what was done, for the failure message.
/// </summary>
public sealed class SpecMutator
{
    private static readonly Regex Identifier = new(@"\b[A-Za-z_][A-Za-z0-9_]*\b", RegexOptions.Compiled);

    private static readonly JsonNode?[] Replacements =
    {
        null, JsonValue.Create(0), JsonValue.Create(-1), JsonValue.Create(3.5), JsonValue.Create(1L << 40), JsonValue.Create(true),
        JsonValue.Create("x"), JsonValue.Create(""), JsonValue.Create("int"), JsonValue.Create("Se(reduction: 0)"), JsonValue.Create("[1, 2]"),
        new JsonArray(), new JsonArray(JsonValue.Create(1), JsonValue.Create("a")), new JsonObject(), new JsonObject { ["type"] = "int" },
    };

    private const string Noise = "()[]{}:,.?!&|+-*/%@<>=\"'\\ \t_0123456789abcXYZ\u00e9\u4e2d";

    private readonly Random random;

    public SpecMutator(int seed) => random = new Random(seed);

    public (string Json, string What) Mutate(string json)
    {
        var kind = random.Next(10);
        try
        {
            return kind switch
            {
                0 => BreakText(json),
                1 => InsertNoise(json),
                _ => Structural(json, kind),
            };
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            return BreakText(json);
        }
    }

    private (string, string) BreakText(string json)
    {
        var at = random.Next(json.Length);
        return random.Next(3) switch
        {
            0 => (json[..at], $"truncated at {at}"),
            1 => (json.Remove(at, 1), $"deleted the character at {at}"),
            _ => (json.Insert(at, Noise[random.Next(Noise.Length)].ToString()), $"inserted a character at {at}"),
        };
    }

    private (string, string) InsertNoise(string json)
    {
        // Inside a string, where expressions live: a few random characters of the expression alphabet.
        var quotes = Enumerable.Range(0, json.Length).Where(i => json[i] == '"').ToList();
        if (quotes.Count < 2) return BreakText(json);
        var at = quotes[random.Next(quotes.Count - 1)] + 1;
        var noise = new StringBuilder();
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var c = Noise[random.Next(Noise.Length)];
            if (c is '"' or '\\') c = ' '; // keep the JSON intact: the damage is in the expression
            noise.Append(c);
        }
        return (json.Insert(at, noise.ToString()), $"inserted '{noise}' at {at}");
    }

    private (string, string) Structural(string json, int kind)
    {
        var root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false })!;
        var nodes = new List<(JsonNode? Node, JsonNode Parent, string? Key, int Index)>();
        Collect(root, nodes);
        if (nodes.Count == 0) return BreakText(json);
        var (node, parent, key, index) = nodes[random.Next(nodes.Count)];
        string what;
        switch (kind)
        {
            case 2 when parent is JsonObject o:
                o.Remove(key!);
                what = $"deleted \"{key}\"";
                break;
            case 3 when parent is JsonObject o:
            {
                // Duplicate a property: JsonObject refuses duplicates, so it is done on the text.
                var text = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
                var property = $"\"{key}\":";
                var at = text.IndexOf(property, StringComparison.Ordinal);
                if (at < 0) return BreakText(json);
                var value = node?.ToJsonString() ?? "null";
                return (text.Insert(at, $"{property} {value}, "), $"duplicated \"{key}\"");
            }
            case 4:
            {
                var replacement = Replacements[random.Next(Replacements.Length)]?.DeepClone();
                Replace(parent, key, index, replacement);
                what = $"retyped {Describe(key, index)} to {replacement?.ToJsonString() ?? "null"}";
                break;
            }
            case 5 when parent is JsonObject o:
            {
                var keys = o.Select(p => p.Key).ToList();
                var other = keys[random.Next(keys.Count)];
                var renamed = random.Next(2) == 0 && other != key ? other + "_" : Mangle(key!);
                var value = node?.DeepClone();
                o.Remove(key!);
                if (!o.ContainsKey(renamed)) o[renamed] = value;
                what = $"renamed \"{key}\" to \"{renamed}\"";
                break;
            }
            case 6 or 7 when node is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0:
            {
                var names = Identifier.Matches(json).Select(m => m.Value).Distinct().ToList();
                var matches = Identifier.Matches(s);
                if (matches.Count == 0 || names.Count == 0) goto default;
                var target = matches[random.Next(matches.Count)];
                var swapped = s[..target.Index] + names[random.Next(names.Count)] + s[(target.Index + target.Length)..];
                Replace(parent, key, index, JsonValue.Create(swapped));
                what = $"swapped a name in {Describe(key, index)}: {swapped}";
                break;
            }
            case 8 when node is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0:
            {
                var truncated = s[..random.Next(s.Length)];
                Replace(parent, key, index, JsonValue.Create(truncated));
                what = $"truncated {Describe(key, index)} to \"{truncated}\"";
                break;
            }
            case 9 when node is JsonValue v && v.TryGetValue<double>(out var n):
            {
                var changed = new[] { 0, -n, n + 1, n * 1000, 1e18, 0.5 }[random.Next(6)];
                Replace(parent, key, index, JsonValue.Create(changed));
                what = $"changed {Describe(key, index)} from {n} to {changed}";
                break;
            }
            default:
                if (parent is JsonArray array && index < array.Count)
                {
                    array.RemoveAt(index);
                    what = $"deleted item {index}";
                }
                else return BreakText(json);
                break;
        }
        return (root.ToJsonString(new JsonSerializerOptions { WriteIndented = random.Next(2) == 0 }), what);
    }

    private string Mangle(string name) => random.Next(4) switch
    {
        0 => name.ToUpperInvariant(),
        1 => name.Length > 1 ? name[1..] : "_",
        2 => "forward",
        _ => name + "2",
    };

    private static string Describe(string? key, int index) => key is null ? $"item {index}" : $"\"{key}\"";

    private static void Replace(JsonNode parent, string? key, int index, JsonNode? value)
    {
        if (parent is JsonObject o) o[key!] = value;
        else if (parent is JsonArray a) a[index] = value;
    }

    private static void Collect(JsonNode node, List<(JsonNode?, JsonNode, string?, int)> into)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o.ToList())
                {
                    into.Add((value, o, key, -1));
                    if (value is not null) Collect(value, into);
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    into.Add((a[i], a, null, i));
                    if (a[i] is { } item) Collect(item, into);
                }
                break;
        }
    }
}
