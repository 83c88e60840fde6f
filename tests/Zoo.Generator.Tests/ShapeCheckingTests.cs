using System.Globalization;
using Zoo.Generator.Tests.Infrastructure;

namespace Zoo.Generator.Tests;

/// <summary>
/// What the build can prove about shapes: it reports an annotation that provably cannot hold (by constants, ranks or an
/// example's values) and stays silent where it cannot know — including code an example does not run.
/// </summary>
public class ShapeCheckingTests
{
    private static IReadOnlyList<string> ShapeErrors(string forward, string children = "\"conv\": \"Conv2d(channels, channels, 3, padding: 1)\"", string examples = "")
    {
        var spec = $$"""
            {
              "name": "S", "kind": "block", "summary": "s",
              "hyperparameters": { "channels": { "type": "int", "min": 1 } },
              "children": { {{children}} },
              "forward": [{{forward}}]{{examples}}
            }
            """;
        var run = GeneratorRun.Of(("s.zoo.json", spec));
        return run.Diagnostics.Where(d => d.Id == "ZOO015").Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToList();
    }

    private const string Example = ",\n\"examples\": [{ \"args\": { \"channels\": 8 }, \"input\": [1, 8, 5, 5], \"output\": [1, 8, 5, 5] }]";

    [Fact]
    public void Convolution_arithmetic_is_followed_symbolically()
    {
        // A 3x3 convolution with padding 1 keeps H and W: (H + 2 - 3) // 1 + 1 is H.
        Assert.Empty(ShapeErrors("\"x: [B, channels, H, W]\", \"return conv(x): [B, channels, H, W]\""));
        Assert.Single(ShapeErrors("\"x: [B, channels, H, W]\", \"return conv(x): [B, channels, H, W - 2]\""));
    }

    [Fact]
    public void Constants_prove_a_mismatch_without_examples()
    {
        var errors = ShapeErrors("\"x: [B, 4, H, W]\", \"return conv(x)\"", children: "\"conv\": \"Conv2d(3, channels, 1)\"");
        Assert.Equal("The shape annotation cannot hold: the channel dim of the input of 'conv' (its in_channels) is 4, not 3", Assert.Single(errors));
    }

    [Fact]
    public void Sizes_that_only_an_example_fixes_are_checked_under_that_example()
    {
        Assert.Empty(ShapeErrors("\"x: [B, channels, H, W]\", \"y = x: [B, 4, H, W]\", \"return y\""));
        var errors = ShapeErrors("\"x: [B, channels, H, W]\", \"y = x: [B, 4, H, W]\", \"return y\"", examples: Example);
        Assert.Equal("The shape annotation cannot hold: dim 1 of y is 8 (channels), not 4 (in example #1 (channels: 8)) (inferred [B, channels, H, W], annotated [B, 4, H, W])", Assert.Single(errors));
    }

    [Fact]
    public void Code_an_example_may_not_run_is_not_judged_by_that_example()
    {
        // The branch runs only when channels is 4; the example has 8, so its values prove nothing about the branch.
        Assert.Empty(ShapeErrors("\"x: [B, channels, H, W]\", { \"if\": \"channels == 4\", \"then\": [\"z = x: [B, 4, H, W]\"] }, \"return x\"", examples: Example));
        Assert.Empty(ShapeErrors("\"x: [B, channels, H, W]\", \"y = channels == 4 ? x.view(B, 4, H * W) : x.flatten(2)\", \"return x\"", examples: Example));
        // A rank mismatch holds for every example, so it is still reported inside the branch.
        Assert.Single(ShapeErrors("\"x: [B, channels, H, W]\", { \"if\": \"channels == 4\", \"then\": [\"z = x: [B, 4, H]\"] }, \"return x\"", examples: Example));
    }

    [Fact]
    public void A_view_with_minus_one_infers_the_missing_size()
    {
        Assert.Empty(ShapeErrors("\"x: [B, channels, H, W]\", \"y = x.view(B, -1, H * W): [B, channels, H * W]\", \"return y\"", examples: Example));
        Assert.Single(ShapeErrors("\"x: [B, channels, H, W]\", \"y = x.view(B, -1, H * W): [B, channels + 1, H * W]\", \"return y\"", examples: Example));
    }

    [Fact]
    public void Matrix_products_check_their_inner_dimension()
    {
        var errors = ShapeErrors("\"x: [B, channels, N]\", \"return bmm(x, x)\"", examples: ",\n\"examples\": [{ \"args\": { \"channels\": 8 }, \"input\": [1, 8, 5], \"output\": [1, 8, 5] }]");
        Assert.Contains(errors, e => e.Contains("the inner dimension of bmm", StringComparison.Ordinal));
        Assert.Empty(ShapeErrors("\"x: [B, channels, N]\", \"return bmm(x, x.transpose(1, 2)): [B, channels, channels]\"", examples: ",\n\"examples\": [{ \"args\": { \"channels\": 8 }, \"input\": [1, 8, 5], \"output\": [1, 8, 8] }]"));
    }

    [Fact]
    public void Index_select_replaces_the_selected_dim_by_the_index_length_and_needs_a_1d_index()
    {
        // Looking up H * H rows of a table: the result has the index's length in the selected dim.
        Assert.Empty(ShapeErrors("\"x: [B, channels, H, W]\", \"i = arange(H, like: x).repeat(H): [H * H]\", \"return x.flatten(2).index_select(2, i): [B, channels, H * H]\"", examples: Example));
        Assert.Single(ShapeErrors("\"x: [B, channels, H, W]\", \"i = arange(H, like: x).repeat(H): [H * H]\", \"return x.flatten(2).index_select(2, i): [B, channels, H * W + 1]\"", examples: Example));
        var errors = ShapeErrors("\"x: [B, channels, H, W]\", \"i = arange(H, like: x).unsqueeze(0)\", \"return x.index_select(2, i)\"");
        Assert.Contains(errors, e => e.Contains("index_select takes a 1-d index", StringComparison.Ordinal));
    }
}
