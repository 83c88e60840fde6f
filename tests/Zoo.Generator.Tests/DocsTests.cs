using System.Text;
using Zoo.Generator.Semantics.Ops;
using Zoo.Generator.Tests.Infrastructure;

namespace Zoo.Generator.Tests;

/// <summary>
/// docs/spec-language.md lists every op and layer with its signature between generated-table markers; the table is
/// written from the op catalog, so it cannot drift. ZOO_ACCEPT_SNAPSHOTS=1 rewrites it.
/// </summary>
public class DocsTests
{
    private const string Begin = "<!-- ops: generated from OpCatalog by DocsTests; do not edit by hand -->";
    private const string End = "<!-- ops: end -->";

    [Fact]
    public void The_op_and_layer_tables_of_the_language_reference_match_the_catalog()
    {
        var path = RepoPaths.Of("docs", "spec-language.md");
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        var start = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/spec-language.md lacks the generated op table markers");
        var current = text[(start + Begin.Length)..end];
        var expected = "\n" + Tables() + "\n";
        if (current == expected) return;
        if (Environment.GetEnvironmentVariable(Snapshot.AcceptVariable) is "1" or "true")
        {
            File.WriteAllText(path, text[..(start + Begin.Length)] + expected + text[end..]);
            return;
        }
        Assert.Fail("The op tables of docs/spec-language.md differ from the op catalog: run the tests with ZOO_ACCEPT_SNAPSHOTS=1 to rewrite them.");
    }

    private static string Tables()
    {
        var builder = new StringBuilder();
        void Table(string title, OpScope scope)
        {
            builder.Append("\n#### ").Append(title).Append("\n\n| Op | Signature | What it does |\n|---|---|---|\n");
            foreach (var op in OpCatalog.All.Where(o => (o.Scope & scope) != 0).OrderBy(o => o.Name, StringComparer.Ordinal))
                builder.Append("| `").Append(op.Name).Append("` | `").Append(op.Signature).Append("` | ").Append(op.Summary).Append(" |\n");
        }
        Table("Layers (children)", OpScope.Layer);
        Table("Forward ops (also as methods: x.softmax(dim: 1))", OpScope.Forward);
        Table("Initial values (parameters and buffers)", OpScope.Create);
        Table("Re-initialisation (init)", OpScope.Init);
        Table("Scalar math (everywhere)", OpScope.Scalar);
        return builder.ToString().TrimEnd('\n');
    }
}
