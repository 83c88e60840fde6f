using Zoo.Torch.Serialization;

namespace Zoo.Torch;

/// <summary>Saves and loads a module's state_dict as a safetensors file (PyTorch's keys, so files move between the two).</summary>
public static class ModuleSerialization
{
    /// <summary>
    /// Writes every parameter and persistent buffer under its state_dict key. The file is written beside the
    /// target and renamed over it, so an interrupted save never leaves a half-written file. Returns the module.
    /// </summary>
    public static T save<T>(this T module, string path, IReadOnlyDictionary<string, string>? metadata = null) where T : torch.nn.Module
    {
        ArgumentNullException.ThrowIfNull(module);
        SafeTensors.Save(module.state_dict(), path, metadata);
        return module;
    }

    /// <summary>
    /// Loads a safetensors state_dict into the module's parameters and buffers (converted to their dtype and device).
    /// With <paramref name="strict"/>, a missing or unexpected key is an error; a shape mismatch, a missing file or a
    /// truncated or corrupt file always is (nothing is loaded then). Returns the missing and unexpected keys.
    /// </summary>
    public static (IList<string> missing_keys, IList<string> unexpected_keys) load(this torch.nn.Module module, string path, bool strict = true)
    {
        ArgumentNullException.ThrowIfNull(module);
        var state = SafeTensors.Load(path);
        try
        {
            return module.load_state_dict(state, strict);
        }
        finally
        {
            foreach (var t in state.Values) t.Dispose();
        }
    }
}
