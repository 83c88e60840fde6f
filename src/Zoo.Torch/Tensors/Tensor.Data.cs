using System.Runtime.InteropServices;
using Zoo.Torch.Interop;

namespace Zoo.Torch;

public static partial class torch
{
    public partial class Tensor
    {
        /// <summary>The value of a one-element tensor. <typeparamref name="T"/> must match the tensor's dtype.</summary>
        public T item<T>() where T : unmanaged
        {
            var expected = ScalarTypeExtensions.Of<T>();
            if (dtype != expected)
                throw new InvalidOperationException(
                    $"item<{typeof(T).Name}>() on a tensor of dtype {dtype.TorchName()}: use item<{ClrName(dtype)}>() or convert with .to({expected.TorchName()}).");
            long n = numel();
            if (n != 1)
                throw new InvalidOperationException($"item() needs a tensor with one element; this one has shape {ShapeString(shape)} ({n} elements).");
            return ToArray<T>()[0];
        }

        /// <summary>A copy of every element, in row-major order, as an array of <typeparamref name="T"/> (the dtype must match).</summary>
        public unsafe T[] ToArray<T>() where T : unmanaged
        {
            var expected = ScalarTypeExtensions.Of<T>();
            if (dtype != expected)
                throw new InvalidOperationException(
                    $"ToArray<{typeof(T).Name}>() on a tensor of dtype {dtype.TorchName()}: convert first with .to({expected.TorchName()}).");
            var result = new T[numel()];
            fixed (T* p = result)
                Native.Check(Native.zoo_tensor_copy_to(Handle, p, (long)result.Length * sizeof(T)));
            return result;
        }

        /// <summary>The elements as a read-only accessor (a copy taken now), as TorchSharp's <c>data&lt;T&gt;()</c>.</summary>
        public TensorAccessor<T> data<T>() where T : unmanaged => new(ToArray<T>(), shape);

        /// <summary>A one-element tensor's value as a double, whatever its dtype.</summary>
        public double ToDouble() => ItemScalar().ToDouble();

        /// <summary>A one-element tensor's value as a long, whatever its dtype.</summary>
        public long ToInt64() => ItemScalar().ToInt64();

        public float ToSingle() => (float)ToDouble();

        /// <summary>A one-element tensor's value as a bool, whatever its dtype.</summary>
        public bool ToBoolean() => ItemScalar().ToBoolean();

        internal Scalar ItemScalar()
        {
            Native.Check(Native.zoo_tensor_item(Handle, out var value));
            return value;
        }

        private static string ClrName(ScalarType type) => type switch
        {
            ScalarType.Float32 => "float",
            ScalarType.Float64 => "double",
            ScalarType.Int64 => "long",
            ScalarType.Int32 => "int",
            ScalarType.Int16 => "short",
            ScalarType.Int8 => "sbyte",
            ScalarType.Byte => "byte",
            ScalarType.Bool => "bool",
            ScalarType.Float16 => "Half",
            _ => type.ToString(),
        };

        internal static string ShapeString(ReadOnlySpan<long> shape) => "[" + string.Join(", ", shape.ToArray()) + "]";
    }

    /// <summary>A copy of a tensor's elements with its shape: index with a flat or a multi-dimensional index.</summary>
    public sealed class TensorAccessor<T> : IEnumerable<T> where T : unmanaged
    {
        private readonly T[] values;
        private readonly long[] shape;

        internal TensorAccessor(T[] values, long[] shape)
        {
            this.values = values;
            this.shape = shape;
        }

        public long Count => values.LongLength;
        public T this[long flatIndex] => values[flatIndex];

