using System.Buffers.Binary;
using System.IO.Compression;

namespace Zoo.Data;

/// <summary>
/// The IDX format of MNIST and Fashion-MNIST: two zero bytes, a type byte (0x08: unsigned bytes), the number of
/// dimensions, each dimension as a big-endian int32, then the values. Files may be gzip'd (as published) or not.
/// </summary>
public static class IdxFile
{
    private const byte UnsignedByte = 0x08;

    /// <summary>Reads an IDX file of unsigned bytes: its dimensions and its values.</summary>
    public static (int[] dimensions, byte[] values) Read(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[2];
        bool gzip = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false) == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
        file.Position = 0;
        using Stream stream = gzip ? new GZipStream(file, CompressionMode.Decompress) : file;
        try
        {
            return Read(stream, path);
        }
        catch (InvalidDataException e) when (gzip && !e.Message.StartsWith("Not an IDX", StringComparison.Ordinal) && !e.Message.StartsWith("Truncated IDX", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"Corrupt gzip data in '{path}': {e.Message}", e);
        }
    }

    /// <summary>Reads IDX bytes from a stream; <paramref name="source"/> names it in errors.</summary>
    public static (int[] dimensions, byte[] values) Read(Stream stream, string source)
    {
        Span<byte> header = stackalloc byte[4];
        if (stream.ReadAtLeast(header, 4, throwOnEndOfStream: false) < 4)
            throw new InvalidDataException($"Not an IDX file: '{source}' is shorter than the 4-byte magic number.");
        if (header[0] != 0 || header[1] != 0)
            throw new InvalidDataException($"Not an IDX file: '{source}' starts with 0x{header[0]:X2}{header[1]:X2}, not 0x0000.");
        if (header[2] != UnsignedByte)
            throw new InvalidDataException($"Not an IDX file of unsigned bytes: '{source}' has element type 0x{header[2]:X2} (0x08 expected).");
        int rank = header[3];
        if (rank is < 1 or > 4) throw new InvalidDataException($"Not an IDX file: '{source}' claims {rank} dimensions.");

        var dimensionBytes = new byte[4 * rank];
        if (stream.ReadAtLeast(dimensionBytes, dimensionBytes.Length, throwOnEndOfStream: false) < dimensionBytes.Length)
            throw new InvalidDataException($"Truncated IDX file '{source}': the header ends early.");
        var dimensions = new int[rank];
        long count = 1;
        for (int i = 0; i < rank; i++)
        {
            dimensions[i] = BinaryPrimitives.ReadInt32BigEndian(dimensionBytes.AsSpan(4 * i));
            if (dimensions[i] < 0) throw new InvalidDataException($"Not an IDX file: '{source}' has a negative dimension.");
            count *= dimensions[i];
        }
        if (count > Array.MaxLength) throw new InvalidDataException($"IDX file '{source}' claims {count} values, too many to load.");

        var values = new byte[count];
        int read = stream.ReadAtLeast(values, values.Length, throwOnEndOfStream: false);
        if (read < values.Length)
            throw new InvalidDataException($"Truncated IDX file '{source}': {read} of {values.Length} values ({string.Join("x", dimensions)}).");
        return (dimensions, values);
    }

    /// <summary>Writes an IDX file of unsigned bytes (gzip'd when the name ends in .gz).</summary>
    public static void Write(string path, int[] dimensions, ReadOnlySpan<byte> values)
    {
        long count = dimensions.Aggregate(1L, (a, b) => a * b);
        if (count != values.Length) throw new ArgumentException($"{string.Join("x", dimensions)} needs {count} values, got {values.Length}.");
        using var file = File.Create(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionLevel.Fastest) : file;
        stream.Write(new byte[] { 0, 0, UnsignedByte, (byte)dimensions.Length });
        Span<byte> dimension = stackalloc byte[4];
        foreach (var d in dimensions)
        {
            BinaryPrimitives.WriteInt32BigEndian(dimension, d);
            stream.Write(dimension);
        }
        stream.Write(values);
    }
}
