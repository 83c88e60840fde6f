using Zoo.Data;

namespace Zoo.Tests.Data;

public class MatchingMarksDatasetTests
{
    // Finds the glyph whose lit cells are all 255 at (top, left) by scanning a quarter of the image.
    private static int FindGlyph(MatchingMarksDataset set, byte[] image, int fromColumn, int toColumn)
    {
        int size = set.Shape.Width, g = MatchingMarksDataset.GlyphSize;
        var found = new HashSet<int>();
        for (int top = 0; top + g <= size; top++)
            for (int left = fromColumn; left + g <= toColumn; left++)
                for (int k = 0; k < set.Glyphs.Count; k++)
                {
                    bool match = true;
                    for (int c = 0; c < g * g && match; c++)
                        match = (image[(top + c / g) * size + left + c % g] == 255) == set.Glyphs[k][c];
                    if (match) found.Add(k);
                }
        return Assert.Single(found);
    }

    [Fact]
    public void Labels_say_whether_the_two_distant_marks_are_the_same_glyph()
    {
        var set = new MatchingMarksDataset(Split.Train, count: 40, seed: 3);
        for (int i = 0; i < set.Count; i++)
        {
            var (image, label, _) = set[i];
            int left = FindGlyph(set, image, 0, 8);
            int right = FindGlyph(set, image, 24, 32);
            Assert.Equal(label == 1, left == right);
        }
    }

    [Fact]
    public void Samples_are_seeded_balanced_and_differ_between_splits()
    {
        var a = new MatchingMarksDataset(Split.Train, 1000, seed: 7);
        var b = new MatchingMarksDataset(Split.Train, 1000, seed: 7);
        var test = new MatchingMarksDataset(Split.Test, 1000, seed: 7);
        Assert.Equal(a[123].image, b[123].image);
        Assert.NotEqual(a[123].image, test[123].image);
        Assert.NotEqual(a[123].image, new MatchingMarksDataset(Split.Train, 1000, seed: 8)[123].image);
        int same = Enumerable.Range(0, a.Count).Count(i => a[i].label == 1);
        Assert.InRange(same, 440, 560);
        Assert.All(a.Glyphs, g => Assert.Equal(11, g.Count(lit => lit)));
    }
}
