using Zoo.Cli.Models;
using Zoo.Data;
using Zoo.Torch;
using static Zoo.Torch.torch;

namespace Zoo.Cli.Tests;

public sealed class ModelTextTests
{
    private static readonly ModelBinder Binder = ModelBinder.Default;

    [Theory]
    [InlineData("resnet50", null, "resnet50")]
    [InlineData(" resnet50( num_classes : 10 ) ", null, "resnet50(num_classes: 10)")]
    [InlineData("ResNet(block: Bottleneck(groups: 32, base_width: 4), layers: [3,4,6,3], attention: Se)", null,
        "ResNet(block: Bottleneck(groups: 32, base_width: 4), layers: [3, 4, 6, 3], attention: Se)")]
    [InlineData("my-se.v2=resnet50(attention: Se(reduction: 8))", "my-se.v2", "resnet50(attention: Se(reduction: 8))")]
    [InlineData("Bam(variant: 'official', dilation: -4, x: 1e-3, y: null, z: true)", null, "Bam(variant: 'official', dilation: -4, x: 1e-3, y: null, z: true)")]
    public void Model_texts_parse_and_print_back(string text, string? label, string printed)
    {
        var request = ModelRequest.Parse(text);
        Assert.Equal(printed, request.Model.ToString());
        Assert.Equal(label ?? printed, request.Label);
        // What prints parses back to the same text.
        Assert.Equal(printed, ModelRequest.Parse(printed).Model.ToString());
    }

    [Theory]
    [InlineData("resnet50(", "expected a hyperparameter name")]
    [InlineData("resnet50(10)", "expected a hyperparameter name")]
    [InlineData("resnet50(num_classes 10)", "expected ':' after 'num_classes'")]
    [InlineData("resnet50) ", "unexpected ')' at column 9")]
    [InlineData("=resnet50", "a label (before '=') is letters")]
    [InlineData("resnet50(attention: 'Se)", "the string has no closing '")]
    [InlineData("resnet50(x: 1.2.3)", "'1.2.3' is not a number")]
    [InlineData("[1]", "expected a model name")]
    public void Malformed_model_texts_say_where(string text, string expected)
    {
        var error = Assert.Throws<UsageException>(() => ModelRequest.Parse(text));
        Assert.Contains(expected, error.Message);
        Assert.StartsWith("'", error.Message);
    }

    [Fact]
    public void Values_are_converted_to_each_hyperparameters_type()
    {
        var entry = Binder.Find("ResNet");
        var arguments = Binder.Bind(entry, ModelRequest.Parse("ResNet(block: Bottleneck(groups: 32), layers: [1, 2, 1, 1], num_classes: 7, attention: Cbam(reduction: 8))").Model.ArgumentsOrEmpty);

        Assert.Equal(new long[] { 1, 2, 1, 1 }, arguments.Ints("layers"));
        Assert.Equal(7, arguments.Int("num_classes"));
        var block = arguments.Block("block");
        Assert.Equal("Bottleneck", block.Spec);
        Assert.Equal(4L, block.IntConstant("expansion")); // a ResNet reads the unit's constants through the reference
        Assert.Equal(32, block.Bound.Int("groups"));
        Assert.Equal(8, arguments.Block("attention").Bound.Int("reduction"));
    }

    [Fact]
    public void Enum_values_become_the_generated_enum_and_floats_take_ints()
    {
        var bam = Binder.Bind(Binder.Find("Bam"), new[] { new NamedValue("variant", ValueParser.ParseValue("official")) });
        var gc = Binder.Bind(Binder.Find("GlobalContext"), new[] { new NamedValue("ratio", ValueParser.ParseValue("1")) });

        Assert.Equal("Official", bam.Single().Value.ToString());
        Assert.Equal(typeof(Zoo.Blocks.Bam.Variant), bam.Single().Value.GetType());
        Assert.Equal(1.0, gc.Float("ratio"));
    }

    [Fact]
    public void A_model_built_from_text_has_the_hyperparameters_it_names()
    {
        using var model = Binder.Create(ModelRequest.Parse("ResNet(block: BasicBlock, layers: [1, 1, 1, 1], num_classes: 3, attention: Se(reduction: 8))").Model);
        var resnet = Assert.IsType<Zoo.Networks.ResNet>(model);
        Assert.Equal(3, resnet.num_classes);
        Assert.Equal("Se(reduction: 8)", resnet.attention!.ToString());
        using var output = model.call(zeros(2, 3, 32, 32));
        Assert.Equal(new long[] { 2, 3 }, output.shape);
    }

    [Fact]
    public void A_constraint_of_the_spec_is_a_usage_error_naming_the_model()
    {
        var error = Assert.Throws<UsageException>(() => Binder.Create(ModelRequest.Parse("Cbam(channels: 16, kernel_size: 4)").Model));
        Assert.Equal("Cbam: kernel_size must be odd, got 4.", error.Message);
    }

    [Fact]
    public void The_data_decides_in_channels_and_num_classes_unless_they_are_given()
    {
        var marks = new MatchingMarksDataset(Split.Train, 4);
        var head = ModelRequest.Parse("DanetHead").For(marks, Binder);
        Assert.Equal("DanetHead(in_channels: 1, num_classes: 2)", head.Model.ToString());
        Assert.Equal("DanetHead", head.Label);

        var given = ModelRequest.Parse("DanetHead(num_classes: 5)").For(marks, Binder);
        Assert.Equal("DanetHead(num_classes: 5, in_channels: 1)", given.Model.ToString());

        // A preset that fixes neither: resnet18 leaves num_classes open but has no in_channels.
        Assert.Equal("resnet18(num_classes: 2)", ModelRequest.Parse("resnet18").For(marks, Binder).Model.ToString());
    }

    [Theory]
    [InlineData("resnt18", "resnet18")]
    [InlineData("RESNET18", "resnet18")]
    [InlineData("cbm", "Cbam")]
    [InlineData("se_resnet", "se_resnet50")]
    public void Close_names_are_suggested(string typed, string expected) =>
        Assert.Contains(expected, ClosestNames.Of(typed, ModelCatalog.All.Select(e => e.Name)));

    [Fact]
    public void Nothing_is_suggested_for_a_name_far_from_all()
    {
        Assert.Empty(ClosestNames.Of("transformer", ModelCatalog.All.Select(e => e.Name)));
        Assert.Equal(1, ClosestNames.Distance("ab", "ba"));
        Assert.Equal(3, ClosestNames.Distance("kitten", "sitting"));
    }
}
