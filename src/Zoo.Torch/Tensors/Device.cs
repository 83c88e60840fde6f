namespace Zoo.Torch;

/// <summary>Device kinds, numbered as c10::DeviceType.</summary>
public enum DeviceType : sbyte
{
    CPU = 0,
    CUDA = 1,
}

/// <summary>Where a tensor lives: a device kind and, for CUDA, an index (-1 = the current device).</summary>
public sealed record Device(DeviceType type, int index = -1)
{
    /// <summary>Parses PyTorch's spelling: <c>"cpu"</c>, <c>"cuda"</c>, <c>"cuda:1"</c>.</summary>
    public static Device Parse(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var parts = description.Trim().ToLowerInvariant().Split(':');
        var type = parts[0] switch
        {
            "cpu" => DeviceType.CPU,
            "cuda" => DeviceType.CUDA,
            _ => throw new ArgumentException($"Unknown device '{description}': expected 'cpu', 'cuda' or 'cuda:N'.", nameof(description)),
        };
        int index = -1;
        if (parts.Length == 2 && !int.TryParse(parts[1], out index) || parts.Length > 2 || index < -1)
            throw new ArgumentException($"Bad device index in '{description}': expected 'cuda:N' with N >= 0.", nameof(description));
        return new Device(type, index);
    }

    public static implicit operator Device(string description) => Parse(description);

    public override string ToString() => type switch
    {
        DeviceType.CPU => "cpu",
        _ when index >= 0 => $"{type.ToString().ToLowerInvariant()}:{index}",
        _ => type.ToString().ToLowerInvariant(),
    };
}
