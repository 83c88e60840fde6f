using Zoo.Docs;

namespace Zoo.Tests.Docs;

public class BlockTableTests
{
    [Fact]
    public void Every_attention_block_has_a_row_and_residual_units_do_not()
    {
        var page = BlockTable.Generate();
        foreach (var block in new[] { "Se", "Cbam", "Eca", "Bam", "Gsop", "GlobalContext", "SelectiveKernel", "SplitAttention", "TripletAttention" })
            Assert.Contains($"| [{block}](#{block.ToLowerInvariant()}) |", page);
        Assert.DoesNotContain("[BasicBlock]", page);
        Assert.DoesNotContain("[Bottleneck]", page);
    }

    [Fact]
    public void A_row_states_the_input_and_the_measured_parameters_and_MACs()
    {
        // SE(64) at [2, 64, 14, 14]: 580 parameters; fc1 and fc2 are 1x1 convolutions on the pooled [2, 64, 1, 1]:
        // 2 x (64 x 4 + 4 x 64) = 1,024 MACs (the pooling and the scaling are not counted).
        var row = BlockTable.Generate().Split('\n').Single(l => l.StartsWith("| [Se]", StringComparison.Ordinal));
        Assert.Contains("| `Se(channels: 64)` | [2, 64, 14, 14] | 580 | 1,024 |", row);
        Assert.Contains("[Squeeze-and-Excitation Networks](https://arxiv.org/abs/1709.01507) (2018)", row);
        Assert.Contains("| channel |", row);
    }

    [Fact]
    public void Switches_list_enum_and_bool_hyperparameters_default_first()
    {
        var page = BlockTable.Generate();
        var bam = page.Split('\n').Single(l => l.StartsWith("| [Bam]", StringComparison.Ordinal));
        Assert.Contains("`variant`: paper \\| official", bam);
        var triplet = page.Split('\n').Single(l => l.StartsWith("| [TripletAttention]", StringComparison.Ordinal));
        Assert.Contains("`spatial`: true \\| false", triplet);
    }

    [Fact]
    public void The_MACs_of_an_example_count_the_attention_maps_products()
    {
        // GlobalContext(256) at [2, 256, 14, 14]: conv_mask 196·256, the context bmm 256·196, the transform
        // 256·16 + 16·256, per sample.
        var entry = ModelCatalog.Find("GlobalContext");
        var cost = ExampleCost.Measure(entry, entry.Examples[0]);
        Assert.Equal(8753, cost.Parameters);
        Assert.Equal(2 * (196 * 256 + 256 * 196 + 256 * 16 + 16 * 256), cost.MACs);
    }
}
