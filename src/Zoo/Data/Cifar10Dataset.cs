namespace Zoo.Data;

/// <summary>
/// CIFAR-10 in its canonical binary format: records of one label byte (0-9) and 3072 pixel bytes (the 1024 red, 1024
/// green and 1024 blue values of a 32x32 image, row-major). The training split is every <c>data_batch_*.bin</c> file,
/// the test split every <c>test_batch*.bin</c> file, read in name order from the folder or its
/// <c>cifar-10-batches-bin</c> subfolder (the layout of the upstream <c>cifar-10-binary.tar.gz</c>).
/// </summary>
public sealed class Cifar10Dataset : Dataset
{
    public const int RecordBytes = 1 + 3 * 32 * 32;

    private readonly byte[] records;

    private Cifar10Dataset(string name, byte[] records, IReadOnlyList<string> classes)
    {
        Name = name;
        this.records = records;
        ClassNames = classes;
    }

    public override string Name { get; }
    public override int Count => records.Length / RecordBytes;
    public override ImageShape Shape => new(3, 32, 32);
    public override TaskKind Task => TaskKind.Classification;
    public override IReadOnlyList<string> ClassNames { get; }

    /// <summary>CIFAR-10's pixel statistics over its 50,000 training images.</summary>
    public static readonly ChannelStats Stats = new(new[] { 0.4914f, 0.4822f, 0.4465f }, new[] { 0.2470f, 0.2435f, 0.2616f });

    public override ChannelStats Normalization => Stats;

    public static readonly IReadOnlyList<string> DefaultClasses =
        new[] { "airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck" };

    public override int Read(int index, Span<byte> image, Span<byte> mask)
    {
        CheckIndex(index);
        var record = records.AsSpan(index * RecordBytes, RecordBytes);
        record[1..].CopyTo(image);
        return record[0];
    }

    /// <summary>Loads a split from <paramref name="folder"/> (see the class remarks for the files it reads).</summary>
    public static Cifar10Dataset Load(string folder, Split split)
    {
        if (split == Split.Validation)
            throw new ArgumentException("CIFAR-10 has a training and a test split, no validation split (hold out part of the training set).", nameof(split));
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"CIFAR-10: the folder '{folder}' does not exist.");
        var nested = Path.Combine(folder, "cifar-10-batches-bin");
        string pattern = split == Split.Train ? "data_batch_*.bin" : "test_batch*.bin";
        var files = Directory.GetFiles(folder, pattern);
        if (files.Length == 0 && Directory.Exists(nested))
        {
            folder = nested;
            files = Directory.GetFiles(folder, pattern);
        }
        if (files.Length == 0)
            throw new FileNotFoundException($"CIFAR-10: no {pattern} file in '{folder}'. Download it with DatasetDownloads.Cifar10, or point to the folder holding the .bin files.");
        Array.Sort(files, StringComparer.Ordinal);

        long total = 0;
        foreach (var f in files)
        {
            long length = new FileInfo(f).Length;
            if (length == 0 || length % RecordBytes != 0)
                throw new InvalidDataException($"CIFAR-10: '{f}' has {length} bytes, not a whole number of {RecordBytes}-byte records (truncated?).");
            total += length;
        }
        var records = new byte[total];
        int offset = 0;
        foreach (var f in files)
        {
            using var stream = File.OpenRead(f);
            stream.ReadExactly(records, offset, (int)stream.Length);
            offset += (int)stream.Length;
        }
        for (long r = 0; r < total; r += RecordBytes)
            if (records[r] >= 10)
                throw new InvalidDataException($"CIFAR-10: record {r / RecordBytes} has label {records[r]} (0-9 expected): not a CIFAR-10 binary file?");

        var meta = Path.Combine(folder, "batches.meta.txt");
        var classes = File.Exists(meta)
            ? File.ReadAllLines(meta).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray()
            : DefaultClasses.ToArray();
        if (classes.Length != 10) classes = DefaultClasses.ToArray();
        return new Cifar10Dataset($"cifar10/{(split == Split.Train ? "train" : "test")}", records, classes);
    }
}
