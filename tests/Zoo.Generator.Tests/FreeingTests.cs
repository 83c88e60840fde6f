using System.Text.RegularExpressions;
using Zoo.Generator.Tests.Infrastructure;

namespace Zoo.Generator.Tests;

/// <summary>
/// Which inputs a generated forward frees as soon as their consumer returns: nested results (Arg) and a variable's
/// last read (Last, with the live variables that may hold the same tensor), never a read the code needs again.
/// </summary>
public class FreeingTests
{
    /// <summary>The generated forward statement that assigns <paramref name="target"/> (the <paramref name="nth"/> one).</summary>
    private static string Statement(string forward, string target, int nth = 0)
    {
        var spec = $$"""
            {
              "name": "S", "kind": "block", "summary": "s",
              "hyperparameters": { "channels": { "type": "int", "min": 1 }, "flag": { "type": "bool", "default": false } },
              "children": { "conv": "Conv2d(channels, channels, 1)", "bn": "BatchNorm2d(channels)" },
              "forward": [{{forward}}]
            }
            """;
        var run = GeneratorRun.Of(("s.zoo.json", spec));
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        var code = run.Sources.Single(s => s.HintName != "ModelCatalog.cs").SourceText.ToString();
        var forwardBody = code.Substring(code.IndexOf("forward(", StringComparison.Ordinal));
        var lines = forwardBody.Split('\n').Where(l => Regex.IsMatch(l, @"\)\s*@?" + target + " = ")).ToList();
        Assert.True(lines.Count > nth, $"no statement assigning {target} in:\n{forwardBody}");
        return lines[nth].Trim();
    }

    private static int Count(string text, string part) => Regex.Matches(text, Regex.Escape(part)).Count;

    [Fact]
    public void A_reassigned_variables_old_value_and_nested_results_are_freed_by_their_consumers()
    {
        var line = Statement("\"x: [B, channels, H, W]\", \"h = conv(x)\", \"h = relu(bn(conv(h)))\", \"return h\"", "h", nth: 1);
        Assert.Equal(
            "using (var __t2 = this.Temporaries()) h = __t2.Keep(__t2.Free(this.bn.call(__t2.Arg(__t2.Free(this.conv.call(__t2.Last(h)), 1))), 1).relu());",
            line);
    }

    [Fact]
    public void An_input_of_forward_that_is_never_reassigned_is_not_marked()
    {
        // Its tensor is the caller's: there is nothing of this call's to free.
        var line = Statement("\"x: [B, channels, H, W]\", \"h = relu(conv(x))\", \"return h\"", "h");
        Assert.DoesNotContain("Last(x", line);
    }

    [Fact]
    public void A_variable_read_again_later_is_not_freed()
    {
        var line = Statement("\"x: [B, channels, H, W]\", \"y = conv(x)\", \"z = relu(y)\", \"return z + y\"", "z");
        Assert.DoesNotContain("Last(", line);
    }

    [Fact]
    public void A_variable_that_may_hold_the_same_tensor_is_checked_before_freeing()
    {
        // b = a shares a's tensor: a's last read carries b, which the run time compares by reference.
        var line = Statement("\"x: [B, channels, H, W]\", \"a = conv(x)\", \"b = a\", \"a = relu(a)\", \"return a + b\"", "a", nth: 1);
        Assert.Contains("Last(a, b)", line);
        // A module's output may be its input: h may hold x's tensor after h = conv(x), and x is read later.
        var line2 = Statement("\"x: [B, channels, H, W]\", \"x = x * 2\", \"h = conv(x)\", \"h = bn(h)\", \"return h + x\"", "h", nth: 1);
        Assert.Contains("Last(h, x)", line2);
    }

    [Fact]
    public void A_value_read_in_the_next_iteration_of_a_loop_is_not_freed()
    {
        var forward = "\"x: [B, channels, H, W]\", \"y = conv(x)\", \"h = x\", { \"for\": \"i in range(3)\", \"do\": [\"h = bn(h + y)\"] }, \"return h\"";
        var line = Statement(forward, "h");
        Assert.Contains("Last(h", line);      // h is reassigned before it is read again
        Assert.DoesNotContain("Last(y", line); // y is read by every iteration
    }

    [Fact]
    public void Reads_inside_a_comprehension_are_never_freed()
    {
        var line = Statement("\"x: [B, channels, H, W]\", \"h = x * 2\", \"h = cat([relu(h) for i in range(2)], dim: 1)\", \"return h\"", "h", nth: 1);
        Assert.DoesNotContain("Last(", line);
        Assert.DoesNotContain("Arg(", line.Substring(line.IndexOf("=>", StringComparison.Ordinal)));
    }

    [Fact]
    public void Of_several_reads_in_one_statement_the_one_whose_consumer_returns_last_is_marked()
    {
        var line = Statement("\"x: [B, channels, H, W]\", \"z = x * 2\", \"z = z - z.mean(dim: 1, keepdim: true)\", \"return z\"", "z", nth: 1);
        Assert.Equal(1, Count(line, "Last(z"));
        Assert.Contains("(__t2.Last(z) - z.mean(", line);
    }

    [Fact]
    public void A_read_in_each_branch_of_a_ternary_counts_once()
    {
        var line = Statement("\"x: [B, channels, H, W]\", \"h = x * 2\", \"h = flag ? conv(h) : h\", \"return h\"", "h", nth: 1);
        Assert.Contains("this.conv.call(__t2.Last(h))", line);
    }

    [Fact]
    public void The_outermost_call_leaves_its_inputs_to_the_end_of_the_statement()
    {
        // The scope frees them when the statement ends, right after the call: no Free or Arg needed there.
        var line = Statement("\"x: [B, channels, H, W]\", \"h = conv(x * 2)\", \"return h\"", "h");
        Assert.Equal("using (var __t1 = this.Temporaries()) h = __t1.Keep(this.conv.call((x * 2L)));", line);
    }
}
