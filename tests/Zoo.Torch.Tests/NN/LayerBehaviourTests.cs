using Zoo.Torch.Modules;

namespace Zoo.Torch.Tests.NN;

/// <summary>Layers honour the module's mode and keep working after their tensors move or change dtype.</summary>
public class LayerBehaviourTests
{
    [Fact]
    public void Batch_norm_updates_running_statistics_only_in_training_mode()
    {
        using var scope = NewDisposeScope();
        using var bn = nn.BatchNorm2d(2, momentum: 0.5);
        var x = TestData.Normal(5, 4, 2, 3, 3) * 3 + 1;
        bn.call(x);
        Assert.Equal(1L, bn.num_batches_tracked!.item<long>());
        var mean = bn.running_mean!.clone();
        Assert.All(mean.ToArray<float>(), m => Assert.NotEqual(0f, m));

        bn.eval();
        var y = bn.call(x);
        TensorAssert.Equal(mean, bn.running_mean!);
        Assert.Equal(1L, bn.num_batches_tracked.item<long>());
        // Evaluation normalizes with the running statistics.
        TensorAssert.Close(nn.functional.batch_norm(x, bn.running_mean, bn.running_var, bn.weight, bn.bias), y, 1e-6, 1e-6);
    }

    [Fact]
    public void Batch_norm_keeps_working_after_converting_the_module_and_keeps_its_counter_integral()
    {
        using var scope = NewDisposeScope();
        using var bn = nn.BatchNorm2d(3).to(ScalarType.Float64);
        Assert.Equal(ScalarType.Float64, bn.running_mean!.dtype);
        Assert.Equal(ScalarType.Float64, bn.weight!.dtype);
        Assert.Equal(ScalarType.Int64, bn.num_batches_tracked!.dtype);
        var x = TestData.Normal(6, ScalarType.Float64, 4, 3, 2, 2) + 2;
        var y = bn.call(x);
        Assert.Equal(ScalarType.Float64, y.dtype);
        // The update landed in the converted buffers (the module looks them up on every call).
        Assert.All(bn.running_mean.ToArray<double>(), m => Assert.InRange(m, 0.05, 0.4));
        Assert.Equal(1L, bn.num_batches_tracked.item<long>());
    }

    [Fact]
    public void Dropout_is_the_identity_in_evaluation_mode_and_scales_survivors_in_training()
    {
        using var scope = NewDisposeScope();
        using var dropout = nn.Dropout(0.25);
        var x = ones(1000, 10);
        var y = dropout.call(x).ToArray<float>();
        Assert.All(y, v => Assert.True(v == 0f || Math.Abs(v - 1 / 0.75f) < 1e-6, $"{v} is neither dropped nor scaled by 1/(1-p)"));
        Assert.InRange(y.Count(v => v == 0) / (double)y.Length, 0.23, 0.27);
        dropout.eval();
        TensorAssert.Equal(x, dropout.call(x));
    }

    [Fact]
    public void Dropout2d_drops_whole_channels()
    {
        using var scope = NewDisposeScope();
        var y = nn.functional.dropout2d(ones(8, 16, 3, 3), 0.5).ToArray<float>();
        for (int channel = 0; channel < 8 * 16; channel++)
        {
            var values = y.Skip(channel * 9).Take(9).Distinct().ToArray();
            Assert.Single(values);
        }
        Assert.Contains(0f, y);
        Assert.Contains(2f, y);
    }

    [Fact]
    public void Layers_print_their_configuration_as_pytorch_does()
    {
        Assert.Equal("Conv2d(3, 64, kernel_size=(7, 7), stride=(2, 2), padding=(3, 3), bias=False)", nn.Conv2d(3, 64, 7, stride: 2, padding: 3, bias: false).ToString());
        Assert.Equal("BatchNorm1d(5, eps=1e-05, momentum=None, affine=True, track_running_stats=True)", nn.BatchNorm1d(5, momentum: null).ToString());
        Assert.Equal("Upsample(scale_factor=2.0, mode=nearest)", nn.Upsample(scale_factor: new[] { 2.0 }).ToString());
        Assert.Equal("Dropout(p=0.5, inplace=False)", nn.Dropout().ToString());
        Assert.Equal("LeakyReLU(negative_slope=0.01)", nn.LeakyReLU().ToString());
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(1.0, "1.0")]
    [InlineData(2.5e-7, "2.5e-07")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(123456.0, "123456.0")]
    [InlineData(1e16, "1e+16")]
    [InlineData(-0.75, "-0.75")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    public void Floats_print_as_python_repr(double value, string expected) => Assert.Equal(expected, PythonRepr.Float(value));
}
