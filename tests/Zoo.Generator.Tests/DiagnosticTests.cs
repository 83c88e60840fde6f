using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Zoo.Generator.Diagnostics;
using Zoo.Generator.Tests.Infrastructure;

namespace Zoo.Generator.Tests;

/// <summary>
/// One test per diagnostic id: a spec with that one mistake, the id, the exact message, and the exact span (marked
/// [|...|] in the spec). Test names start with the id; a test below checks that every id has one.
/// </summary>
public class DiagnosticTests
{
    private const string Path = GeneratorRun.SpecRoot + "t.zoo.json";

    /// <summary>A small valid spec to vary: one hyperparameter, one child, a forward.</summary>
    private static string Spec(string hyperparameters = "\"channels\": { \"type\": \"int\", \"min\": 1 }", string children = "\"conv\": \"Conv2d(channels, channels, 1)\"",
        string forward = "\"x: [B, channels, H, W]\", \"return conv(x): [B, channels, H, W]\"", string extra = "") =>
        $$"""
        {
          "name": "T",
          "kind": "block",
          "summary": "s",
          "hyperparameters": { {{hyperparameters}} },
          "children": { {{children}} },
          "forward": [{{forward}}]{{extra}}
        }
        """;

    private static void Expect(string markup, string id, string message, params (string Path, string Json)[] others)
    {
        var (json, span) = Markup.Parse(markup);
        var run = GeneratorRun.Of(new[] { ("t.zoo.json", json) }.Concat(others).ToArray());
        var found = run.Diagnostics.Where(d => d.Id == id && d.Location.GetLineSpan().Path == Path).ToList();
        Assert.True(found.Count == 1, $"expected one {id}, got:{Environment.NewLine}{DiagnosticText.Format(run.Diagnostics)}");
        var diagnostic = found[0];
        Assert.Equal(message, diagnostic.GetMessage(CultureInfo.InvariantCulture));
        var actual = diagnostic.Location.GetLineSpan();
        Assert.Equal(
            (span.StartLine, span.StartColumn, span.EndLine, span.EndColumn),
            (actual.StartLinePosition.Line + 1, actual.StartLinePosition.Character + 1, actual.EndLinePosition.Line + 1, actual.EndLinePosition.Character + 1));
    }

    [Fact]
    public void ZOO001_invalid_json_points_at_the_first_syntax_error() =>
        Expect("{ \"name\": \"T\"\n  [|\"|]kind\": \"block\" }", "ZOO001", "Invalid JSON: expected ',' or '}' after a property value, found '\"'");

    [Fact]
    public void ZOO001_invalid_json_a_trailing_comma() =>
        Expect("{ \"name\": \"T\",\n  [|}|]", "ZOO001", "Invalid JSON: trailing comma before '}': remove the last ','");

    [Fact]
    public void ZOO002_missing_property() =>
        Expect("[|{|] \"name\": \"T\", \"kind\": \"block\", \"forward\": [\"x: [B]\", \"return x\"] }", "ZOO002",
            "The spec needs the property \"summary\": add it");

    [Fact]
    public void ZOO002_an_enum_needs_its_values() =>
        Expect(Spec(hyperparameters: "\"channels\": \"int\", \"mode\": [|\"enum\"|]"), "ZOO002",
            "The enum hyperparameter 'mode' needs the property \"values\": add it (write { \"type\": \"enum\", \"values\": [\"a\", \"b\"] })");

    [Fact]
    public void ZOO003_unknown_property_suggests_the_closest() =>
        Expect("{ \"name\": \"T\", \"kind\": \"block\", \"summary\": \"s\", [|\"sumary\"|]: \"s\", \"forward\": [\"x: [B]\", \"return x\"] }", "ZOO003",
            "Unknown property \"sumary\" in the spec: did you mean \"summary\"?");

    [Fact]
    public void ZOO004_wrong_json_type() =>
        Expect("{ \"name\": \"T\", \"kind\": \"block\", \"summary\": [|5|], \"forward\": [\"x: [B]\", \"return x\"] }", "ZOO004",
            "\"summary\" must be a string, not an integer");

