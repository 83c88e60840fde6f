using Zoo.Torch.Interop;

namespace Zoo.Torch;

public static partial class torch
{
    public partial class Tensor
    {
        public Tensor add(Tensor other, Scalar? alpha = null) => new(Native.zoo_add(Handle, other.Handle, alpha ?? 1));
        public Tensor add(Scalar other, Scalar? alpha = null) => new(Native.zoo_add_scalar(Handle, other, alpha ?? 1));
        public Tensor sub(Tensor other, Scalar? alpha = null) => new(Native.zoo_sub(Handle, other.Handle, alpha ?? 1));
        public Tensor sub(Scalar other, Scalar? alpha = null) => new(Native.zoo_sub_scalar(Handle, other, alpha ?? 1));
        public Tensor mul(Tensor other) => new(Native.zoo_mul(Handle, other.Handle));
        public Tensor mul(Scalar other) => new(Native.zoo_mul_scalar(Handle, other));
        public Tensor div(Tensor other) => new(Native.zoo_div(Handle, other.Handle));
        public Tensor div(Scalar other) => new(Native.zoo_div_scalar(Handle, other));
        public Tensor neg() => new(Native.zoo_neg(Handle));

        public Tensor add_(Tensor other, Scalar? alpha = null) { Native.Check(Native.zoo_add_(Handle, other.Handle, alpha ?? 1)); return this; }
        public Tensor add_(Scalar other, Scalar? alpha = null) { Native.Check(Native.zoo_add_scalar_(Handle, other, alpha ?? 1)); return this; }
        public Tensor sub_(Tensor other, Scalar? alpha = null) { Native.Check(Native.zoo_sub_(Handle, other.Handle, alpha ?? 1)); return this; }
        public Tensor sub_(Scalar other, Scalar? alpha = null) { Native.Check(Native.zoo_sub_scalar_(Handle, other, alpha ?? 1)); return this; }
        public Tensor mul_(Tensor other) { Native.Check(Native.zoo_mul_(Handle, other.Handle)); return this; }
        public Tensor mul_(Scalar other) { Native.Check(Native.zoo_mul_scalar_(Handle, other)); return this; }
        public Tensor div_(Tensor other) { Native.Check(Native.zoo_div_(Handle, other.Handle)); return this; }
        public Tensor div_(Scalar other) { Native.Check(Native.zoo_div_scalar_(Handle, other)); return this; }

        public Tensor zero_() { Native.Check(Native.zoo_zero_(Handle)); return this; }
        public Tensor fill_(Scalar value) { Native.Check(Native.zoo_fill_(Handle, value)); return this; }

        public static Tensor operator +(Tensor a, Tensor b) => a.add(b);
        public static Tensor operator +(Tensor a, Scalar b) => a.add(b);
        public static Tensor operator +(Scalar a, Tensor b) => b.add(a);
        public static Tensor operator -(Tensor a, Tensor b) => a.sub(b);
        public static Tensor operator -(Tensor a, Scalar b) => a.sub(b);
        public static Tensor operator -(Scalar a, Tensor b) => new(Native.zoo_rsub_scalar(b.Handle, a));
        public static Tensor operator *(Tensor a, Tensor b) => a.mul(b);
        public static Tensor operator *(Tensor a, Scalar b) => a.mul(b);
        public static Tensor operator *(Scalar a, Tensor b) => b.mul(a);
        public static Tensor operator /(Tensor a, Tensor b) => a.div(b);
        public static Tensor operator /(Tensor a, Scalar b) => a.div(b);
        public static Tensor operator /(Scalar a, Tensor b) => new(Native.zoo_rdiv_scalar(b.Handle, a));
        public static Tensor operator -(Tensor a) => a.neg();
    }
}