        public T this[params long[] index]
        {
            get
            {
                if (index.Length != shape.Length)
                    throw new ArgumentException($"Expected {shape.Length} indices for shape {Tensor.ShapeString(shape)}, got {index.Length}.");
                long flat = 0;
                for (int i = 0; i < index.Length; i++)
                {
                    long k = index[i] < 0 ? index[i] + shape[i] : index[i];
                    if (k < 0 || k >= shape[i]) throw new IndexOutOfRangeException($"Index {index[i]} is out of range for dimension {i} of size {shape[i]}.");
                    flat = flat * shape[i] + k;
                }
                return values[flat];
            }
        }

        public T[] ToArray() => (T[])values.Clone();
        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)values).GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => values.GetEnumerator();
    }

    // ---- tensors from .NET data ----------------------------------------------------------------------------

    /// <summary>A new tensor holding a copy of <paramref name="data"/>, with the given shape (default: one dimension).</summary>
    public static unsafe Tensor tensor<T>(T[] data, long[]? shape = null, ScalarType? dtype = null, Device? device = null, bool requires_grad = false)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(data);
        shape ??= new long[] { data.Length };
        var d = device ?? CPU;
        var stored = ScalarTypeExtensions.Of<T>();
        Tensor result;
        fixed (T* src = data)
        fixed (long* s = shape)
            result = new Tensor(Native.zoo_tensor_from_data(src, (long)data.Length * sizeof(T), s, shape.Length, (int)stored,
                (int)d.type, d.index, requires_grad && dtype is null ? 1 : 0));
        if (dtype is { } wanted && wanted != stored)
        {
            using var typed = result;
            result = typed.to(wanted);
            if (requires_grad) result.requires_grad = true;
        }
        return result;
    }

    public static Tensor tensor<T>(T[] data, params long[] shape) where T : unmanaged => tensor(data, shape, null);

    /// <summary>A tensor from a rectangular 2-D array.</summary>
    public static Tensor tensor<T>(T[,] data, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) where T : unmanaged
    {
        var flat = new T[data.Length];
        int k = 0;
        foreach (var v in data) flat[k++] = v;
        return tensor(flat, new long[] { data.GetLength(0), data.GetLength(1) }, dtype, device, requires_grad);
    }

    /// <summary>A zero-dimensional tensor holding one value.</summary>
    public static Tensor tensor(float value, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => tensor(new[] { value }, Array.Empty<long>(), dtype, device, requires_grad);
    public static Tensor tensor(double value, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => tensor(new[] { value }, Array.Empty<long>(), dtype, device, requires_grad);
    public static Tensor tensor(long value, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => tensor(new[] { value }, Array.Empty<long>(), dtype, device, requires_grad);
    public static Tensor tensor(int value, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => tensor(new[] { value }, Array.Empty<long>(), dtype, device, requires_grad);
    public static Tensor tensor(bool value, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => tensor(new[] { value }, Array.Empty<long>(), dtype, device, requires_grad);

    /// <summary>
    /// A CPU tensor that shares memory with <paramref name="data"/> (no copy): writes through either are seen by both.
    /// The array stays pinned until the tensor's storage is released.
    /// </summary>
    public static unsafe Tensor from_array<T>(T[] data, params long[] shape) where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(data);
        if (shape.Length == 0) shape = new long[] { data.Length };
        long count = 1;
        foreach (var s in shape) count *= s;
        if (count != data.Length)
            throw new ArgumentException($"from_array: shape {Tensor.ShapeString(shape)} holds {count} elements, the array {data.Length}.", nameof(shape));
        var pin = GCHandle.Alloc(data, GCHandleType.Pinned);
        try
        {
            fixed (long* s = shape)
                return new Tensor(Native.zoo_tensor_from_blob((void*)pin.AddrOfPinnedObject(), s, shape.Length,
                    (int)ScalarTypeExtensions.Of<T>(), &ReleasePin, GCHandle.ToIntPtr(pin)));
        }
        catch
        {
            pin.Free();
            throw;
        }
    }

    [UnmanagedCallersOnly]
    private static void ReleasePin(IntPtr context) => GCHandle.FromIntPtr(context).Free();
}
