using Zoo.Data;

namespace Zoo.Tests.Data;

public sealed class IdxFileTests : IDisposable
{
    private readonly string folder = RepoPaths.NewTempFolder("zoo-idx");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("images.gz")]
    [InlineData("images")]
    public void Reads_back_what_it_wrote_gzipped_or_not(string name)
    {
        var values = Enumerable.Range(0, 2 * 3 * 4).Select(i => (byte)(i * 5)).ToArray();
        var path = Path.Combine(folder, name);
        IdxFile.Write(path, new[] { 2, 3, 4 }, values);
        var (dims, read) = IdxFile.Read(path);
        Assert.Equal(new[] { 2, 3, 4 }, dims);
        Assert.Equal(values, read);
        Assert.Equal(name.EndsWith(".gz"), File.ReadAllBytes(path)[0] == 0x1F);
    }

    [Fact]
    public void A_truncated_file_is_a_clear_error()
    {
        var path = Path.Combine(folder, "short");
        IdxFile.Write(path, new[] { 10, 28, 28 }, new byte[10 * 28 * 28]);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length - 100)]);
        var e = Assert.Throws<InvalidDataException>(() => IdxFile.Read(path));
        Assert.Contains("Truncated IDX", e.Message);
        Assert.Contains("7740 of 7840", e.Message);
    }

    [Fact]
    public void A_file_of_another_kind_is_a_clear_error()
    {
        var path = Path.Combine(folder, "not-idx");
        File.WriteAllText(path, "PK\u0003\u0004 a zip file, say");
        Assert.Contains("Not an IDX file", Assert.Throws<InvalidDataException>(() => IdxFile.Read(path)).Message);
        File.WriteAllBytes(path, new byte[] { 0, 0, 0x0D, 1, 0, 0, 0, 1, 0, 0, 0, 0 }); // float elements
        Assert.Contains("element type 0x0D", Assert.Throws<InvalidDataException>(() => IdxFile.Read(path)).Message);
    }
}
