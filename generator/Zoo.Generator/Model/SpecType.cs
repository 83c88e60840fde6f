using System.Linq;

namespace Zoo.Generator.Model;

internal enum TypeKind
{
    /// <summary>The type of an expression that already produced a diagnostic; accepted everywhere to avoid cascades.</summary>
    Error,
    Void,
    Null,
    Int,
    Float,
    Bool,
    String,
    Enum,
    IntList,
    FloatList,
    Tensor,
    /// <summary>A list of tensors (cat/stack inputs, chunk/split results, a list built in a loop).</summary>
    TensorList,
    /// <summary>Several tensors returned together (a module with several outputs, max with indices).</summary>
    TensorTuple,
    Module,
    ModuleList,
    /// <summary>A block reference: a spec with some hyperparameters fixed, completed at the use site.</summary>
    Block,
    /// <summary>A spec name used as a value: a block reference with nothing fixed yet.</summary>
    Spec,
    /// <summary>An op or layer name not yet called.</summary>
    Function,
}

/// <summary>The slot of a block reference: what the use site supplies, and which constants the block must have.</summary>
internal sealed record BlockSignature(EquatableArray<BlockSlotArgument> Arguments, EquatableArray<string> Constants);

internal sealed record BlockSlotArgument(string Name, HyperparameterKind Kind);

/// <summary>
/// The static type of a value in the spec language. Modules carry their C# class and arity; enums their C# type and
/// values; block references their slot signature (or, for a concrete reference, the spec they name).
/// </summary>
internal sealed record SpecType(
    TypeKind Kind,
    bool IsNullable = false,
    string Clr = "",
    int Inputs = 0,
    int Outputs = 0,
    string? Spec = null,
    EquatableArray<string> EnumValues = default,
    BlockSignature? Signature = null)
{
    public static readonly SpecType Error = new(TypeKind.Error);
    public static readonly SpecType Void = new(TypeKind.Void);
    public static readonly SpecType Null = new(TypeKind.Null, true);
    public static readonly SpecType Int = new(TypeKind.Int);
    public static readonly SpecType Float = new(TypeKind.Float);
    public static readonly SpecType Bool = new(TypeKind.Bool);
    public static readonly SpecType String = new(TypeKind.String);
    public static readonly SpecType IntList = new(TypeKind.IntList);
    public static readonly SpecType FloatList = new(TypeKind.FloatList);
    public static readonly SpecType Tensor = new(TypeKind.Tensor);
    public static readonly SpecType TensorList = new(TypeKind.TensorList);
    public static readonly SpecType Function = new(TypeKind.Function);

    public static SpecType TensorTuple(int count) => new(TypeKind.TensorTuple, Outputs: count);

    public static SpecType Module(string clr, int inputs = 1, int outputs = 1, string? spec = null) =>
        new(TypeKind.Module, Clr: clr, Inputs: inputs, Outputs: outputs, Spec: spec);

    public static SpecType ModuleList(SpecType element) =>
        new(TypeKind.ModuleList, Clr: element.Clr, Inputs: element.Inputs, Outputs: element.Outputs, Spec: element.Spec);

    public static SpecType Enum(string clr, EquatableArray<string> values) => new(TypeKind.Enum, Clr: clr, EnumValues: values);

    public static SpecType Block(BlockSignature signature, bool nullable) => new(TypeKind.Block, nullable, Signature: signature);

    public static SpecType BlockOf(string spec) => new(TypeKind.Block, Spec: spec);

    public bool IsError => Kind == TypeKind.Error;

    public bool IsNumber => Kind is TypeKind.Int or TypeKind.Float;

    public bool IsScalar => Kind is TypeKind.Int or TypeKind.Float or TypeKind.Bool;

    public SpecType NonNullable => IsNullable && Kind != TypeKind.Null ? this with { IsNullable = false } : this;

    public SpecType AsNullable => this with { IsNullable = true };

    /// <summary>The element type of a module list (the modules it holds).</summary>
    public SpecType Element => Kind == TypeKind.ModuleList ? Module(Clr, Inputs, Outputs, Spec) : Error;

    /// <summary>How the type reads in a message: "int", "tensor", "module Conv2d", "int?".</summary>
    public string Display
    {
        get
        {
            var name = Kind switch
            {
                TypeKind.Error => "an invalid value",
                TypeKind.Void => "nothing",
                TypeKind.Null => "null",
                TypeKind.Int => "int",
                TypeKind.Float => "float",
                TypeKind.Bool => "bool",
                TypeKind.String => "string",
                TypeKind.Enum => "one of " + string.Join(", ", EnumValues.Select(v => "'" + v + "'")),
                TypeKind.IntList => "int[]",
                TypeKind.FloatList => "float[]",
                TypeKind.Tensor => "tensor",
                TypeKind.TensorList => "tensor[]",
                TypeKind.TensorTuple => $"{Outputs} tensors",
                TypeKind.Module => "module " + ShortClr,
                TypeKind.ModuleList => "a list of modules " + ShortClr,
                TypeKind.Block => Spec is null ? "block" : "block " + Spec,
                TypeKind.Spec => "spec " + Spec,
                _ => "a function (call it)",
            };
            return IsNullable && Kind != TypeKind.Null ? name + "?" : name;
        }
    }

    private string ShortClr
    {
        get
        {
            var generic = Clr.IndexOf('<');
            var head = generic >= 0 ? Clr.Substring(0, generic) : Clr;
            var dot = head.LastIndexOf('.');
            return dot >= 0 ? head.Substring(dot + 1) : head;
        }
    }
}
