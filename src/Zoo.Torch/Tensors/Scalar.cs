using System.Runtime.InteropServices;

namespace Zoo.Torch;

/// <summary>
/// A number as libtorch sees it: a double, an integer or a bool. Integers stay integers, so <c>x * 2</c> keeps an
/// integer tensor integral and a float tensor float, exactly as in PyTorch.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public readonly struct Scalar
{
    internal readonly long bits;
    internal readonly int kind; // 0 double, 1 int64, 2 bool (matches ZooScalar in the shim)

    private Scalar(long bits, int kind)
    {
        this.bits = bits;
        this.kind = kind;
    }

    public static implicit operator Scalar(double value) => new(BitConverter.DoubleToInt64Bits(value), 0);
    public static implicit operator Scalar(float value) => new(BitConverter.DoubleToInt64Bits(value), 0);
    public static implicit operator Scalar(long value) => new(value, 1);
    public static implicit operator Scalar(int value) => new(value, 1);
    public static implicit operator Scalar(bool value) => new(value ? 1 : 0, 2);

    public bool IsFloatingPoint => kind == 0;
    public bool IsIntegral => kind == 1;
    public bool IsBoolean => kind == 2;

    public double ToDouble() => kind == 0 ? BitConverter.Int64BitsToDouble(bits) : bits;
    public long ToInt64() => kind == 0 ? (long)BitConverter.Int64BitsToDouble(bits) : bits;
    public bool ToBoolean() => kind == 0 ? BitConverter.Int64BitsToDouble(bits) != 0 : bits != 0;

    public override string ToString() => kind switch
    {
        0 => ToDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        1 => bits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => bits != 0 ? "True" : "False",
    };
}
