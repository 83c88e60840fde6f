namespace Zoo.Notebooks.Tests.Helpers;

public sealed class SourceViewTests
{
    private static readonly string GeneratedSe =
        File.ReadAllText(RepoPaths.Of("tests", "Zoo.Generator.Tests", "Snapshots", "SnapshotTests.Zoo#blocks.se.g.verified.cs"));

    [Fact]
    public void Members_gives_the_constructor_and_forward_of_generated_code_without_qualifiers()
    {
        var members = SourceView.Members(GeneratedSe, "forward", "Se");
        var lines = members.Split('\n');

        Assert.StartsWith("public Se(long channels, long reduction = 16L, long min_hidden = 1L)", lines[0]);  // source order
        Assert.Contains("this.fc1 = nn.Conv2d(this.channels, this.hidden, 1L);", members);
        Assert.Contains("public override Tensor forward(Tensor x)", members);
        Assert.Contains("s = this.fc2.call(this.fc1.call(s).relu()).sigmoid();", members);
        Assert.Equal("}", lines[^1]);
        Assert.DoesNotContain("global::", members);
        Assert.DoesNotContain("///", members);                              // the XML docs above the members
        Assert.DoesNotContain("Create(", members);                          // nothing after forward
        Assert.Equal(2, lines.Count(l => l == "}"));                        // two members, dedented to column 0
    }

    [Fact]
    public void Readable_reads_the_scopes_that_free_temporaries_as_plain_assignments()
    {
        var members = SourceView.Members(GeneratedSe, "forward");

        Assert.DoesNotContain("Temporaries", members);
        Assert.DoesNotContain("Keep(", members);
        Assert.Contains("    var s = nn.functional.adaptive_avg_pool2d(x, new long[] { 1L });\n", members);    // its declaration folded in
        Assert.Contains("    s = this.fc2.call(this.fc1.call(s).relu()).sigmoid();\n", members);
        Assert.Contains("    var __output0 = (x * s);\n", members);
        Assert.Equal("a = f(b);\n@out = g((1 + 2));", SourceView.Readable(
            "using (var __t1 = this.Temporaries()) a = __t1.Keep(f(b));\nusing (var __t2 = this.Temporaries()) @out = __t2.Keep(g((1 + 2)));"));
    }

    [Fact]
    public void Readable_drops_the_marks_that_free_inputs_at_their_consumers()
    {
        Assert.Equal("x = relu(bn(conv(x)));", SourceView.Readable(
            "using (var __t3 = this.Temporaries()) x = __t3.Keep(relu(__t3.Free(bn(__t3.Arg(__t3.Free(conv(__t3.Last(x, y, z)), 1))), 1)));"));
        Assert.Equal("y = einsum(\"bi,bj->ij\", (a + b), c);", SourceView.Readable(
            "using (var __t1 = this.Temporaries()) y = __t1.Keep(einsum(\"bi,bj->ij\", __t1.Free((__t1.Last(a) + b), 1), c));"));
    }

    [Fact]
    public void Members_names_a_member_the_source_lacks()
    {
        var error = Assert.Throws<ArgumentException>(() => SourceView.Members(GeneratedSe, "backward"));
        Assert.Contains("'backward'", error.Message);
    }

    [Fact]
    public void Readable_drops_the_global_prefix_and_the_zoo_namespaces_only()
    {
        Assert.Equal("nn.Conv2d(a) + SpecMath.Max(b) * ShapeCheck.Mismatch() + Tensor + Conv2d + Se.Block()",
            SourceView.Readable("global::Zoo.Torch.torch.nn.Conv2d(a) + global::Zoo.SpecMath.Max(b) * global::Zoo.ShapeCheck.Mismatch() + " +
                                "global::Zoo.Torch.torch.Tensor + global::Zoo.Torch.Modules.Conv2d + global::Zoo.Blocks.Se.Block()"));
        Assert.Equal("System.Math.Max(ZooKeeper.x)", SourceView.Readable("global::System.Math.Max(ZooKeeper.x)"));
    }

    [Fact]
    public void Side_by_side_escapes_both_texts_and_titles()
    {
        var html = SourceView.SideBySide("spec <json>", "{ \"a\": \"x < y\" }", "C#", "List<int> x;");

        Assert.Contains("spec &lt;json&gt;", html);
        Assert.Contains("x &lt; y", html);
        Assert.Contains("List&lt;int&gt; x;", html);
        Assert.Equal(2, html.Split("<pre").Length - 1);
    }
}
