using Zoo.Data;

namespace ZooConsumer;

/// <summary>
/// A small data set made on the spot: noisy 3x16x16 images, one quadrant of which is brighter; the label is the
/// quadrant (top left, top right, bottom left, bottom right). Learnable in a few dozen steps, by attention or not.
/// </summary>
public static class QuadrantImages
{
    public static readonly IReadOnlyList<string> Classes = new[] { "top left", "top right", "bottom left", "bottom right" };

    public static readonly ImageShape Shape = new(3, 16, 16);

    /// <summary>
    /// <paramref name="count"/> images, normalised with <paramref name="normalization"/>, or with their own statistics
    /// when null (give an evaluation set the training set's).
    /// </summary>
    public static InMemoryDataset Create(string name, int count, int seed, ChannelStats? normalization = null)
    {
        var random = new Random(seed);
        var images = new byte[count * Shape.Elements];
        var labels = new int[count];
        for (int i = 0; i < count; i++)
        {
            int label = random.Next(Classes.Count);
            labels[i] = label;
            int top = label / 2 * Shape.Height / 2, left = label % 2 * Shape.Width / 2;
            for (int c = 0; c < Shape.Channels; c++)
                for (int y = 0; y < Shape.Height; y++)
                    for (int x = 0; x < Shape.Width; x++)
                    {
                        bool bright = y >= top && y < top + Shape.Height / 2 && x >= left && x < left + Shape.Width / 2;
                        int value = (bright ? 150 : 90) + random.Next(-60, 61);
                        images[((i * Shape.Channels + c) * Shape.Height + y) * Shape.Width + x] = (byte)value;
                    }
        }
        return new InMemoryDataset(name, Shape, images, labels, Classes, normalization);
    }
}
