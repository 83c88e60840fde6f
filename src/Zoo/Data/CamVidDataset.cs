using Zoo.Torch.Imaging;

namespace Zoo.Data;

/// <summary>
/// CamVid street scenes for semantic segmentation, in the layout of the common SegNet release: folders
/// <c>train/</c>, <c>val/</c>, <c>test/</c> of RGB PNG images and <c>trainannot/</c>, <c>valannot/</c>,
/// <c>testannot/</c> of 8-bit label PNGs with the same file names (one class index per pixel, 11 = void, ignored).
/// PNGs are decoded by stb_image in the native shim when a sample is read (on the loader's threads), optionally
/// reduced by an integer factor and kept in memory.
/// </summary>
public sealed class CamVidDataset : Dataset
{
    /// <summary>The mask value of unlabelled (void) pixels, ignored in the loss and in mIoU.</summary>
    public const int Void = 11;

    public static readonly IReadOnlyList<string> DefaultClasses = new[]
    {
        "Sky", "Building", "Pole", "Road", "Pavement", "Tree", "SignSymbol", "Fence", "Car", "Pedestrian", "Bicyclist",
    };

    /// <summary>Pixel statistics of the 150 training images of the CamVid subset (measured by the tests).</summary>
    public static readonly ChannelStats Stats = new(new[] { 0.3979f, 0.4142f, 0.4214f }, new[] { 0.3041f, 0.3066f, 0.3073f });

    private readonly (string image, string label)[] files;
    private readonly int factor;
    private readonly byte[]?[]? cachedImages;
    private readonly byte[]?[]? cachedMasks;

    private CamVidDataset(string name, (string, string)[] files, ImageShape shape, int factor, bool cache)
    {
        Name = name;
        this.files = files;
        Shape = shape;
        this.factor = factor;
        if (cache)
        {
            cachedImages = new byte[files.Length][];
            cachedMasks = new byte[files.Length][];
        }
    }

    public override string Name { get; }
    public override int Count => files.Length;
    public override ImageShape Shape { get; }
    public override TaskKind Task => TaskKind.Segmentation;
    public override IReadOnlyList<string> ClassNames => DefaultClasses;
    public override int IgnoreIndex => Void;
    public override ChannelStats Normalization => Stats;

    /// <summary>The image and label files of every sample.</summary>
    public IReadOnlyList<(string image, string label)> Files => files;

    /// <summary>
    /// Opens a split under <paramref name="root"/>. <paramref name="downscale"/> divides both sides (images by
    /// averaging blocks, masks by taking each block's centre pixel); <paramref name="cache"/> keeps decoded samples.
    /// </summary>
    public static CamVidDataset Load(string root, Split split, int downscale = 1, bool cache = false)
    {
        if (downscale < 1) throw new ArgumentOutOfRangeException(nameof(downscale), downscale, "1 (full size) or more");
        string folder = split switch { Split.Train => "train", Split.Validation => "val", _ => "test" };
        var imageFolder = Path.Combine(root, folder);
        var labelFolder = Path.Combine(root, folder + "annot");
        if (!Directory.Exists(imageFolder) || !Directory.Exists(labelFolder))
            throw new DirectoryNotFoundException($"CamVid: '{imageFolder}' and '{labelFolder}' must both exist (the SegNet layout: {folder}/ and {folder}annot/).");
        var images = Directory.GetFiles(imageFolder, "*.png");
        if (images.Length == 0) throw new FileNotFoundException($"CamVid: no PNG image in '{imageFolder}'.");
        Array.Sort(images, StringComparer.Ordinal);
        var pairs = new (string, string)[images.Length];
        for (int i = 0; i < images.Length; i++)
        {
            var label = Path.Combine(labelFolder, Path.GetFileName(images[i]));
            if (!File.Exists(label)) throw new FileNotFoundException($"CamVid: the image '{images[i]}' has no label file '{label}'.", label);
            pairs[i] = (images[i], label);
        }
        var info = ImageCodec.ReadInfo(File.ReadAllBytes(images[0]));
        if (info.Width < downscale || info.Height < downscale)
            throw new ArgumentOutOfRangeException(nameof(downscale), downscale, $"larger than the {info.Width}x{info.Height} images");
        var shape = new ImageShape(3, info.Height / downscale, info.Width / downscale);
        return new CamVidDataset($"camvid/{folder}", pairs, shape, downscale, cache);
    }

    public override int Read(int index, Span<byte> image, Span<byte> mask)
    {
        CheckIndex(index);
        if (cachedImages is not null && Volatile.Read(ref cachedImages[index]) is { } cached)
        {
            cached.CopyTo(image);
            cachedMasks![index]!.CopyTo(mask);
            return -1;
        }

        var (imagePath, labelPath) = files[index];
        var rgb = ImageCodec.Load(imagePath, channels: 3);
        var label = ImageCodec.Load(labelPath, channels: 1);
        if (rgb.Width != label.Width || rgb.Height != label.Height)
            throw new InvalidDataException($"CamVid: '{imagePath}' is {rgb.Width}x{rgb.Height} but its label '{labelPath}' {label.Width}x{label.Height}.");
        if (rgb.Width / factor != Shape.Width || rgb.Height / factor != Shape.Height)
            throw new InvalidDataException($"CamVid: '{imagePath}' is {rgb.Width}x{rgb.Height}; the data set's images are {Shape.Width * factor}x{Shape.Height * factor}.");
        foreach (var v in label.Pixels)
            if (v > Void) throw new InvalidDataException($"CamVid: '{labelPath}' holds class {v}; classes are 0..{Void} ({Void} = void).");

        Reduce(rgb, image);
        ReduceMask(label, mask);
        if (cachedImages is not null)
        {
            cachedMasks![index] = mask.ToArray();
            Volatile.Write(ref cachedImages[index], image.ToArray());
        }
        return -1;
    }

    // Averages factor x factor blocks and writes channel planes.
    private void Reduce(Image rgb, Span<byte> planar)
    {
        int h = Shape.Height, w = Shape.Width, plane = h * w, area = factor * factor;
        var pixels = rgb.Pixels;
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
                for (int c = 0; c < 3; c++)
                {
                    int sum = 0;
                    for (int dy = 0; dy < factor; dy++)
                        for (int dx = 0; dx < factor; dx++)
                            sum += pixels[((y * factor + dy) * rgb.Width + x * factor + dx) * 3 + c];
                    planar[c * plane + y * w + x] = (byte)((sum + area / 2) / area);
                }
    }

    // Class indices cannot be averaged: each block takes its centre pixel's class.
    private void ReduceMask(Image label, Span<byte> mask)
    {
        int h = Shape.Height, w = Shape.Width, centre = factor / 2;
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
                mask[y * w + x] = label.Pixels[(y * factor + centre) * label.Width + x * factor + centre];
    }
}
