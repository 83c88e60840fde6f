using System.Text.Json;
using Zoo.Generator.Parsing;
using Zoo.Generator.Tests.Infrastructure;

namespace Zoo.Generator.Tests.Schema;

/// <summary>The JSON Schema that editors use agrees with the specs and with the generator.</summary>
public class SchemaTests
{
    private static string SchemaPath => RepoPaths.Of("model-specs", "zoo-spec.schema.json");

    [Fact]
    public void Every_spec_validates_against_the_schema()
    {
        var files = Directory.EnumerateFiles(SpecFiles.ModelSpecsRoot, "*.zoo.json", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(SpecFiles.TestSpecsRoot, "features"), "*.zoo.json"))
            .Concat(Directory.EnumerateFiles(RepoPaths.Of("samples"), "*.zoo.json", SearchOption.AllDirectories))
            .ToList();
        var verdicts = SchemaValidator.Validate(files);
        Assert.Equal(files.Count, verdicts.Count);
        var invalid = verdicts.Where(v => !v.Valid).Select(v => v.File + ": " + string.Join("; ", v.Errors)).ToList();
        Assert.True(invalid.Count == 0, string.Join(Environment.NewLine, invalid));
    }

    [Fact]
    public void The_schema_rejects_what_the_generator_rejects_structurally()
    {
        var folder = RepoPaths.NewTempFolder("zoo-schema");
        try
        {
            var cases = new Dictionary<string, string>
            {
                ["unknown-property.zoo.json"] = """{ "name": "A", "kind": "block", "summary": "s", "forward": ["x: [B]", "return x"], "color": "red" }""",
                ["missing-forward.zoo.json"] = """{ "name": "A", "kind": "block", "summary": "s" }""",
                ["bad-kind.zoo.json"] = """{ "name": "A", "kind": "layer", "summary": "s", "forward": [] }""",
                ["bad-type.zoo.json"] = """{ "name": "A", "kind": "block", "summary": "s", "forward": [], "hyperparameters": { "c": { "type": "integer" } } }""",
                ["enum-without-values.zoo.json"] = """{ "name": "A", "kind": "block", "summary": "s", "forward": [], "hyperparameters": { "m": { "type": "enum" } } }""",
                ["enum-shorthand.zoo.json"] = """{ "name": "A", "kind": "block", "summary": "s", "forward": [], "hyperparameters": { "m": "enum" } }""",
                ["mistyped-example.zoo.json"] = """{ "name": "A", "kind": "block", "summary": "s", "forward": [], "examples": [{ "input": [2, -1], "output": [2] }] }""",
            };
            foreach (var (name, json) in cases) File.WriteAllText(Path.Combine(folder, name), json);
            var verdicts = SchemaValidator.Validate(cases.Keys.Select(n => Path.Combine(folder, n)));
            foreach (var verdict in verdicts)
                Assert.False(verdict.Valid, Path.GetFileName(verdict.File) + " should be invalid");
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void The_schema_names_exactly_the_properties_the_generator_knows()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var root = schema.RootElement;
        var defs = root.GetProperty("$defs");
        static IEnumerable<string> Names(JsonElement obj) => obj.GetProperty("properties").EnumerateObject().Select(p => p.Name);

        Assert.Equal(Sorted(SpecProperties.Spec), Sorted(Names(root)));
        Assert.Equal(Sorted(SpecProperties.SpecRequired), Sorted(root.GetProperty("required").EnumerateArray().Select(e => e.GetString()!)));
        Assert.Equal(Sorted(SpecProperties.Paper), Sorted(Names(root.GetProperty("properties").GetProperty("paper"))));
        Assert.Equal(Sorted(SpecProperties.Hyperparameter), Sorted(Names(defs.GetProperty("hyperparameter"))));
        Assert.Equal(Sorted(SpecProperties.Example), Sorted(Names(defs.GetProperty("example"))));
        Assert.Equal(Sorted(SpecProperties.Kinds), Sorted(root.GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!)));
        Assert.Equal(Sorted(SpecProperties.AttendsOver), Sorted(root.GetProperty("properties").GetProperty("attends_over").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!)));
        Assert.Equal(Sorted(SpecProperties.HyperparameterTypes), Sorted(defs.GetProperty("typeName").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!)));
        Assert.Equal(Sorted(SpecProperties.BlockArgumentTypes), Sorted(defs.GetProperty("slotTypeName").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!)));
    }

    private static string[] Sorted(IEnumerable<string> names) => names.OrderBy(n => n, StringComparer.Ordinal).ToArray();
}