    [Fact]
    public void ZOO005_invalid_value() =>
        Expect("{ \"name\": \"T\", \"kind\": [|\"layer\"|], \"summary\": \"s\", \"forward\": [\"x: [B]\", \"return x\"] }", "ZOO005",
            "\"kind\" must be \"block\" or \"network\", not \"layer\"");

    [Fact]
    public void ZOO006_syntax_error_inside_a_string() =>
        Expect(Spec(children: "\"conv\": \"Conv2d(channels, [|,|] 1)\""), "ZOO006", "Syntax error: unexpected ',': expected a value");

    [Fact]
    public void ZOO006_positions_count_json_escapes_as_written()
    {
        // \u0078 is 'x' in six characters: the error after it is six columns further than in the decoded text.
        Expect(Spec(forward: "\"x: [B, channels, H, W]\", \"return \\u0078 + [|)|]\""), "ZOO006", "Syntax error: unexpected ')': expected a value");
        Expect(Spec(forward: "\"x: [B, channels, H, W]\", \"return \\\"x\\\" +[|\"|]"), "ZOO006", "Syntax error: the expression ends too early: a value is missing");
    }

    [Fact]
    public void ZOO007_unknown_op_or_layer() =>
        Expect(Spec(children: "\"conv\": \"[|Conv2D|](channels, channels, 1)\""), "ZOO007", "Unknown op or layer 'Conv2D': did you mean the layer 'Conv2d'?");

    [Fact]
    public void ZOO008_undefined_name() =>
        Expect(Spec(forward: "\"x: [B, channels, H, W]\", \"return conv(x) * [|gama|]\""), "ZOO008",
            "The name 'gama' is not defined here: define it by an assignment before this statement, or declare it as a hyperparameter, derived value, parameter, buffer or child");

    [Fact]
    public void ZOO009_wrong_number_of_arguments() =>
        Expect(Spec(children: "\"conv\": \"[|Conv2d(channels)|]\""), "ZOO009",
            "Conv2d(in_channels, out_channels, kernel_size, stride = 1, padding = 0, dilation = 1, groups = 1, bias = true) needs 'out_channels', 'kernel_size': add them (positionally in order, or by name)");

    [Fact]
    public void ZOO009_unknown_named_argument() =>
        Expect(Spec(children: "\"conv\": \"Conv2d(channels, channels, 1, [|biass|]: false)\""), "ZOO009",
            "Conv2d(in_channels, out_channels, kernel_size, stride = 1, padding = 0, dilation = 1, groups = 1, bias = true) has no parameter 'biass': did you mean 'bias'?");

    [Fact]
    public void ZOO010_argument_of_the_wrong_kind() =>
        Expect(Spec(children: "\"conv\": \"Conv2d(channels, [|channels / 2|], 1)\""), "ZOO010",
            "Argument 'out_channels' of Conv2d must be an int (use // for integer division, or int(...)), not float");

    [Fact]
    public void ZOO011_duplicate_name() =>
        Expect(Spec(hyperparameters: "\"channels\": \"int\", \"conv\": \"int\"", children: "[|\"conv\"|]: \"Conv2d(channels, channels, 1)\""), "ZOO011",
            "'conv' is defined twice (first as a hyperparameter at line 5, column 43): give it another name");

    [Fact]
    public void ZOO012_default_of_the_wrong_type() =>
        Expect(Spec(hyperparameters: "\"channels\": { \"type\": \"int\", \"default\": [|0.5|] }"), "ZOO012", "The default of 'channels' must be int, not float");

    [Fact]
    public void ZOO013_unknown_spec() =>
        Expect(Spec(children: "\"unit\": \"[|Bottlneck|](channels, 64)\""), "ZOO013", "No spec is named 'Bottlneck': did you mean 'Bottleneck'?",
            ("b.zoo.json", "{ \"name\": \"Bottleneck\", \"kind\": \"block\", \"summary\": \"s\", \"hyperparameters\": { \"inplanes\": \"int\", \"planes\": \"int\" }, \"forward\": [\"x: [B]\", \"return x\"] }"));

