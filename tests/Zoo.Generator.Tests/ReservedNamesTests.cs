using System.Reflection;
using Zoo.Generator.Semantics;
using static Zoo.Torch.torch;

namespace Zoo.Generator.Tests;

/// <summary>The names a spec may not use are exactly those a generated module already has.</summary>
public class ReservedNamesTests
{
    [Fact]
    public void Every_member_a_generated_module_inherits_is_reserved()
    {
        var inherited = typeof(nn.Module<Tensor, Tensor>)
            .GetMembers(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.FlattenHierarchy)
            .Where(m => m is MethodInfo { IsPrivate: false, IsAssembly: false, IsSpecialName: false } or PropertyInfo or FieldInfo { IsPrivate: false, IsAssembly: false } or EventInfo)
            .Where(m => m is not PropertyInfo p || p.GetMethod is { IsPrivate: false, IsAssembly: false })
            .Select(m => m.Name)
            .Where(n => !n.Contains('<') && !n.Contains('.'))
            .Distinct()
            .ToList();
        Assert.Contains("forward", inherited);
        var missing = inherited.Where(n => !NameRules.ReservedMembers.Contains(n)).ToList();
        Assert.True(missing.Count == 0, "not reserved: " + string.Join(", ", missing));

        // And nothing else is taken from specs than what modules inherit, their extension methods, and the factories.
        var extensions = typeof(Zoo.Torch.ModuleExtensions).GetMethods(BindingFlags.Public | BindingFlags.Static).Select(m => m.Name);
        var needless = NameRules.ReservedMembers.Except(inherited).Except(extensions).Except(new[] { "Block", "Create" }).ToList();
        Assert.True(needless.Count == 0, "reserved for no reason: " + string.Join(", ", needless));
    }
}
