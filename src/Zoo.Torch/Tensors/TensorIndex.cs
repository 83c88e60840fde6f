using System.Globalization;
using Zoo.Torch.Interop;

namespace Zoo.Torch;

/// <summary>
/// One entry of an index expression, as Python writes them inside <c>x[...]</c>: an integer (<c>x[1]</c>, <c>x[^1]</c>),
/// a slice (<c>x[1..^1]</c>, <see cref="Slice"/>), <see cref="Ellipsis"/> (<c>...</c>), <see cref="None"/> (a new
/// dim of size 1), a bool, or a tensor of indices or a bool mask.
/// </summary>
/// <example><c>x[TensorIndex.Ellipsis, 0]</c>, <c>x[.., 1..3]</c>, <c>x[TensorIndex.None, mask]</c>, <c>x[TensorIndex.Slice(step: 2)]</c></example>
public readonly struct TensorIndex
{
    private enum Kind { Invalid, None, Ellipsis, Integer, Boolean, Slice, Tensor }

    private readonly Kind kind;
    private readonly long start, stop, step;
    private readonly bool hasStart, hasStop, hasStep;
    private readonly torch.Tensor? tensor;

    private TensorIndex(Kind kind, long start = 0, long stop = 0, long step = 0, bool hasStart = false, bool hasStop = false,
        bool hasStep = false, torch.Tensor? tensor = null)
    {
        this.kind = kind;
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.hasStart = hasStart;
        this.hasStop = hasStop;
        this.hasStep = hasStep;
        this.tensor = tensor;
    }

    /// <summary>Python's <c>None</c>: inserts a dim of size 1.</summary>
    public static TensorIndex None => new(Kind.None);

    /// <summary>Python's <c>...</c>: as many full slices as needed.</summary>
    public static TensorIndex Ellipsis => new(Kind.Ellipsis);

    /// <summary>Python's <c>:</c>: every element of a dim.</summary>
    public static TensorIndex Colon => new(Kind.Slice);

    /// <summary>Python's <c>start:stop:step</c>; negative bounds count from the end, absent ones mean the whole range.</summary>
    public static TensorIndex Slice(long? start = null, long? stop = null, long? step = null) =>
        new(Kind.Slice, start.GetValueOrDefault(), stop.GetValueOrDefault(), step.GetValueOrDefault(), start.HasValue, stop.HasValue, step.HasValue);

    /// <summary>One element of a dim (the dim is removed); negative counts from the end.</summary>
    public static TensorIndex Single(long index) => new(Kind.Integer, index);

    public static TensorIndex Bool(bool value) => new(Kind.Boolean, value ? 1 : 0);

    /// <summary>A tensor of int64 indices, or a bool mask.</summary>
    public static TensorIndex Tensor(torch.Tensor index) => new(Kind.Tensor, tensor: index ?? throw new ArgumentNullException(nameof(index)));

    public static implicit operator TensorIndex(long index) => Single(index);
    public static implicit operator TensorIndex(int index) => Single(index);
    public static implicit operator TensorIndex(bool value) => Bool(value);
    public static implicit operator TensorIndex(torch.Tensor index) => Tensor(index);

    /// <summary><c>^1</c> is the last element, as Python's <c>-1</c>.</summary>
    public static implicit operator TensorIndex(Index index) => index.IsFromEnd
        ? index.Value > 0 ? Single(-index.Value) : throw new ArgumentOutOfRangeException(nameof(index), "^0 is past the last element.")
        : Single(index.Value);

    /// <summary><c>a..b</c> is Python's <c>a:b</c>; <c>^k</c> counts from the end and <c>^0</c> is the end.</summary>
    public static implicit operator TensorIndex(Range range)
    {
        var (s, e) = (range.Start, range.End);
        return new(Kind.Slice, Bound(s), Bound(e), 1, hasStart: !s.Equals(Index.Start), hasStop: !e.Equals(Index.End));
    }

    /// <summary>A range bound as a Python slice bound; <c>^0</c> (the end) becomes a bound past any dim.</summary>
    private static long Bound(Index index) => !index.IsFromEnd ? index.Value : index.Value > 0 ? -index.Value : PastTheEnd;

    // Larger than any dim, and small enough for libtorch 2's SymInt slice bounds (which cannot hold INT64_MAX).
    private const long PastTheEnd = 1L << 60;

    /// <summary>The descriptor the native shim reads.</summary>
    internal NativeIndex ToNative() => kind switch
    {
        Kind.Invalid => throw new ArgumentException("default(TensorIndex) is not an index: use an integer, a range, a tensor, TensorIndex.None, .Ellipsis or .Slice(...)."),
        _ => new NativeIndex
        {
            kind = (int)kind - 1,
            flags = (hasStart ? 1 : 0) | (hasStop ? 2 : 0) | (hasStep ? 4 : 0),
            start = start,
            stop = stop,
            step = step,
            tensor = kind == Kind.Tensor ? tensor!.Handle : IntPtr.Zero,
        },
    };

    /// <summary>Python's spelling: <c>None</c>, <c>...</c>, <c>3</c>, <c>1:-1:2</c>, <c>tensor</c>.</summary>
    public override string ToString() => kind switch
    {
        Kind.None => "None",
        Kind.Ellipsis => "...",
        Kind.Integer => start.ToString(CultureInfo.InvariantCulture),
        Kind.Boolean => start != 0 ? "True" : "False",
        Kind.Slice => $"{(hasStart ? start.ToString(CultureInfo.InvariantCulture) : "")}:{(hasStop ? stop.ToString(CultureInfo.InvariantCulture) : "")}" +
                      (hasStep ? ":" + step.ToString(CultureInfo.InvariantCulture) : ""),
        Kind.Tensor => "tensor",
        _ => "invalid",
    };
}