    [Fact]
    public void ZOO014_reference_cycle() =>
        Expect(Spec(children: "\"conv\": \"Conv2d(channels, channels, 1)\", \"other\": \"[|U|](channels)\""), "ZOO014",
            "Spec reference cycle T → U → T: a spec cannot contain itself, directly or through others; break the cycle",
            ("u.zoo.json", "{ \"name\": \"U\", \"kind\": \"block\", \"summary\": \"s\", \"hyperparameters\": { \"c\": \"int\" }, \"children\": { \"t\": \"T(c)\" }, \"forward\": [\"x: [B]\", \"return t(x)\"] }"));

    [Fact]
    public void ZOO015_shape_annotation_that_cannot_hold() =>
        Expect(Spec(forward: "\"x: [B, channels, H, W]\", \"[|y = conv(x): [B, channels, H]|]\", \"return y\""), "ZOO015",
            "The shape annotation cannot hold: y has 4 dims [B, channels, H, W], and the annotation 3");

    [Fact]
    public void ZOO015_a_layer_given_the_wrong_channels_for_an_example() =>
        Expect(Spec(hyperparameters: "\"channels\": \"int\", \"hidden\": \"int\"", children: "\"conv\": \"Conv2d(hidden, channels, 1)\"",
                forward: "\"x: [B, channels, H, W]\", \"return [|conv(x)|]\"", extra: ",\n  \"examples\": [{ \"args\": { \"channels\": 8, \"hidden\": 4 }, \"input\": [1, 8, 2, 2], \"output\": [1, 8, 2, 2] }]"),
            "ZOO015", "The shape annotation cannot hold: the channel dim of the input of 'conv' (its in_channels) is 8 (channels), not 4 (hidden) (in example #1 (channels: 8, hidden: 4))");

    [Fact]
    public void ZOO016_default_that_breaks_its_constraint() =>
        Expect(Spec(hyperparameters: "\"channels\": \"int\", \"k\": { \"type\": \"int\", \"default\": [|6|], \"odd\": true }", forward: "\"x: [B, channels, H, W]\", \"return conv(x) * k\""),
            "ZOO016", "The default violates the constraint of 'k': 6 is even, and it must be odd");

    [Fact]
    public void ZOO017_type_mismatch() =>
        Expect(Spec(extra: ",\n  \"let\": { \"flag\": \"channels [|&&|] true\" }"), "ZOO017", "Type mismatch: '&&' needs two bools, not int and bool");

    [Fact]
    public void ZOO018_invalid_name() =>
        Expect(Spec(hyperparameters: "\"channels\": \"int\", [|\"training\"|]: \"bool\""), "ZOO018",
            "'training' cannot be used as a name: the generated module already has a member with this name (torch.nn.Module's API); choose another");

    [Fact]
    public void ZOO019_two_specs_with_the_same_name() =>
        Expect("{ \"name\": [|\"T\"|], \"kind\": \"block\", \"summary\": \"s\", \"forward\": [\"x: [B]\", \"return x\"] }", "ZOO019",
            "Two specs are named 'T' (the other one is /specs/z.zoo.json): spec names become class names and must be unique",
            ("z.zoo.json", "{ \"name\": \"T\", \"kind\": \"block\", \"summary\": \"s\", \"forward\": [\"x: [B]\", \"return x\"] }"));

    [Fact]
    public void ZOO020_example_with_the_wrong_parameter_count() =>
        Expect(Spec(extra: ",\n  \"examples\": [{ \"args\": { \"channels\": 4 }, \"input\": [1, 4, 2, 2], \"output\": [1, 4, 2, 2], \"parameters\": [|21|] }]"), "ZOO020",
            "Example #1 (channels: 4): the spec has 20 parameters with these hyperparameters, and the example says 21");

    [Fact]
    public void ZOO021_forward_without_a_return() =>
        Expect(Spec(forward: "\"x: [B, channels, H, W]\", \"[|y = conv(x)|]\""), "ZOO021", "forward must end with a return (\"return y\"), on every path");

    [Fact]
    public void ZOO022_optional_child_used_without_a_check() =>
        Expect(Spec(hyperparameters: "\"channels\": \"int\", \"a\": { \"type\": \"block?\", \"args\": { \"channels\": \"int\" } }", children: "\"conv\": \"Conv2d(channels, channels, 1)\", \"attn\": \"a(channels)\"",
                forward: "\"x: [B, channels, H, W]\", \"return [|attn|](conv(x))\""),
            "ZOO022", "'attn' may be null here: check it first: attn != null ? ... : ...");

