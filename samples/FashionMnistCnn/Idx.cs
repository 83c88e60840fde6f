using System.Buffers.Binary;
using System.IO.Compression;

/// <summary>Reads the gzip'd IDX files of MNIST and Fashion-MNIST (big-endian magic, dimensions, then bytes).</summary>
internal static class Idx
{
    /// <summary>Returns the dimensions and the raw unsigned bytes of an IDX file (.gz or plain).</summary>
    public static (int[] dims, byte[] data) Read(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        Span<byte> header = stackalloc byte[4];
        stream.ReadExactly(header);
        if (header[0] != 0 || header[1] != 0 || header[2] != 0x08)
            throw new InvalidDataException($"{path}: not an IDX file of unsigned bytes (magic {Convert.ToHexString(header)}).");
        var dims = new int[header[3]];
        for (int i = 0; i < dims.Length; i++)
        {
            stream.ReadExactly(header);
            dims[i] = BinaryPrimitives.ReadInt32BigEndian(header);
        }
        var data = new byte[dims.Aggregate(1L, (a, b) => a * b)];
        stream.ReadExactly(data);
        return (dims, data);
    }
}
