using System.Runtime.InteropServices;
using Zoo.Torch.Interop;

namespace Zoo.Torch;

public static partial class torch
{
    /// <summary>
    /// An n-dimensional array on a device, with autograd: a managed handle to one native <c>at::Tensor</c>.
    /// </summary>
    /// <remarks>
    /// Every operation returns a new <see cref="Tensor"/> (in-place operations end in <c>_</c> and return <c>this</c>).
    /// Dispose tensors, or create them inside <see cref="NewDisposeScope"/>: the finalizer is a fallback only, and the
    /// garbage collector does not see native memory. This file holds the handle and its lifetime; the operations
    /// live in the other Tensor.*.cs files, one area each.
    /// </remarks>
    public partial class Tensor : IDisposable
    {
        private IntPtr handle;

        internal Tensor(IntPtr handle)
        {
            this.handle = Native.Check(handle);
            TensorCounters.OnCreated();
            DisposeScope.Register(this);
        }

        /// <summary>Wraps a handle returned by the shim, turning a failure (zero) into a <see cref="TorchException"/>.</summary>
        internal static Tensor FromHandle(IntPtr handle) => new(handle);

        /// <summary>The native handle; throws once the tensor is disposed.</summary>
        public IntPtr Handle => handle != IntPtr.Zero
            ? handle
            : throw new ObjectDisposedException(nameof(Tensor), "This tensor was disposed (or freed by its DisposeScope) and can no longer be used.");

        /// <summary>True once the native tensor has been freed.</summary>
        public bool IsInvalid => handle == IntPtr.Zero;

        internal DisposeScope? OwningScope { get; set; }

        /// <summary>Hands this tensor to the enclosing dispose scope (or to nobody) and returns it.</summary>
        public Tensor MoveToOuterDisposeScope()
        {
            OwningScope?.MoveToOuter(this);
            return this;
        }

        /// <summary>Takes this tensor out of its dispose scope: the caller now owns it.</summary>
        public Tensor DetachFromDisposeScope()
        {
            OwningScope = null;
            return this;
        }

        public void Dispose()
        {
            Free();
            GC.SuppressFinalize(this);
        }

        ~Tensor() => Free();

        private void Free()
        {
            var h = Interlocked.Exchange(ref handle, IntPtr.Zero);
            if (h == IntPtr.Zero) return;
            Native.zoo_tensor_free(h);
            TensorCounters.OnFreed();
        }

        // ---- metadata --------------------------------------------------------------------------------------

        /// <summary>The size of every dimension.</summary>
        public unsafe long[] shape
        {
            get
            {
                Span<long> buffer = stackalloc long[16];
                int n;
                fixed (long* p = buffer) n = Native.zoo_tensor_shape(Handle, p, buffer.Length);
                Native.Check(n);
                if (n <= buffer.Length) return buffer[..n].ToArray();
                var sizes = new long[n];
                fixed (long* p = sizes) Native.Check(Native.zoo_tensor_shape(Handle, p, n));
                return sizes;
            }
        }

        /// <summary>The stride (in elements) of every dimension.</summary>
        public unsafe long[] stride()
        {
            int n = (int)ndim;
            var strides = new long[n];
            fixed (long* p = strides) Native.Check(Native.zoo_tensor_strides(Handle, p, n));
            return strides;
        }

        /// <summary>The size of one dimension (negative counts from the end).</summary>
        public long size(long dim)
        {
            long n = Native.zoo_tensor_size(Handle, dim);
            if (n < 0) throw new TorchException(Native.LastError());
            return n;
        }

        public long[] size() => shape;

        public long ndim => Native.zoo_tensor_ndim(Handle) is var n and >= 0 ? n : throw new TorchException(Native.LastError());
        public long dim() => ndim;
        public long numel() => Native.zoo_tensor_numel(Handle) is var n and >= 0 ? n : throw new TorchException(Native.LastError());
        public long NumberOfElements => numel();
        public ScalarType dtype => (ScalarType)Native.zoo_tensor_dtype(Handle);
        public long element_size() => Native.zoo_tensor_element_size(Handle);
        public bool is_contiguous() => Native.zoo_tensor_is_contiguous(Handle) == 1;

