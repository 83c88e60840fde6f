using System.Buffers.Binary;
using System.Text;
using System.Text.Json;

namespace Zoo.Torch.Serialization;

/// <summary>
/// Reads and writes the safetensors format: an 8-byte little-endian header length, a JSON header
/// <c>{name: {dtype, shape, data_offsets: [begin, end]}, "__metadata__": {string: string}}</c>, then the raw bytes.
/// No code runs on load, and every offset, size and dtype is checked, so a truncated or corrupt file is a clear
/// <see cref="InvalidDataException"/>, never a crash or a partial load. Writes go to a temporary file that is renamed
/// over the target, so an interrupted save never leaves a half-written file.
/// </summary>
public static class SafeTensors
{
    private const string MetadataKey = "__metadata__";
    private const long MaxHeaderBytes = 100L * 1024 * 1024;

    /// <summary>A tensor's entry in a file's header.</summary>
    public sealed record Entry(string Name, ScalarType DType, long[] Shape, long Begin, long End);

    /// <summary>Saves tensors (moved to the CPU, made contiguous) and optional string metadata, atomically.</summary>
    public static void Save(IEnumerable<KeyValuePair<string, torch.Tensor>> tensors, string path,
        IReadOnlyDictionary<string, string>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + $".tmp-{Environment.ProcessId}-{Guid.NewGuid():N}";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            {
                Write(tensors, stream, metadata);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            try { File.Delete(temporary); } catch (IOException) { }
            throw;
        }
    }

