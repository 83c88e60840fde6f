namespace Zoo.Data;

/// <summary>
/// A synthetic task that needs long-range context, generated in memory from a seed (for machines without data):
/// each grey image holds two small marks, one in its left quarter and one in its right quarter, on a noisy
/// background; the label says whether the two marks are the same glyph (1, "same") or not (0, "different").
/// </summary>
/// <remarks>
/// No local feature decides the label: a network must bring together evidence from two places at least half the
/// image apart, which is what global attention (non-local blocks, CBAM's spatial gate, SE's global context) offers
/// and what a stack of small convolutions gets only in its last layers. All glyphs have the same number of lit
/// pixels, so brightness gives nothing away. Glyphs are shared by every split; samples depend on (seed, split,
/// index) only, are balanced between the two classes, and are generated when read.
/// </remarks>
public sealed class MatchingMarksDataset : Dataset
{
    public const int GlyphSize = 5;
    private const int LitPixels = 11;
    private const long GlyphSeed = 0x6C7970_68_73; // fixed: the same glyphs for every data set and split

    private readonly long seed;
    private readonly Split split;
    private readonly int size;
    private readonly bool[][] glyphs;

    /// <summary>
    /// A split of <paramref name="count"/> images of <paramref name="size"/> x <paramref name="size"/> pixels, drawing
    /// marks from <paramref name="glyphCount"/> glyphs.
    /// </summary>
    public MatchingMarksDataset(Split split, int count, long seed = 0, int size = 32, int glyphCount = 8)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "at least one sample");
        if (size < 4 * GlyphSize) throw new ArgumentOutOfRangeException(nameof(size), size, $"at least {4 * GlyphSize} pixels, so the marks fit in opposite quarters");
        if (glyphCount < 2) throw new ArgumentOutOfRangeException(nameof(glyphCount), glyphCount, "at least two glyphs");
        Count = count;
        this.seed = seed;
        this.split = split;
        this.size = size;
        glyphs = MakeGlyphs(glyphCount);
        Name = $"matching-marks/{split.ToString().ToLowerInvariant()}";
    }

    public override string Name { get; }
    public override int Count { get; }
    public override ImageShape Shape => new(1, size, size);
    public override TaskKind Task => TaskKind.Classification;
    public override IReadOnlyList<string> ClassNames { get; } = new[] { "different", "same" };

    /// <summary>The glyphs marks are drawn from (row-major GlyphSize x GlyphSize, true = lit).</summary>
    public IReadOnlyList<bool[]> Glyphs => glyphs;

    private static bool[][] MakeGlyphs(int count)
    {
        var random = new SeededRandom(GlyphSeed);
        var result = new List<bool[]>();
        var seen = new HashSet<string>();
        while (result.Count < count)
        {
            var cells = Enumerable.Range(0, GlyphSize * GlyphSize).ToArray();
            random.Shuffle(cells.AsSpan());
            var glyph = new bool[GlyphSize * GlyphSize];
            foreach (var c in cells.AsSpan(0, LitPixels)) glyph[c] = true;
            if (seen.Add(string.Concat(glyph.Select(b => b ? '1' : '0')))) result.Add(glyph);
        }
        return result.ToArray();
    }

    public override int Read(int index, Span<byte> image, Span<byte> mask)
    {
        CheckIndex(index);
        var random = SeededRandom.Derive(seed, (long)split + 1, index);
        for (int i = 0; i < image.Length; i++) image[i] = (byte)random.Next(96);

        int label = random.Next(2);
        int first = random.Next(glyphs.Length);
        int second = label == 1 ? first : (first + 1 + random.Next(glyphs.Length - 1)) % glyphs.Length;
        int quarter = size / 4;
        // Left mark inside the left quarter, right mark inside the right quarter: at least size / 2 apart.
        Stamp(image, glyphs[first], random.Next(0, size - GlyphSize + 1), random.Next(0, quarter - GlyphSize + 1));
        Stamp(image, glyphs[second], random.Next(0, size - GlyphSize + 1), random.Next(size - quarter, size - GlyphSize + 1));
        return label;
    }

    private void Stamp(Span<byte> image, bool[] glyph, int top, int left)
    {
        for (int y = 0; y < GlyphSize; y++)
            for (int x = 0; x < GlyphSize; x++)
                if (glyph[y * GlyphSize + x]) image[(top + y) * size + left + x] = 255;
    }
}
