using System.Text.RegularExpressions;
using static Zoo.Torch.torch;

namespace Zoo.Backbones;

/// <summary>
/// A network's intermediate outputs (timm's <c>features_only</c>, torchvision's <c>IntermediateLayerGetter</c>): it
/// takes the network's children, in registration order, up to the last one asked for, runs them in that order and
/// returns the outputs of those asked for. The children keep their names, so its state_dict is the network's minus
/// the children after the last stage (a ResNet's avgpool and fc): the network's weights load into it by name.
/// </summary>
/// <remarks>
/// It holds for networks whose forward is their children applied one after the other, as the zoo's ResNet,
/// CifarResNet and ResidualAttentionNet are up to their last stage; a network that combines its children otherwise
/// (a skip across stages, a child called twice) is not what this runs.
/// </remarks>
public sealed partial class FeatureExtractor : nn.Module<Tensor, Tensor[]>
{
    private readonly List<(string Name, nn.Module<Tensor, Tensor> Module)> chain = new();
    private readonly HashSet<string> returned;

    /// <summary>The outputs of <paramref name="returnLayers"/> (names of <paramref name="network"/>'s children), in network order.</summary>
    public FeatureExtractor(nn.Module network, params string[] returnLayers) : base(nameof(FeatureExtractor))
    {
        ArgumentNullException.ThrowIfNull(network);
        if (returnLayers.Length == 0) throw new ArgumentException("FeatureExtractor: name at least one child whose output to return.", nameof(returnLayers));
        var named = network.named_children().ToList();
        foreach (var name in returnLayers)
            if (named.All(c => c.name != name))
                throw new ArgumentException($"FeatureExtractor: {network.GetType().Name} has no child '{name}' (its children: {string.Join(", ", named.Select(c => c.name))}).", nameof(returnLayers));
        returned = new HashSet<string>(returnLayers);
        var last = named.FindLastIndex(c => returned.Contains(c.name));
        foreach (var (name, module) in named.Take(last + 1))
        {
            if (module is not nn.Module<Tensor, Tensor> layer)
                throw new ArgumentException($"FeatureExtractor: the child '{name}' ({module.GetType().Name}) does not map one tensor to one tensor, so it cannot run in a chain.", nameof(network));
            chain.Add((name, layer));
            register_module(name, layer);
        }
        Names = chain.Where(c => returned.Contains(c.Name)).Select(c => c.Name).ToList();
    }

    /// <summary>The children whose outputs forward returns, in order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>
    /// Every stage of a network: its children named layer1, layer2, ... or stage1, stage2, ... (the zoo's ResNets
    /// and Residual Attention Networks).
    /// </summary>
    public static FeatureExtractor Stages(nn.Module network)
    {
        var stages = network.named_children().Select(c => c.name).Where(n => StageName().IsMatch(n)).ToArray();
        if (stages.Length == 0)
            throw new ArgumentException($"FeatureExtractor: {network.GetType().Name} has no children named layer1, layer2, ... or stage1, stage2, ...; name the children to return.", nameof(network));
        return new FeatureExtractor(network, stages);
    }

    public override Tensor[] forward(Tensor input)
    {
        var outputs = new List<Tensor>(returned.Count);
        var x = input;
        foreach (var (name, module) in chain)
        {
            x = module.call(x);
            if (returned.Contains(name)) outputs.Add(x);
        }
        return outputs.ToArray();
    }

    [GeneratedRegex(@"^(layer|stage)\d+$")]
    private static partial Regex StageName();
}
