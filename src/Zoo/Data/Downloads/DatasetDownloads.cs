using System.Formats.Tar;
using System.IO.Compression;

namespace Zoo.Data.Downloads;

/// <summary>
/// The published files of the data sets Zoo can fetch, with their published checksums, and the code that fetches
/// and unpacks them. Every method takes another base address for mirrors (and tests).
/// </summary>
public static class DatasetDownloads
{
    /// <summary>Fashion-MNIST's four gzip'd IDX files and their MD5s as published by Zalando Research.</summary>
    public static readonly IReadOnlyList<RemoteFile> FashionMnistFiles = new[]
    {
        new RemoteFile("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/train-images-idx3-ubyte.gz", Checksum.Md5("8d4fb7e6c68d591d4c3dfef9ec88bf0d")),
        new RemoteFile("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/train-labels-idx1-ubyte.gz", Checksum.Md5("25c81989df183df01b3e8a0aad5dffbe")),
        new RemoteFile("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/t10k-images-idx3-ubyte.gz", Checksum.Md5("bef4ecab320f06d8554ea6380940ec79")),
        new RemoteFile("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/t10k-labels-idx1-ubyte.gz", Checksum.Md5("bb300cfdad3c16e7a12a480ee83cd310")),
    };

    /// <summary>CIFAR-10's binary version (162 MB) and its MD5 as published on the data set's page.</summary>
    public static readonly RemoteFile Cifar10Archive =
        new("https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz", Checksum.Md5("c32a1d4ab5d03f1284b67883e8d87530"));

    /// <summary>Fetches Fashion-MNIST into <paramref name="folder"/>; returns the folder (ready for <see cref="MnistDataset.FashionMnist"/>).</summary>
    public static async Task<string> FashionMnistAsync(string folder, Downloader? downloader = null, Uri? mirror = null, CancellationToken cancellation = default)
    {
        downloader ??= new Downloader();
        foreach (var file in FashionMnistFiles)
            await downloader.DownloadAsync(mirror is null ? file : file.At(mirror), folder, cancellation).ConfigureAwait(false);
        return folder;
    }

    /// <summary>
    /// Fetches and unpacks CIFAR-10 into <paramref name="folder"/>/cifar-10-batches-bin (ready for
    /// <see cref="Cifar10Dataset.Load"/> on <paramref name="folder"/>); returns that folder. Nothing is fetched when
    /// the batches are already there.
    /// </summary>
    public static async Task<string> Cifar10Async(string folder, Downloader? downloader = null, RemoteFile? archive = null, CancellationToken cancellation = default)
    {
        var batches = Path.Combine(folder, "cifar-10-batches-bin");
        if (File.Exists(Path.Combine(batches, "test_batch.bin")) && Directory.GetFiles(batches, "data_batch_*.bin").Length == 5) return batches;
        downloader ??= new Downloader();
        var path = await downloader.DownloadAsync(archive ?? Cifar10Archive, folder, cancellation).ConfigureAwait(false);
        ExtractBatches(path, folder);
        return batches;
    }

    /// <summary>
    /// Unpacks the regular files under <c>cifar-10-batches-bin/</c> of a CIFAR-10 archive into
    /// <paramref name="folder"/>. Other entries are skipped, so an archive cannot write outside that folder.
    /// Each file is written to a temporary name and renamed.
    /// </summary>
    public static void ExtractBatches(string archivePath, string folder)
    {
        var destination = Directory.CreateDirectory(Path.Combine(folder, "cifar-10-batches-bin")).FullName;
        using var file = File.OpenRead(archivePath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        int extracted = 0;
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null) continue;
            var parts = entry.Name.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || parts[0] != "cifar-10-batches-bin" || parts[1] is "." or "..") continue;
            var target = Path.Combine(destination, parts[1]);
            var temporary = target + ".tmp";
            using (var output = File.Create(temporary)) entry.DataStream.CopyTo(output);
            File.Move(temporary, target, overwrite: true);
            extracted++;
        }
        if (extracted == 0) throw new InvalidDataException($"'{archivePath}' holds no cifar-10-batches-bin/ files: not the CIFAR-10 binary archive?");
    }
}
