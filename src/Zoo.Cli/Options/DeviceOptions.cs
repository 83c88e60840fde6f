using System.CommandLine;
using Zoo.Torch;

namespace Zoo.Cli.Options;

/// <summary><c>--device</c> (auto, cpu, cuda, cuda:N) and <c>--threads</c>.</summary>
public sealed class DeviceOptions
{
    public Option<string> Device { get; } = new("--device")
    {
        Description = "auto (CUDA when available), cpu, cuda or cuda:N.",
        HelpName = "device",
        DefaultValueFactory = _ => "auto",
    };

    public Option<int?> Threads { get; } = new Option<int?>("--threads")
    {
        Description = "CPU threads libtorch uses (default: one per core, or $OMP_NUM_THREADS).",
        HelpName = "n",
    }.AtLeast(1);

    public DeviceOptions()
    {
        Device.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (text == "auto") return;
            try
            {
                Zoo.Torch.Device.Parse(text);
            }
            catch (ArgumentException e)
            {
                result.AddError($"--device: {e.Message}");
            }
        });
    }

    public IEnumerable<Option> All => new Option[] { Device, Threads };

    /// <summary>Applies <c>--threads</c> and returns the device, checking that CUDA is there when asked for.</summary>
    public Device Apply(ParseResult parsed)
    {
        if (parsed.GetValue(Threads) is { } threads) torch.set_num_threads(threads);
        var text = parsed.GetValue(Device)!;
        if (text == "auto") return torch.default_device();
        var device = Zoo.Torch.Device.Parse(text);
        if (device.type == DeviceType.CUDA && !torch.cuda.is_available())
            throw new UsageException($"--device {text}: no CUDA device is available (this libtorch {(torch.__version__)} sees none); use --device cpu, or build against a CUDA libtorch (LIBTORCH=...)");
        return device;
    }
}
