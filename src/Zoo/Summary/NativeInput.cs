namespace Zoo.Summary;

/// <summary>
/// The input a catalog model is measured on when none is given (by <c>zoo summary</c> and docs/models.md): one image
/// of the size the model is made for. A network takes 224x224 images (ImageNet's size) unless its first example is a
/// 32x32 or smaller one (the CIFAR networks'); the specs state their ImageNet examples at 64x64 only to keep the tests
/// fast. A block takes its first example's input.
/// </summary>
public static class NativeInput
{
    /// <summary>The size ImageNet networks are measured at.</summary>
    public const long ImageNetSize = 224;

    /// <summary>The input shapes, or an exception naming the model when it has no example to take them from.</summary>
    public static IReadOnlyList<long[]> For(ModelEntry entry)
    {
        var example = entry.Examples.FirstOrDefault()
            ?? throw new ArgumentException($"{entry.Name} has no example to take an input shape from: give one (--input 1x3x224x224).");
        if (entry.Kind != "network") return example.Inputs;
        return example.Inputs.Select(shape =>
        {
            var image = shape.ToArray();
            image[0] = 1;
            bool small = image.Length == 4 && image[2] <= 32 && image[3] <= 32;
            if (image.Length == 4 && !small) image[2] = image[3] = ImageNetSize;
            return image;
        }).ToList();
    }
}