    /// <summary>Writes the safetensors bytes of <paramref name="tensors"/> to a stream.</summary>
    public static void Write(IEnumerable<KeyValuePair<string, torch.Tensor>> tensors, Stream stream,
        IReadOnlyDictionary<string, string>? metadata = null)
    {
        var items = tensors.ToList();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, _) in items)
        {
            if (name == MetadataKey) throw new ArgumentException($"'{MetadataKey}' is reserved for metadata and cannot name a tensor.");
            if (!names.Add(name)) throw new ArgumentException($"The tensor name '{name}' appears twice.");
        }

        // Larger elements first keeps every tensor aligned to its element size (as the reference writer does).
        items = items.OrderByDescending(kv => kv.Value.dtype.ElementSize()).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();

        using var header = new MemoryStream();
        using (var json = new Utf8JsonWriter(header))
        {
            json.WriteStartObject();
            if (metadata is { Count: > 0 })
            {
                json.WriteStartObject(MetadataKey);
                foreach (var (k, v) in metadata) json.WriteString(k, v);
                json.WriteEndObject();
            }
            long offset = 0;
            foreach (var (name, tensor) in items)
            {
                long bytes = tensor.numel() * tensor.dtype.ElementSize();
                json.WriteStartObject(name);
                json.WriteString("dtype", DTypeName(tensor.dtype));
                json.WriteStartArray("shape");
                foreach (var s in tensor.shape) json.WriteNumberValue(s);
                json.WriteEndArray();
                json.WriteStartArray("data_offsets");
                json.WriteNumberValue(offset);
                json.WriteNumberValue(offset + bytes);
                json.WriteEndArray();
                json.WriteEndObject();
                offset += bytes;
            }
            json.WriteEndObject();
        }
        // Pad the header with spaces so the data starts 8-byte aligned.
        while (header.Length % 8 != 0) header.WriteByte((byte)' ');

        Span<byte> length = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(length, (ulong)header.Length);
        stream.Write(length);
        header.Position = 0;
        header.CopyTo(stream);

        foreach (var (_, tensor) in items)
        {
            var bytes = new byte[tensor.numel() * tensor.dtype.ElementSize()];
            CopyBytes(tensor, bytes);
            stream.Write(bytes);
        }
    }

    /// <summary>Loads every tensor of a file onto the CPU (or <paramref name="device"/>).</summary>
    public static Dictionary<string, torch.Tensor> Load(string path, Device? device = null) =>
        Load(path, out _, device);

    /// <summary>Loads every tensor of a file and its metadata.</summary>
    public static Dictionary<string, torch.Tensor> Load(string path, out Dictionary<string, string> metadata, Device? device = null)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            throw new FileNotFoundException($"No safetensors file at '{path}'.", path);
        }
        return Read(bytes, path, out metadata, device);
    }

    /// <summary>Parses safetensors bytes (already in memory); <paramref name="source"/> names them in error messages.</summary>
    public static Dictionary<string, torch.Tensor> Read(ReadOnlySpan<byte> bytes, string source, out Dictionary<string, string> metadata, Device? device = null)
    {
        var entries = ParseHeader(bytes, source, out metadata, out long dataStart);
        var result = new Dictionary<string, torch.Tensor>(StringComparer.Ordinal);
        try
        {
            foreach (var e in entries)
            {
                var data = bytes.Slice((int)(dataStart + e.Begin), (int)(e.End - e.Begin));
                var tensor = FromBytes(data, e.DType, e.Shape);
                if (device is { type: not DeviceType.CPU })
                {
                    using var cpu = tensor;
                    tensor = cpu.to(device);
                }
                result[e.Name] = tensor;
            }
        }
        catch
        {
            foreach (var t in result.Values) t.Dispose();
            throw;
        }
        return result;
    }

    /// <summary>Reads only a file's header: its tensors' names, dtypes and shapes, and its metadata.</summary>
    public static IReadOnlyList<Entry> ReadHeader(string path, out Dictionary<string, string> metadata)
    {
        using var stream = File.OpenRead(path);
        Span<byte> lengthBytes = stackalloc byte[8];
        if (stream.ReadAtLeast(lengthBytes, 8, throwOnEndOfStream: false) < 8)
            throw Corrupt(path, "the file is shorter than the 8-byte header length");
        ulong length = BinaryPrimitives.ReadUInt64LittleEndian(lengthBytes);
        if (length > MaxHeaderBytes || (long)length > stream.Length - 8)
            throw Corrupt(path, $"the header claims {length} bytes but the file has {stream.Length - 8} after the length");
        var prefix = new byte[8 + (long)length];
        lengthBytes.CopyTo(prefix);
        stream.ReadExactly(prefix.AsSpan(8));
        return ParseHeader(prefix, path, out metadata, out _, stream.Length);
    }

    private static List<Entry> ParseHeader(ReadOnlySpan<byte> bytes, string source, out Dictionary<string, string> metadata,
        out long dataStart, long? fileLength = null)
    {
        long total = fileLength ?? bytes.Length;
        if (bytes.Length < 8) throw Corrupt(source, "the file is shorter than the 8-byte header length");
        ulong headerLength = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        if (headerLength > MaxHeaderBytes || (long)headerLength > total - 8)
            throw Corrupt(source, $"the header claims {headerLength} bytes but the file has {total - 8} after the length (truncated?)");
        dataStart = 8 + (long)headerLength;
        long dataLength = total - dataStart;

        metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = new List<Entry>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes.Slice(8, (int)headerLength).ToArray());
        }
        catch (JsonException e)
        {
            throw Corrupt(source, $"the header is not valid JSON ({e.Message})");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object) throw Corrupt(source, "the header is not a JSON object");
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name == MetadataKey)
                {
                    if (property.Value.ValueKind != JsonValueKind.Object) throw Corrupt(source, "__metadata__ is not an object");
                    foreach (var m in property.Value.EnumerateObject())
                        metadata[m.Name] = m.Value.ValueKind == JsonValueKind.String ? m.Value.GetString()! : throw Corrupt(source, $"metadata '{m.Name}' is not a string");
                    continue;
                }
                entries.Add(ParseEntry(property, source));
            }
        }

        // Every tensor must lie inside the data, have exactly the bytes its shape needs, and not overlap another.
        long covered = 0;
        foreach (var e in entries.OrderBy(e => e.Begin))
        {
            if (e.Begin < 0 || e.End < e.Begin || e.End > dataLength)
                throw Corrupt(source, $"tensor '{e.Name}' spans bytes [{e.Begin}, {e.End}) but the data holds {dataLength} bytes (truncated?)");
            long need = e.Shape.Aggregate(1L, (a, b) => checked(a * b)) * e.DType.ElementSize();
            if (e.End - e.Begin != need)
                throw Corrupt(source, $"tensor '{e.Name}' of shape {torch.Tensor.ShapeString(e.Shape)} and dtype {DTypeName(e.DType)} needs {need} bytes, the file gives it {e.End - e.Begin}");
            if (e.Begin < covered) throw Corrupt(source, $"tensor '{e.Name}' overlaps another tensor's bytes");
            covered = e.End;
        }
        return entries;
    }

    private static Entry ParseEntry(JsonProperty property, string source)
    {
        var name = property.Name;
        var value = property.Value;
        if (value.ValueKind != JsonValueKind.Object) throw Corrupt(source, $"the entry of '{name}' is not an object");
        if (!value.TryGetProperty("dtype", out var dtype) || dtype.ValueKind != JsonValueKind.String)
            throw Corrupt(source, $"tensor '{name}' has no dtype");
        if (!value.TryGetProperty("shape", out var shape) || shape.ValueKind != JsonValueKind.Array)
            throw Corrupt(source, $"tensor '{name}' has no shape");
        if (!value.TryGetProperty("data_offsets", out var offsets) || offsets.ValueKind != JsonValueKind.Array || offsets.GetArrayLength() != 2)
            throw Corrupt(source, $"tensor '{name}' has no data_offsets [begin, end]");
        var sizes = new List<long>();
        foreach (var s in shape.EnumerateArray())
        {
            if (s.ValueKind != JsonValueKind.Number || !s.TryGetInt64(out var n) || n < 0)
                throw Corrupt(source, $"tensor '{name}' has a bad dimension {s.GetRawText()}");
            sizes.Add(n);
        }
        long begin = offsets[0].TryGetInt64(out var b) ? b : throw Corrupt(source, $"tensor '{name}' has a bad begin offset");
        long end = offsets[1].TryGetInt64(out var en) ? en : throw Corrupt(source, $"tensor '{name}' has a bad end offset");
        return new Entry(name, ParseDType(dtype.GetString()!, name, source), sizes.ToArray(), begin, end);
    }

    private static unsafe torch.Tensor FromBytes(ReadOnlySpan<byte> data, ScalarType dtype, long[] shape)
    {
        fixed (byte* p = data)
        fixed (long* s = shape)
            return new torch.Tensor(Interop.Native.zoo_tensor_from_data(p, data.Length, s, shape.Length, (int)dtype, 0, -1, 0));
    }

    private static unsafe void CopyBytes(torch.Tensor tensor, byte[] destination)
    {
        fixed (byte* p = destination)
            Interop.Native.Check(Interop.Native.zoo_tensor_copy_to(tensor.Handle, p, destination.Length));
    }

    /// <summary>The safetensors spelling of a dtype ("F32", "I64", ...).</summary>
    public static string DTypeName(ScalarType type) => type switch
    {
        ScalarType.Float32 => "F32",
        ScalarType.Float64 => "F64",
        ScalarType.Float16 => "F16",
        ScalarType.BFloat16 => "BF16",
        ScalarType.Int64 => "I64",
        ScalarType.Int32 => "I32",
        ScalarType.Int16 => "I16",
        ScalarType.Int8 => "I8",
        ScalarType.Byte => "U8",
        ScalarType.Bool => "BOOL",
        _ => throw new NotSupportedException($"safetensors has no name for dtype {type}"),
    };

    private static ScalarType ParseDType(string name, string tensor, string source) => name switch
    {
        "F32" => ScalarType.Float32,
        "F64" => ScalarType.Float64,
        "F16" => ScalarType.Float16,
        "BF16" => ScalarType.BFloat16,
        "I64" => ScalarType.Int64,
        "I32" => ScalarType.Int32,
        "I16" => ScalarType.Int16,
        "I8" => ScalarType.Int8,
        "U8" => ScalarType.Byte,
        "BOOL" => ScalarType.Bool,
        _ => throw Corrupt(source, $"tensor '{tensor}' has dtype '{name}', which Zoo does not read"),
    };

    private static InvalidDataException Corrupt(string source, string what) =>
        new($"Corrupt safetensors file '{source}': {what}.");
}
