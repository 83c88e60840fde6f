using Zoo.Torch.Interop;

namespace Zoo.Torch;

public static partial class torch
{
    /// <summary>The element type new floating-point tensors get when none is given (float32, as in PyTorch).</summary>
    public static ScalarType default_dtype { get; set; } = ScalarType.Float32;

    /// <summary>The CPU device.</summary>
    public static readonly Device CPU = new(DeviceType.CPU);

    /// <summary>The current CUDA device.</summary>
    public static readonly Device CUDA = new(DeviceType.CUDA);

    /// <summary>Parses <c>"cpu"</c>, <c>"cuda"</c> or <c>"cuda:N"</c>.</summary>
    public static Device device(string description) => Device.Parse(description);

    public const ScalarType float32 = ScalarType.Float32;
    public const ScalarType float64 = ScalarType.Float64;
    public const ScalarType float16 = ScalarType.Float16;
    public const ScalarType bfloat16 = ScalarType.BFloat16;
    public const ScalarType int64 = ScalarType.Int64;
    public const ScalarType int32 = ScalarType.Int32;
    public const ScalarType int16 = ScalarType.Int16;
    public const ScalarType int8 = ScalarType.Int8;
    public const ScalarType uint8 = ScalarType.Byte;
    public const ScalarType @bool = ScalarType.Bool;

    private unsafe delegate IntPtr ShapeFactory(long* shape, int ndim, int dtype, int deviceType, int deviceIndex, int requiresGrad);

    private static unsafe Tensor Create(ShapeFactory factory, ReadOnlySpan<long> size, ScalarType? dtype, Device? device, bool requires_grad)
    {
        var d = device ?? CPU;
        fixed (long* p = size)
            return new Tensor(factory(p, size.Length, (int)(dtype ?? default_dtype), (int)d.type, d.index, requires_grad ? 1 : 0));
    }

    public static unsafe Tensor empty(long[] size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => Create(Native.zoo_empty, size, dtype, device, requires_grad);
    public static unsafe Tensor zeros(long[] size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => Create(Native.zoo_zeros, size, dtype, device, requires_grad);
    public static unsafe Tensor ones(long[] size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => Create(Native.zoo_ones, size, dtype, device, requires_grad);
    public static unsafe Tensor rand(long[] size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => Create(Native.zoo_rand, size, dtype, device, requires_grad);
    public static unsafe Tensor randn(long[] size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => Create(Native.zoo_randn, size, dtype, device, requires_grad);

    public static Tensor empty(params long[] size) => empty(size, null);
    public static Tensor zeros(params long[] size) => zeros(size, null);
    public static Tensor ones(params long[] size) => ones(size, null);
    public static Tensor rand(params long[] size) => rand(size, null);
    public static Tensor randn(params long[] size) => randn(size, null);

    public static unsafe Tensor full(long[] size, Scalar value, ScalarType? dtype = null, Device? device = null, bool requires_grad = false)
    {
        var d = device ?? CPU;
        // PyTorch infers the dtype from the fill value: an integer fill gives int64, a bool fill gives bool.
        var type = dtype ?? (value.IsFloatingPoint ? default_dtype : value.IsBoolean ? ScalarType.Bool : ScalarType.Int64);
        fixed (long* p = size)
            return new Tensor(Native.zoo_full(p, size.Length, value, (int)type, (int)d.type, d.index, requires_grad ? 1 : 0));
    }

    /// <summary>Integers drawn uniformly from [low, high).</summary>
    public static unsafe Tensor randint(long low, long high, long[] size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false)
    {
        var d = device ?? CPU;
        fixed (long* p = size)
            return new Tensor(Native.zoo_randint(low, high, p, size.Length, (int)(dtype ?? ScalarType.Int64), (int)d.type, d.index, requires_grad ? 1 : 0));
    }

    public static Tensor randint(long high, long[] size, ScalarType? dtype = null, Device? device = null) => randint(0, high, size, dtype, device);

    /// <summary>A random permutation of 0..n-1.</summary>
    public static Tensor randperm(long n, ScalarType? dtype = null, Device? device = null)
    {
        var d = device ?? CPU;
        return new Tensor(Native.zoo_randperm(n, (int)(dtype ?? ScalarType.Int64), (int)d.type, d.index, 0));
    }

    /// <summary>Values from <paramref name="start"/> to <paramref name="end"/> (exclusive) by <paramref name="step"/>.
    /// Integer bounds give an int64 tensor, as in PyTorch.</summary>
    public static Tensor arange(Scalar start, Scalar end, Scalar step, ScalarType? dtype = null, Device? device = null, bool requires_grad = false)
    {
        var d = device ?? CPU;
        var type = dtype ?? (start.IsFloatingPoint || end.IsFloatingPoint || step.IsFloatingPoint ? default_dtype : ScalarType.Int64);
        return new Tensor(Native.zoo_arange(start, end, step, (int)type, (int)d.type, d.index, requires_grad ? 1 : 0));
    }

    public static Tensor arange(Scalar start, Scalar end, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        arange(start, end, 1, dtype, device, requires_grad);

    public static Tensor arange(Scalar end, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        arange(0, end, 1, dtype, device, requires_grad);

    public static Tensor linspace(double start, double end, long steps, ScalarType? dtype = null, Device? device = null, bool requires_grad = false)
    {
        var d = device ?? CPU;
        return new Tensor(Native.zoo_linspace(start, end, steps, (int)(dtype ?? default_dtype), (int)d.type, d.index, requires_grad ? 1 : 0));
    }

    public static Tensor eye(long n, long m = -1, ScalarType? dtype = null, Device? device = null, bool requires_grad = false)
    {
        var d = device ?? CPU;
        return new Tensor(Native.zoo_eye(n, m < 0 ? n : m, (int)(dtype ?? default_dtype), (int)d.type, d.index, requires_grad ? 1 : 0));
    }

    private delegate IntPtr LikeFactory(IntPtr t, int dtype, int deviceType, int deviceIndex, int requiresGrad);

    private static Tensor Like(LikeFactory factory, Tensor input, ScalarType? dtype, Device? device, bool requires_grad) =>
        new(factory(input.Handle, dtype is null ? -1 : (int)dtype, device is null ? -1 : (int)device.type, device?.index ?? -1, requires_grad ? 1 : 0));

    public static Tensor empty_like(Tensor input, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => Like(Native.zoo_empty_like, input, dtype, device, requires_grad);
    public static Tensor zeros_like(Tensor input, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => Like(Native.zoo_zeros_like, input, dtype, device, requires_grad);
    public static Tensor ones_like(Tensor input, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => Like(Native.zoo_ones_like, input, dtype, device, requires_grad);
    public static Tensor rand_like(Tensor input, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => Like(Native.zoo_rand_like, input, dtype, device, requires_grad);
    public static Tensor randn_like(Tensor input, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => Like(Native.zoo_randn_like, input, dtype, device, requires_grad);

    public static Tensor full_like(Tensor input, Scalar value, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        new(Native.zoo_full_like(input.Handle, value, dtype is null ? -1 : (int)dtype, device is null ? -1 : (int)device.type, device?.index ?? -1, requires_grad ? 1 : 0));
}
