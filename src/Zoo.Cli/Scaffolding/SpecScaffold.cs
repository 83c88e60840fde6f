using System.Text;
using System.Text.RegularExpressions;

namespace Zoo.Cli.Scaffolding;

/// <summary>
/// The starting point of a new block's spec: every section of the spec language filled with a working placeholder
/// (a channel gate, so the build succeeds and the example's parameter count is right), to be replaced section by
/// section with the paper's block.
/// </summary>
public static partial class SpecScaffold
{
    /// <summary>The schema's published address, for specs written outside the repository.</summary>
    public const string SchemaUrl = "https://github.com/zoo-attention/zoo/blob/main/model-specs/zoo-spec.schema.json";

    /// <summary>A spec name: PascalCase, as the schema and the generator require.</summary>
    [GeneratedRegex("^[A-Z][A-Za-z0-9_]*$")]
    public static partial Regex NamePattern();

    /// <summary>"MyGate" → "my-gate.zoo.json".</summary>
    public static string FileName(string name)
    {
        var kebab = new StringBuilder();
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (c == '_') { kebab.Append('-'); continue; }
            bool boundary = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) ||
                                                        (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (boundary && kebab.Length > 0 && kebab[^1] != '-') kebab.Append('-');
            kebab.Append(char.ToLowerInvariant(c));
        }
        return kebab + ".zoo.json";
    }

    /// <summary>The parameters of the placeholder at its example (channels 64, reduction 16: 64·4 + 4 + 4·64 + 64).</summary>
    public const long ExampleParameters = 580;

    /// <summary>The spec's text. <paramref name="schema"/> is the <c>$schema</c> path (relative to the spec's folder).</summary>
    public static string Render(string name, string schema)
    {
        string Q(string s) => System.Text.Json.JsonSerializer.Serialize(s);
        var lower = name.ToLowerInvariant();
        return $$"""
{
  "$schema": {{Q(schema)}},
  "name": {{Q(name)}},
  "kind": "block",
  "summary": {{Q($"{name}: one line saying what the block computes (this placeholder is a squeeze-and-excitation-style channel gate).")}},
  "description": "A few sentences on how it works. Replace every section with the paper's block; docs/spec-language.md describes each one.",
  "paper": {
    "title": "The paper's title",
    "authors": ["First Author", "Second Author"],
    "arxiv": "0000.00000",
    "year": 2025
  },
  "math": "y = \\sigma(W_2\\,\\delta(W_1\\,\\mathrm{GAP}(x))) \\odot x",
  "attends_over": "channel",
  "notes": [
    "Where this spec deliberately differs from the popular implementation, and which option switches to it."
  ],
  "hyperparameters": {
    "channels": { "type": "int", "min": 1, "doc": "C: the channels of the input and the output." },
    "reduction": { "type": "int", "default": 16, "min": 1, "doc": "r: the hidden width is C / r." }
  },
  "let": {
    "hidden": "max(channels // reduction, 1)"
  },
  "children": {
    "fc1": "Conv2d(channels, hidden, 1)",
    "fc2": "Conv2d(hidden, channels, 1)"
  },
  "forward": [
    "x: [B, channels, H, W]",
    "s = adaptive_avg_pool2d(x, 1): [B, channels, 1, 1]",
    "s = sigmoid(fc2(relu(fc1(s))))",
    "return x * s: [B, channels, H, W]"
  ],
  "presets": {
    {{Q(lower + "_r8")}}: { "summary": {{Q($"{name} with reduction 8.")}}, "args": { "reduction": 8 } }
  },
  "examples": [
    { "args": { "channels": 64 }, "input": [2, 64, 14, 14], "output": [2, 64, 14, 14], "parameters": {{ExampleParameters}} }
  ]
}

""";
    }
}
