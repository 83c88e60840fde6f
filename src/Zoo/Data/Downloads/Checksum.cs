using System.Security.Cryptography;

namespace Zoo.Data.Downloads;

/// <summary>The digest algorithms data sets publish their files' checksums with.</summary>
public enum DigestKind
{
    Md5,
    Sha256,
}

/// <summary>A published checksum of a file (hex, case-insensitive).</summary>
public sealed record Checksum(DigestKind Kind, string Hex)
{
    public static Checksum Md5(string hex) => new(DigestKind.Md5, Normalize(hex, 32));
    public static Checksum Sha256(string hex) => new(DigestKind.Sha256, Normalize(hex, 64));

    private static string Normalize(string hex, int length)
    {
        var h = hex.Trim().ToLowerInvariant();
        if (h.Length != length || !h.All(Uri.IsHexDigit)) throw new ArgumentException($"'{hex}' is not a {length}-digit hex digest.", nameof(hex));
        return h;
    }

    /// <summary>The digest of a file, in lower-case hex.</summary>
    public string Compute(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        using HashAlgorithm algorithm = Kind == DigestKind.Md5 ? MD5.Create() : SHA256.Create();
        return Convert.ToHexStringLower(algorithm.ComputeHash(stream));
    }

    public bool Matches(string path) => File.Exists(path) && Compute(path) == Hex;

    public override string ToString() => $"{(Kind == DigestKind.Md5 ? "MD5" : "SHA-256")} {Hex}";
}
