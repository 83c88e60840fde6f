using System.Linq;
using Zoo.Generator.Model;
using Zoo.Generator.Semantics.Ops;

namespace Zoo.Generator.Semantics;

/// <summary>Spec types of hyperparameters, and the C# types every spec type is written as.</summary>
internal static class TypeMapper
{
    public const string BlockFactoryClr = "global::Zoo.BlockFactory";

    /// <summary>The type of a hyperparameter of <paramref name="ownerClr"/> (enums are nested in the owner's class).</summary>
    public static SpecType Of(HyperparameterSyntax h, string ownerClr) => Of(h.Kind, h.Name.Value, ownerClr, h.EnumValues, SignatureOf(h));

    public static SpecType Of(HyperparameterKind kind, string name, string ownerClr, EquatableArray<string> enumValues, BlockSignature? signature) => kind switch
    {
        HyperparameterKind.Int => SpecType.Int,
        HyperparameterKind.Float => SpecType.Float,
        HyperparameterKind.Bool => SpecType.Bool,
        HyperparameterKind.IntList => SpecType.IntList,
        HyperparameterKind.FloatList => SpecType.FloatList,
        HyperparameterKind.OptionalInt => SpecType.Int.AsNullable,
        HyperparameterKind.OptionalFloat => SpecType.Float.AsNullable,
        HyperparameterKind.Enum => SpecType.Enum(ownerClr + "." + EnumTypeName(name), enumValues),
        HyperparameterKind.Block => SpecType.Block(signature ?? EmptySignature, false),
        _ => SpecType.Block(signature ?? EmptySignature, true),
    };

    public static readonly BlockSignature EmptySignature = new(EquatableArray<BlockSlotArgument>.Empty, EquatableArray<string>.Empty);

    public static BlockSignature SignatureOf(HyperparameterSyntax h) => new(
        h.BlockArguments.Select(a => new BlockSlotArgument(a.Name.Value, a.Kind)).ToEquatableArray(),
        h.BlockConstants.Select(c => c.Value).ToEquatableArray());

    /// <summary>The nested C# enum type of an enum hyperparameter: "mode" → "Mode".</summary>
    public static string EnumTypeName(string hyperparameter) => NameRules.Pascal(hyperparameter);

    /// <summary>The type a use site's argument of a block slot has (enums are not allowed there).</summary>
    public static SpecType OfSlotArgument(BlockSlotArgument argument) => argument.Kind switch
    {
        // A block passed through a slot: its own signature is checked where it is finally used.
        HyperparameterKind.Block => new SpecType(TypeKind.Block),
        HyperparameterKind.OptionalBlock => new SpecType(TypeKind.Block, true),
        _ => Of(argument.Kind, argument.Name, "", EquatableArray<string>.Empty, EmptySignature),
    };

    /// <summary>The C# type of a value of this spec type.</summary>
    public static string Clr(SpecType type)
    {
        var core = type.Kind switch
        {
            TypeKind.Int => "long",
            TypeKind.Float => "double",
            TypeKind.Bool => "bool",
            TypeKind.String => "string",
            TypeKind.Enum => type.Clr,
            TypeKind.IntList => "long[]",
            TypeKind.FloatList => "double[]",
            TypeKind.Tensor => OpCatalog.TensorClr,
            TypeKind.TensorList => "global::System.Collections.Generic.IList<" + OpCatalog.TensorClr + ">",
            TypeKind.Module => type.Clr,
            TypeKind.ModuleList => "global::Zoo.Torch.Modules.ModuleList<" + type.Clr + ">",
            TypeKind.Block or TypeKind.Spec => BlockFactoryClr,
            TypeKind.TensorTuple => "(" + string.Join(", ", Enumerable.Repeat(OpCatalog.TensorClr, type.Outputs)) + ")",
            _ => "object",
        };
        return type.IsNullable && type.Kind != TypeKind.Null ? core + "?" : core;
    }
}
