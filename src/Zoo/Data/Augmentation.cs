namespace Zoo.Data;

/// <summary>
/// Random changes applied to each training image: a random crop (of <see cref="CropHeight"/> x <see cref="CropWidth"/>,
/// default the image's size) from the image padded by <see cref="Padding"/> zero pixels on every side, and a
/// horizontal flip with probability one half. Segmentation masks get the same crop and flip, and padded mask pixels
/// get the data set's ignore index. Normalisation is not an augmentation: loaders always apply it (unless told not to).
/// </summary>
public sealed record Augmentation
{
    /// <summary>No change: what evaluation uses.</summary>
    public static readonly Augmentation None = new();

    /// <summary>The usual small-image recipe: 4-pixel padding with a random crop back to the original size, and flips.</summary>
    public static Augmentation CropAndFlip(int padding = 4) => new() { Padding = padding, HorizontalFlip = true };

    /// <summary>Zero pixels added on every side before cropping.</summary>
    public int Padding { get; init; }

    /// <summary>Mirror left-right with probability one half.</summary>
    public bool HorizontalFlip { get; init; }

    /// <summary>The height of the random crop (null: the image's height).</summary>
    public int? CropHeight { get; init; }

    /// <summary>The width of the random crop (null: the image's width).</summary>
    public int? CropWidth { get; init; }

    /// <summary>True when the augmentation changes nothing.</summary>
    public bool IsIdentity => Padding == 0 && !HorizontalFlip && CropHeight is null && CropWidth is null;

    /// <summary>The shape of an augmented image of <paramref name="input"/>'s shape; checks the crop fits.</summary>
    public ImageShape OutputShape(ImageShape input)
    {
        if (Padding < 0) throw new ArgumentOutOfRangeException(nameof(Padding), Padding, "padding cannot be negative");
        int h = CropHeight ?? input.Height, w = CropWidth ?? input.Width;
        if (h <= 0 || w <= 0 || h > input.Height + 2 * Padding || w > input.Width + 2 * Padding)
            throw new ArgumentException($"A {h}x{w} crop does not fit a {input.Height}x{input.Width} image padded by {Padding}.");
        return input with { Height = h, Width = w };
    }

    public override string ToString() => IsIdentity
        ? "none"
        : string.Join(", ", new[]
        {
            Padding > 0 || CropHeight is not null || CropWidth is not null ? $"random crop{(CropHeight is null && CropWidth is null ? "" : $" {CropHeight}x{CropWidth}")}{(Padding > 0 ? $" (padding {Padding})" : "")}" : null,
            HorizontalFlip ? "horizontal flip" : null,
        }.Where(s => s is not null));
}
