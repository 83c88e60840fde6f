namespace Zoo.Torch.Tests.Errors;

/// <summary>Device mistakes are managed exceptions with libtorch's explanation, on CPU-only and CUDA builds alike.</summary>
public class DeviceErrorTests
{
    [Fact]
    public void Using_a_device_the_build_or_machine_lacks_or_mixing_devices_throws_a_readable_error()
    {
        using var scope = NewDisposeScope();
        var onCpu = ones(2, 2);
        if (!cuda.is_available())
        {
            // A CPU-only libtorch (Debian's) cannot place a tensor on CUDA at all.
            var error = Assert.Throws<TorchException>(() => onCpu.to(CUDA));
            Assert.Contains("CUDA", error.Message, StringComparison.OrdinalIgnoreCase);
            Assert.Throws<TorchException>(() => zeros(new long[] { 2 }, device: CUDA));
        }
        else
        {
            var onGpu = ones(new long[] { 2, 2 }, device: CUDA);
            var error = Assert.Throws<TorchException>(() => onCpu.matmul(onGpu));
            Assert.Contains("device", error.Message, StringComparison.OrdinalIgnoreCase);
        }
        // The process and the tensor are still fine.
        Assert.Equal(4f, onCpu.sum().item<float>());
    }

    [Theory]
    [InlineData("gpu")]
    [InlineData("cuda:x")]
    [InlineData("cuda:0:1")]
    public void A_malformed_device_name_is_an_argument_error_that_shows_the_valid_forms(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => Device.Parse(name));
        Assert.Contains("cuda", error.Message);
    }

    [Fact]
    public void Device_names_parse_as_pytorch_spells_them()
    {
        Assert.Equal(new Device(DeviceType.CPU), Device.Parse("cpu"));
        Assert.Equal(new Device(DeviceType.CUDA, 1), Device.Parse("cuda:1"));
        Assert.Equal("cuda:1", Device.Parse("CUDA:1").ToString());
    }
}
