using Zoo.Torch.Modules;
using static Zoo.Torch.torch;

namespace Zoo;

/// <summary>Finds a parameter below a module by its state_dict path (a spec's "init": zeros_(W[1].weight) → "W.1.weight").</summary>
public static class ModuleTensors
{
    /// <summary>The parameter at <paramref name="path"/> below <paramref name="module"/> ("W.1.weight").</summary>
    public static Parameter Parameter(nn.Module module, string path)
    {
        foreach (var (name, parameter) in module.named_parameters())
            if (name == path) return parameter;
        throw new ArgumentException(
            $"{module.GetName()} has no parameter '{path}' (its parameters: {string.Join(", ", module.named_parameters().Select(p => p.name))}).", nameof(path));
    }
}