        public Device device => new((DeviceType)Native.zoo_tensor_device_type(Handle), Native.zoo_tensor_device_index(Handle));
        public DeviceType device_type => (DeviceType)Native.zoo_tensor_device_type(Handle);
        public bool is_cuda => device_type == DeviceType.CUDA;

        // ---- autograd state ------------------------------------------------------------------------------

        /// <summary>Whether autograd records operations on this tensor.</summary>
        public bool requires_grad
        {
            get => Native.zoo_tensor_requires_grad(Handle) == 1;
            set => Native.Check(Native.zoo_tensor_set_requires_grad(Handle, value ? 1 : 0));
        }

        /// <summary>Sets <see cref="requires_grad"/> in place and returns this tensor.</summary>
        public Tensor requires_grad_(bool requires_grad = true)
        {
            this.requires_grad = requires_grad;
            return this;
        }

        public bool is_leaf => Native.zoo_tensor_is_leaf(Handle) == 1;

        /// <summary>The accumulated gradient, or null before any backward pass has reached this tensor.</summary>
        public Tensor? grad
        {
            get
            {
                Native.Check(Native.zoo_tensor_grad(Handle, out var g));
                return g == IntPtr.Zero ? null : new Tensor(g);
            }
            set => Native.Check(Native.zoo_tensor_set_grad(Handle, value?.Handle ?? IntPtr.Zero));
        }

        /// <summary>The name of the autograd node that produced this tensor (<c>"AddmmBackward0"</c>), or null for a leaf.</summary>
        public unsafe string? grad_fn
        {
            get
            {
                byte* buffer = stackalloc byte[256];
                Native.Check(Native.zoo_tensor_grad_fn_name(Handle, buffer, 256));
                var name = Marshal.PtrToStringUTF8((IntPtr)buffer);
                return string.IsNullOrEmpty(name) ? null : name;
            }
        }

        // ---- conversions and copies ----------------------------------------------------------------------

        public Tensor to(ScalarType type, bool non_blocking = false, bool copy = false) => to(type, device, non_blocking, copy);
        public Tensor to(Device device, bool non_blocking = false, bool copy = false) => to(dtype, device, non_blocking, copy);

        public Tensor to(ScalarType type, Device device, bool non_blocking = false, bool copy = false) =>
            new(Native.zoo_tensor_to(Handle, (int)type, (int)device.type, device.index, non_blocking ? 1 : 0, copy ? 1 : 0));

        public Tensor to(Tensor other) => to(other.dtype, other.device);
        public Tensor cpu() => to(new Device(DeviceType.CPU));
        public Tensor cuda(int index = -1) => to(new Device(DeviceType.CUDA, index));
        public Tensor type(ScalarType type) => to(type);
        public Tensor @float() => to(ScalarType.Float32);
        public Tensor @double() => to(ScalarType.Float64);
        public Tensor @long() => to(ScalarType.Int64);
        public Tensor @int() => to(ScalarType.Int32);
        public Tensor @bool() => to(ScalarType.Bool);
        public Tensor half() => to(ScalarType.Float16);
        public Tensor bfloat16() => to(ScalarType.BFloat16);

        /// <summary>A tensor sharing this one's data, cut off from the autograd graph.</summary>
        public Tensor detach() => new(Native.zoo_tensor_detach(Handle));

        public Tensor detach_()
        {
            Native.Check(Native.zoo_tensor_detach_(Handle));
            return this;
        }

        public Tensor clone() => new(Native.zoo_tensor_clone(Handle));
        public Tensor contiguous() => new(Native.zoo_tensor_contiguous(Handle));

        /// <summary>A second handle to the same tensor (same data, same autograd identity), owned separately.</summary>
        public Tensor alias() => new(Native.zoo_tensor_alias(Handle));

        /// <summary>Copies <paramref name="source"/> into this tensor (broadcasting, converting dtype and device).</summary>
        public Tensor copy_(Tensor source, bool non_blocking = false)
        {
            Native.Check(Native.zoo_tensor_copy_(Handle, source.Handle, non_blocking ? 1 : 0));
            return this;
        }

        /// <summary>Makes this handle point at <paramref name="source"/>'s data (autograd identity is kept).</summary>
        public void set_data(Tensor source) => Native.Check(Native.zoo_tensor_set_data(Handle, source.Handle));
    }
}