    [Fact]
    public void ZOO023_unused_child_is_a_warning()
    {
        Expect(Spec(children: "\"conv\": \"Conv2d(channels, channels, 1)\", [|\"spare\"|]: \"Conv2d(channels, channels, 1)\""), "ZOO023",
            "'spare' is never used: no forward statement calls this child; call it, or remove it (its weights would still be in the state_dict)");
        var run = GeneratorRun.Of(("t.zoo.json", Markup.Parse(Spec(children: "\"conv\": \"Conv2d(channels, channels, 1)\", [|\"spare\"|]: \"Conv2d(channels, channels, 1)\"")).Text));
        Assert.Equal(DiagnosticSeverity.Warning, run.Diagnostics.Single().Severity);
        Assert.Contains(run.Sources, s => s.HintName == "t.g.cs"); // a warning does not stop generation
    }

    [Fact]
    public void ZOO024_two_files_that_map_to_one_generated_file() =>
        Expect("{ \"name\": [|\"T\"|], \"kind\": \"block\", \"summary\": \"s\", \"forward\": [\"x: [B]\", \"return x\"] }", "ZOO024",
            "This spec and /specs/T.zoo.json map to the same generated file name 't.g.cs': rename one of the files",
            ("T.zoo.json", "{ \"name\": \"U\", \"kind\": \"block\", \"summary\": \"s\", \"forward\": [\"x: [B]\", \"return x\"] }"));

    [Fact]
    public void ZOO025_block_reference_that_does_not_fit_its_slot() =>
        Expect(Spec(hyperparameters: "\"channels\": \"int\", \"a\": { \"type\": \"block\", \"args\": { \"channels\": \"int\" }, \"default\": \"[|U|]\" }", children: "\"conv\": \"a(channels)\""),
            "ZOO025", "U does not fit 'a': the slot supplies 'channels', and U has no such hyperparameter",
            ("u.zoo.json", "{ \"name\": \"U\", \"kind\": \"block\", \"summary\": \"s\", \"hyperparameters\": { \"width\": \"int\" }, \"forward\": [\"x: [B]\", \"return x\"] }"));

    [Fact]
    public void ZOO025_a_slots_int_fits_an_optional_int_hyperparameter()
    {
        // A block whose weights do not depend on the channels (triplet attention) takes them as an optional check.
        var run = GeneratorRun.Of(
            ("t.zoo.json", Spec(hyperparameters: "\"channels\": \"int\", \"a\": { \"type\": \"block\", \"args\": { \"channels\": \"int\" }, \"default\": \"U\" }", children: "\"conv\": \"a(channels)\"")),
            ("u.zoo.json", "{ \"name\": \"U\", \"kind\": \"block\", \"summary\": \"s\", \"hyperparameters\": { \"channels\": { \"type\": \"int?\", \"default\": null } }, \"forward\": [\"x: [B]\", \"return x\"] }"));
        Assert.True(run.Diagnostics.Count == 0, DiagnosticText.Format(run.Diagnostics));
    }

    [Fact]
    public void ZOO099_a_failure_inside_the_generator_becomes_a_diagnostic_not_an_exception()
    {
        var run = GeneratorRun.Of(new[] { new UnreadableText(Path) });
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("ZOO099", diagnostic.Id);
        Assert.Equal("The generator failed on this spec (IOException: disk on fire); please report it with the spec", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Every_diagnostic_id_has_a_test_here_and_an_entry_in_the_docs()
    {
        var tests = typeof(DiagnosticTests).GetMethods().Select(m => m.Name).ToList();
        var docs = File.ReadAllText(RepoPaths.Of("docs", "diagnostics.md"));
        foreach (var descriptor in DiagnosticCatalog.All)
        {
            Assert.Contains(tests, t => t.StartsWith(descriptor.Id + "_", StringComparison.Ordinal));
            Assert.Contains($"## {descriptor.Id}", docs);
        }
    }

    /// <summary>A spec file that cannot be read: the generator must report it, not crash.</summary>
    private sealed class UnreadableText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => throw new IOException("disk on fire");
    }
}
