using Zoo.Torch.Modules;
using static Zoo.Torch.torch;

namespace Zoo.Training;

/// <summary>
/// Splits a model's parameters for weight decay, as is standard: kernels of convolutions and linear layers (two or
/// more dimensions) are decayed; biases and the scales and shifts of normalisation layers (one dimension) are not,
/// since shrinking them towards zero only fights the normalisation.
/// </summary>
public static class ParameterGroups
{
    public static (List<Parameter> decay, List<Parameter> noDecay) Split(nn.Module model)
    {
        var decay = new List<Parameter>();
        var noDecay = new List<Parameter>();
        foreach (var p in model.parameters())
        {
            if (!p.requires_grad) continue;
            (p.ndim <= 1 ? noDecay : decay).Add(p);
        }
        return (decay, noDecay);
    }

    /// <summary>The optimizer the recipe names, over the two groups (decayed first); empty groups are left out.</summary>
    public static optim.Optimizer CreateOptimizer(nn.Module model, TrainingRecipe recipe)
    {
        var (decay, noDecay) = Split(model);
        if (decay.Count + noDecay.Count == 0) throw new ArgumentException($"{model.GetName()} has no trainable parameter.");
        if (recipe.Optimizer == OptimizerKind.Sgd)
        {
            var groups = new List<SGD.ParamGroup>();
            if (decay.Count > 0) groups.Add(new SGD.ParamGroup(decay, weight_decay: recipe.WeightDecay));
            if (noDecay.Count > 0) groups.Add(new SGD.ParamGroup(noDecay, weight_decay: 0));
            return optim.SGD(groups, recipe.LearningRate, momentum: recipe.Momentum, nesterov: recipe.Nesterov && recipe.Momentum > 0);
        }
        var adamGroups = new List<Adam.ParamGroup>();
        if (decay.Count > 0) adamGroups.Add(new Adam.ParamGroup(decay, weight_decay: recipe.WeightDecay));
        if (noDecay.Count > 0) adamGroups.Add(new Adam.ParamGroup(noDecay, weight_decay: 0));
        return optim.AdamW(adamGroups, recipe.LearningRate, beta1: recipe.Beta1, beta2: recipe.Beta2, weight_decay: recipe.WeightDecay);
    }
}
