using System;
using System.Collections.Generic;
using System.Linq;
using Zoo.Generator.Model;

namespace Zoo.Generator.Semantics.Ops;

/// <summary>
/// Every op and layer the spec language knows, with the Zoo.Torch call each one becomes (names from the binding's
/// API contract, which mirrors TorchSharp). The generator knows ops, never a particular block: a new block is a new
/// spec; a new op is a new line here.
/// </summary>
internal static class OpCatalog
{
    public const string Torch = "global::Zoo.Torch.torch";
    public const string Functional = "global::Zoo.Torch.torch.nn.functional";
    public const string Nn = "global::Zoo.Torch.torch.nn";
    public const string Init = "global::Zoo.Torch.torch.nn.init";
    public const string ModulesNs = "global::Zoo.Torch.Modules";
    public const string TensorClr = "global::Zoo.Torch.torch.Tensor";
    public const string ModuleClr = "global::Zoo.Torch.torch.nn.Module<global::Zoo.Torch.torch.Tensor, global::Zoo.Torch.torch.Tensor>";

    private static readonly Dictionary<string, string> InterpolationModes = new()
    {
        ["nearest"] = "global::Zoo.Torch.InterpolationMode.Nearest",
        ["bilinear"] = "global::Zoo.Torch.InterpolationMode.Bilinear",
        ["bicubic"] = "global::Zoo.Torch.InterpolationMode.Bicubic",
        ["area"] = "global::Zoo.Torch.InterpolationMode.Area",
    };

    private static readonly Dictionary<string, string> UpsampleModes = new()
    {
        ["nearest"] = "global::Zoo.Torch.UpsampleMode.Nearest",
        ["bilinear"] = "global::Zoo.Torch.UpsampleMode.Bilinear",
        ["bicubic"] = "global::Zoo.Torch.UpsampleMode.Bicubic",
    };

    private static readonly Dictionary<string, string> PaddingModes = new()
    {
        ["constant"] = "global::Zoo.Torch.PaddingModes.Constant",
        ["reflect"] = "global::Zoo.Torch.PaddingModes.Reflect",
        ["replicate"] = "global::Zoo.Torch.PaddingModes.Replicate",
        ["circular"] = "global::Zoo.Torch.PaddingModes.Circular",
    };

    private static readonly OpDefinition[] Definitions = BuildDefinitions();

    private static readonly Dictionary<string, OpDefinition[]> ByName = Definitions
        .GroupBy(d => d.Name, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private static readonly Dictionary<string, OpDefinition> ById = Definitions.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public static IReadOnlyList<OpDefinition> All => Definitions;

    /// <summary>Every definition with this name (overloads differ by scope or by their first parameter).</summary>
    public static IReadOnlyList<OpDefinition> Lookup(string name) =>
        ByName.TryGetValue(name, out var found) ? found : Array.Empty<OpDefinition>();

    public static OpDefinition? Find(string id) => ById.TryGetValue(id, out var d) ? d : null;

    public static IEnumerable<string> Names => ByName.Keys;

    private static OpDefinition[] BuildDefinitions()
    {
        var ops = new List<OpDefinition>();

        // ---- forward: element-wise ------------------------------------------------------------------------
        foreach (var (name, summary) in new[]
        {
            ("abs", "|x|"), ("neg", "-x"), ("exp", "e^x"), ("log", "natural logarithm"), ("sqrt", "square root"),
            ("rsqrt", "1 / sqrt(x)"), ("square", "x²"), ("sin", "sine"), ("cos", "cosine"), ("tanh", "hyperbolic tangent"),
            ("sigmoid", "logistic sigmoid"), ("relu", "max(x, 0)"), ("floor", "round down"), ("ceil", "round up"),
            ("round", "round to nearest"), ("sign", "sign"), ("reciprocal", "1 / x"), ("erf", "error function"),
            ("contiguous", "a contiguous copy if needed"), ("clone", "a copy"), ("detach", "cut from the autograd graph"),
        })
            ops.Add(Forward(name, summary, SpecType.Tensor, new[] { $"{{input}}.{name}()" }, "same", T("input")));

        foreach (var (name, summary) in new[]
        {
            ("gelu", "Gaussian error linear unit"), ("silu", "x·σ(x)"), ("hardsigmoid", "piecewise-linear sigmoid"),
            ("hardswish", "x·hardsigmoid(x)"), ("relu6", "min(max(x, 0), 6)"),
        })
            ops.Add(Forward(name, summary, SpecType.Tensor, new[] { $"{Functional}.{name}({{input}})" }, "same", T("input")));

        ops.Add(Forward("leaky_relu", "max(x, slope·x)", SpecType.Tensor,
            new[] { $"{Functional}.leaky_relu({{input}}, {{negative_slope}}?)" }, "same",
            T("input"), Opt("negative_slope", ParameterKind.Float, "0.01")));
        ops.Add(Forward("softmax", "softmax over one dimension (always give dim)", SpecType.Tensor, new[] { "{input}.softmax({dim})" }, "same", T("input"), I("dim")));
        ops.Add(Forward("log_softmax", "log of softmax over one dimension", SpecType.Tensor, new[] { "{input}.log_softmax({dim})" }, "same", T("input"), I("dim")));
        ops.Add(Forward("pow", "x raised to a power", SpecType.Tensor, new[] { "{input}.pow({exponent})" }, "same", T("input"), P("exponent", ParameterKind.Scalar)));
        ops.Add(Forward("clamp", "limit to [min, max]", SpecType.Tensor,
            new[] { "{input}.clamp(min: {min}, max: {max}?)", "{input}.clamp(max: {max})" }, "same",
            T("input"), Opt("min", ParameterKind.Scalar, "null"), Opt("max", ParameterKind.Scalar, "null")));
        ops.Add(Forward("masked_fill", "value where mask is true", SpecType.Tensor, new[] { "{input}.masked_fill({mask}, {value})" }, "same",
            T("input"), T("mask"), P("value", ParameterKind.Scalar)));
        ops.Add(Forward("where", "elements of input where condition holds, else of other", SpecType.Tensor,
            new[] { $"{Torch}.where({{condition}}, {{input}}, {{other}})" }, "broadcast3", T("condition"), T("input"), T("other")));
        ops.Add(Forward("dropout", "zeroes elements with probability p while training", SpecType.Tensor,
            new[] { $"{Functional}.dropout({{input}}, {{p}}, this.training)", $"{Functional}.dropout({{input}}, 0.5, this.training)" }, "same",
            T("input"), Opt("p", ParameterKind.Float, "0.5")));
        ops.Add(Forward("normalize", "divide by the p-norm along dim", SpecType.Tensor,
            new[] { $"{Functional}.normalize({{input}}, p: {{p}}?, dim: {{dim}}?)" }, "same", T("input"), Opt("p", ParameterKind.Float, "2"), Opt("dim", ParameterKind.Int, "1")));
        ops.Add(Forward("softplus", "log(1 + e^(beta·x)) / beta", SpecType.Tensor,
            new[] { $"{Functional}.softplus({{input}}, beta: {{beta}}?)" }, "same", T("input"), Opt("beta", ParameterKind.Float, "1")));
        ops.Add(Forward("maximum", "element-wise maximum of two tensors", SpecType.Tensor, new[] { "{input}.maximum({other})" }, "broadcast", T("input"), T("other")));
        ops.Add(Forward("minimum", "element-wise minimum of two tensors", SpecType.Tensor, new[] { "{input}.minimum({other})" }, "broadcast", T("input"), T("other")));
        ops.Add(Forward("eq", "element-wise ==", SpecType.Tensor, new[] { "{input}.eq({other})" }, "broadcast", T("input"), P("other", ParameterKind.Tensor)));
        ops.Add(Forward("ne", "element-wise !=", SpecType.Tensor, new[] { "{input}.ne({other})" }, "broadcast", T("input"), P("other", ParameterKind.Tensor)));

        // ---- forward: reductions --------------------------------------------------------------------------
        foreach (var (name, summary) in new[] { ("sum", "sum"), ("mean", "mean") })
            ops.Add(Forward(name, summary + " over dims (all when none)", SpecType.Tensor,
                new[] { $"{{input}}.{name}({{dim}}, keepdim: {{keepdim}}?)", $"{{input}}.{name}()" }, "reduce",
                T("input"), Opt("dim", ParameterKind.Ints, "all"), Opt("keepdim", ParameterKind.Bool, "false")));
        foreach (var (name, summary) in new[] { ("amax", "maximum"), ("amin", "minimum") })
            ops.Add(Forward(name, summary + " over dims", SpecType.Tensor,
                new[] { $"{{input}}.{name}({{dim}}, keepdim: {{keepdim}}?)" }, "reduce",
                T("input"), P("dim", ParameterKind.Ints), Opt("keepdim", ParameterKind.Bool, "false")));
        foreach (var (name, summary) in new[] { ("var", "variance"), ("std", "standard deviation") })
            ops.Add(Forward(name, summary + " over dims", SpecType.Tensor,
                new[] { $"{{input}}.{name}({{dim}}, unbiased: {{unbiased}}?, keepdim: {{keepdim}}?)" }, "reduce",
                T("input"), P("dim", ParameterKind.Ints), Opt("unbiased", ParameterKind.Bool, "true"), Opt("keepdim", ParameterKind.Bool, "false")));
        ops.Add(Forward("logsumexp", "log Σ exp over one dim", SpecType.Tensor,
            new[] { "{input}.logsumexp({dim}, keepdim: {keepdim}?)" }, "reduce",
            T("input"), I("dim"), Opt("keepdim", ParameterKind.Bool, "false")));

        // ---- forward: shapes ------------------------------------------------------------------------------
        ops.Add(Forward("view", "the same data seen with another shape (one size may be -1)", SpecType.Tensor, new[] { "{input}.view({shape})" }, "view",
            T("input"), P("shape", ParameterKind.IntVarargs)));
        ops.Add(Forward("reshape", "another shape, copying if needed", SpecType.Tensor, new[] { "{input}.reshape({shape})" }, "view",
            T("input"), P("shape", ParameterKind.IntVarargs)));
        ops.Add(Forward("permute", "reorder dims", SpecType.Tensor, new[] { "{input}.permute({dims})" }, "permute",
            T("input"), P("dims", ParameterKind.IntVarargs)));
        ops.Add(Forward("transpose", "swap two dims", SpecType.Tensor, new[] { "{input}.transpose({dim0}, {dim1})" }, "transpose",
            T("input"), I("dim0"), I("dim1")));
        ops.Add(Forward("flatten", "merge dims start_dim..end_dim", SpecType.Tensor,
            new[] { "{input}.flatten(start_dim: {start_dim}?, end_dim: {end_dim}?)" }, "flatten",
            T("input"), Opt("start_dim", ParameterKind.Int, "0"), Opt("end_dim", ParameterKind.Int, "-1")));
        ops.Add(Forward("unflatten", "split one dim into sizes", SpecType.Tensor, new[] { "{input}.unflatten({dim}, {sizes})" }, "unflatten",
            T("input"), I("dim"), P("sizes", ParameterKind.IntVarargs)));
        ops.Add(Forward("unsqueeze", "insert a dim of size 1", SpecType.Tensor, new[] { "{input}.unsqueeze({dim})" }, "unsqueeze", T("input"), I("dim")));
        ops.Add(Forward("squeeze", "remove a dim of size 1 (all when none given)", SpecType.Tensor, new[] { "{input}.squeeze({dim}?)" }, "squeeze",
            T("input"), Opt("dim", ParameterKind.Int, "all")));
        ops.Add(Forward("expand", "broadcast to a shape (-1 keeps a dim)", SpecType.Tensor, new[] { "{input}.expand({shape})" }, "expand",
            T("input"), P("shape", ParameterKind.IntVarargs)));
        ops.Add(Forward("expand_as", "broadcast to another tensor's shape", SpecType.Tensor, new[] { "{input}.expand_as({other})" }, "as_other", T("input"), T("other")));
        ops.Add(Forward("repeat", "tile along each dim", SpecType.Tensor, new[] { "{input}.repeat({repeats})" }, null, T("input"), P("repeats", ParameterKind.IntVarargs)));
        ops.Add(Forward("narrow", "length elements of dim from start", SpecType.Tensor, new[] { "{input}.narrow({dim}, {start}, {length})" }, "narrow",
            T("input"), I("dim"), I("start"), I("length")));
        ops.Add(Forward("select", "one index of a dim (the dim disappears)", SpecType.Tensor, new[] { "{input}.select({dim}, {index})" }, "select",
            T("input"), I("dim"), I("index")));
        ops.Add(Forward("index_select", "the entries of dim at the positions a 1-D int64 index lists (an embedding lookup)", SpecType.Tensor,
            new[] { "{input}.index_select({dim}, {index})" }, "index_select", T("input"), I("dim"), T("index")));
        ops.Add(Forward("chunk", "split into n nearly equal pieces along dim", SpecType.TensorList, new[] { "{input}.chunk({chunks}, {dim}?)" }, null,
            T("input"), I("chunks"), Opt("dim", ParameterKind.Int, "0")));
        ops.Add(Forward("split", "split into pieces of a size, or of the given sizes, along dim", SpecType.TensorList,
            new[] { "{input}.split({split_size}, {dim}?)" }, null,
            T("input"), P("split_size", ParameterKind.IntOrInts), Opt("dim", ParameterKind.Int, "0")));
        ops.Add(Forward("unbind", "the slices along dim", SpecType.TensorList, new[] { "{input}.unbind({dim}?)" }, null,
            T("input"), Opt("dim", ParameterKind.Int, "0")));
        ops.Add(Forward("cat", "concatenate along an existing dim", SpecType.Tensor, new[] { $"{Torch}.cat({{tensors}}, {{dim}}?)" }, "cat",
            P("tensors", ParameterKind.TensorList), Opt("dim", ParameterKind.Int, "0")));
        ops.Add(Forward("stack", "stack along a new dim", SpecType.Tensor, new[] { $"{Torch}.stack({{tensors}}, {{dim}}?)" }, "stack",
            P("tensors", ParameterKind.TensorList), Opt("dim", ParameterKind.Int, "0")));
        ops.Add(Forward("size", "the size of one dim", SpecType.Int, new[] { "{input}.size({dim})" }, null, T("input"), I("dim")));
        ops.Add(Forward("shape", "the sizes of every dim", SpecType.IntList, new[] { "{input}.shape" }, null, T("input")));
        ops.Add(Forward("dim", "the number of dims", SpecType.Int, new[] { "{input}.dim()" }, null, T("input")));

        // ---- forward: products ----------------------------------------------------------------------------
        ops.Add(Forward("matmul", "matrix product with broadcasting (also a @ b)", SpecType.Tensor, new[] { "{input}.matmul({other})" }, "matmul", T("input"), T("other")));
        ops.Add(Forward("bmm", "batched matrix product [b,n,m]·[b,m,p]", SpecType.Tensor, new[] { "{input}.bmm({other})" }, "bmm", T("input"), T("other")));
        ops.Add(Forward("mm", "matrix product [n,m]·[m,p]", SpecType.Tensor, new[] { "{input}.mm({other})" }, "mm", T("input"), T("other")));
        ops.Add(Forward("einsum", "Einstein summation", SpecType.Tensor, new[] { $"{Torch}.einsum({{equation}}, {{operands}})" }, null,
            P("equation", ParameterKind.String), P("operands", ParameterKind.TensorVarargs)));

        // ---- forward: pooling, resizing -------------------------------------------------------------------
        ops.Add(Forward("adaptive_avg_pool2d", "average-pool to a fixed output size", SpecType.Tensor,
            new[] { $"{Functional}.adaptive_avg_pool2d({{input}}, {{output_size}})" }, "adaptive_pool", T("input"), P("output_size", ParameterKind.Ints)));
        ops.Add(Forward("adaptive_max_pool2d", "max-pool to a fixed output size", SpecType.Tensor,
            new[] { $"{Functional}.adaptive_max_pool2d({{input}}, {{output_size}})" }, "adaptive_pool", T("input"), P("output_size", ParameterKind.Ints)));
        ops.Add(Forward("max_pool2d", "max over kernel windows", SpecType.Tensor,
            new[] { $"{Functional}.max_pool2d({{input}}, {{kernel_size}}, stride: {{stride}}?, padding: {{padding}}?)" }, "pool", T("input"), P("kernel_size", ParameterKind.Ints), Opt("stride", ParameterKind.Ints, "kernel_size"), Opt("padding", ParameterKind.Ints, "0")));
        ops.Add(Forward("avg_pool2d", "average over kernel windows", SpecType.Tensor,
            new[] { $"{Functional}.avg_pool2d({{input}}, {{kernel_size}}, stride: {{stride}}?, padding: {{padding}}?)" }, "pool", T("input"), P("kernel_size", ParameterKind.Ints), Opt("stride", ParameterKind.Ints, "kernel_size"), Opt("padding", ParameterKind.Ints, "0")));
        ops.Add(Forward("interpolate", "resize to a size or by a scale factor", SpecType.Tensor,
            new[] { $"{Functional}.interpolate({{input}}, size: {{size}}?, scale_factor: {{scale_factor}}?, mode: {{mode}}?, align_corners: {{align_corners}}?)" }, "interpolate",
            T("input"), Opt("size", ParameterKind.OptionalInts, "null"), Opt("scale_factor", ParameterKind.OptionalFloats, "null"),
            new OpParameter("mode", ParameterKind.Choice, true, "'nearest'", InterpolationModes), Opt("align_corners", ParameterKind.OptionalBool, "null")));
        ops.Add(Forward("pad", "pad the last dims ([left, right, top, bottom, ...])", SpecType.Tensor,
            new[] { $"{Functional}.pad({{input}}, {{pad}}, mode: {{mode}}?, value: {{value}}?)" }, null,
            T("input"), P("pad", ParameterKind.Ints), new OpParameter("mode", ParameterKind.Choice, true, "'constant'", PaddingModes), Opt("value", ParameterKind.Float, "0")));

        // ---- forward: creation from another tensor (same dtype and device) ----------------------------------
        ops.Add(Forward("zeros_like", "zeros shaped like input", SpecType.Tensor, new[] { $"{Torch}.zeros_like({{input}})" }, "same", T("input")));
        ops.Add(Forward("ones_like", "ones shaped like input", SpecType.Tensor, new[] { $"{Torch}.ones_like({{input}})" }, "same", T("input")));
        ops.Add(Forward("full_like", "a value, shaped like input", SpecType.Tensor, new[] { $"{Torch}.full_like({{input}}, {{value}})" }, "same", T("input"), P("value", ParameterKind.Scalar)));
        ops.Add(Forward("eye", "an n×n identity matrix on like's device and dtype", SpecType.Tensor,
            new[] { $"{Torch}.eye({{n}}, dtype: {{like}}.dtype, device: {{like}}.device)" }, "eye", I("n"), T("like")));
        ops.Add(Forward("arange", "0, 1, ..., n-1 (int64) on like's device", SpecType.Tensor,
            new[] { $"{Torch}.arange({{end}}, device: {{like}}.device)" }, "arange", I("end"), T("like")));

        // ---- lists ----------------------------------------------------------------------------------------
        ops.Add(new OpDefinition("len", OpScope.Forward | OpScope.Scalar, "the number of items of a list", SpecType.Int,
            new[] { "global::Zoo.SpecList.Count({list})" }, null, new[] { P("list", ParameterKind.AnyList) }));

        // ---- parameters and buffers: creating a tensor ----------------------------------------------------
        foreach (var (name, summary) in new[]
        {
            ("zeros", "zeros"), ("ones", "ones"), ("randn", "standard normal samples"), ("rand", "uniform samples in [0, 1)"), ("empty", "uninitialised memory"),
        })
            ops.Add(new OpDefinition(name, OpScope.Create, summary + " of a shape", SpecType.Tensor, new[] { $"{Torch}.{name}({{size}})" }, "create",
                new[] { P("size", ParameterKind.IntVarargs) }));
        ops.Add(new OpDefinition("full", OpScope.Create, "a value repeated over a shape", SpecType.Tensor, new[] { $"{Torch}.full({{size}}, {{value}})" }, "create",
            new[] { P("size", ParameterKind.Ints), P("value", ParameterKind.Scalar) }));
        ops.Add(new OpDefinition("eye", OpScope.Create, "an n×n identity matrix", SpecType.Tensor, new[] { $"{Torch}.eye({{n}})" }, "eye",
            new[] { I("n") }));

        // ---- init: re-initialising parameters in place ----------------------------------------------------
        ops.Add(InitOp("zeros_", "set to 0", new[] { $"{Init}.zeros_({{tensor}})" }, T("tensor")));
        ops.Add(InitOp("ones_", "set to 1", new[] { $"{Init}.ones_({{tensor}})" }, T("tensor")));
        ops.Add(InitOp("constant_", "set to a value", new[] { $"{Init}.constant_({{tensor}}, {{value}})" }, T("tensor"), P("value", ParameterKind.Scalar)));
        ops.Add(InitOp("normal_", "normal samples", new[] { $"{Init}.normal_({{tensor}}, mean: {{mean}}?, std: {{std}}?)" },
            T("tensor"), Opt("mean", ParameterKind.Float, "0"), Opt("std", ParameterKind.Float, "1")));
        ops.Add(InitOp("uniform_", "uniform samples in [a, b)", new[] { $"{Init}.uniform_({{tensor}}, a: {{a}}?, b: {{b}}?)" },
            T("tensor"), Opt("a", ParameterKind.Float, "0"), Opt("b", ParameterKind.Float, "1")));

        // ---- scalar math (derived values, constraints, shapes, forward) -------------------------------------
        ops.Add(ScalarOp("max", "the largest of the numbers", new[] { "global::Zoo.SpecMath.Max({values})" }, ResultRule.NumericJoin, P("values", ParameterKind.NumberVarargs)));
        ops.Add(ScalarOp("min", "the smallest of the numbers", new[] { "global::Zoo.SpecMath.Min({values})" }, ResultRule.NumericJoin, P("values", ParameterKind.NumberVarargs)));
        ops.Add(ScalarOp("abs", "|x| of a number", new[] { "global::System.Math.Abs({x})" }, ResultRule.NumericJoin, P("x", ParameterKind.Number)));
        ops.Add(ScalarOp("int", "truncate toward zero (Python's int)", new[] { "global::Zoo.SpecMath.Int({x})" }, ResultRule.Fixed, P("x", ParameterKind.Number), SpecType.Int));
        ops.Add(ScalarOp("float", "as a float", new[] { "(double)({x})" }, ResultRule.Fixed, P("x", ParameterKind.Number), SpecType.Float));
        ops.Add(ScalarOp("floor", "round down to an int", new[] { "global::Zoo.SpecMath.Floor({x})" }, ResultRule.Fixed, P("x", ParameterKind.Number), SpecType.Int));
        ops.Add(ScalarOp("ceil", "round up to an int", new[] { "global::Zoo.SpecMath.Ceil({x})" }, ResultRule.Fixed, P("x", ParameterKind.Number), SpecType.Int));
        ops.Add(ScalarOp("round", "round half to even, to an int (Python's round)", new[] { "global::Zoo.SpecMath.Round({x})" }, ResultRule.Fixed, P("x", ParameterKind.Number), SpecType.Int));
        ops.Add(ScalarOp("sqrt", "square root", new[] { "global::System.Math.Sqrt({x})" }, ResultRule.Fixed, P("x", ParameterKind.Number), SpecType.Float));
        ops.Add(ScalarOp("exp", "e^x", new[] { "global::System.Math.Exp({x})" }, ResultRule.Fixed, P("x", ParameterKind.Number), SpecType.Float));
        ops.Add(ScalarOp("log", "natural logarithm", new[] { "global::System.Math.Log({x})" }, ResultRule.Fixed, P("x", ParameterKind.Number), SpecType.Float));
        ops.Add(ScalarOp("log2", "base-2 logarithm", new[] { "global::Zoo.SpecMath.Log2({x})" }, ResultRule.Fixed, P("x", ParameterKind.Number), SpecType.Float));

        // ---- layers of the binding (children) -------------------------------------------------------------
        ops.Add(Layer("Conv1d", "1-D convolution", "conv1d", "Conv1d",
            I("in_channels"), I("out_channels"), I("kernel_size"), Opt("stride", ParameterKind.Int, "1"), Opt("padding", ParameterKind.Int, "0"),
            Opt("dilation", ParameterKind.Int, "1"), Opt("groups", ParameterKind.Int, "1"), Opt("bias", ParameterKind.Bool, "true")));
        ops.Add(Layer("Conv2d", "2-D convolution; sizes are ints or [height, width]", "conv2d", "Conv2d",
            I("in_channels"), I("out_channels"), P("kernel_size", ParameterKind.IntPair), Opt("stride", ParameterKind.IntPair, "1"), Opt("padding", ParameterKind.IntPair, "0"),
            Opt("dilation", ParameterKind.IntPair, "1"), Opt("groups", ParameterKind.Int, "1"), Opt("bias", ParameterKind.Bool, "true")));
        ops.Add(Layer("Linear", "affine map of the last dim", "linear", "Linear", I("in_features"), I("out_features"), Opt("bias", ParameterKind.Bool, "true")));
        ops.Add(Layer("BatchNorm1d", "batch normalisation over [N, C] or [N, C, L]", "batchnorm", "BatchNorm1d",
            I("num_features"), Opt("eps", ParameterKind.Float, "1e-5"), Opt("momentum", ParameterKind.Float, "0.1"),
            Opt("affine", ParameterKind.Bool, "true"), Opt("track_running_stats", ParameterKind.Bool, "true")));
        ops.Add(Layer("BatchNorm2d", "batch normalisation over [N, C, H, W]", "batchnorm", "BatchNorm2d",
            I("num_features"), Opt("eps", ParameterKind.Float, "1e-5"), Opt("momentum", ParameterKind.Float, "0.1"),
            Opt("affine", ParameterKind.Bool, "true"), Opt("track_running_stats", ParameterKind.Bool, "true")));
        ops.Add(Layer("GroupNorm", "group normalisation", "groupnorm", "GroupNorm",
            I("num_groups"), I("num_channels"), Opt("eps", ParameterKind.Float, "1e-5"), Opt("affine", ParameterKind.Bool, "true")));
        ops.Add(Layer("LayerNorm", "layer normalisation over the last dims", "layernorm", "LayerNorm",
            P("normalized_shape", ParameterKind.Ints), Opt("eps", ParameterKind.Float, "1e-5"), Opt("elementwise_affine", ParameterKind.Bool, "true")));
        ops.Add(Layer("ReLU", "max(x, 0)", "same", "ReLU", Opt("inplace", ParameterKind.Bool, "false")));
        ops.Add(Layer("LeakyReLU", "max(x, slope·x)", "same", "LeakyReLU", Opt("negative_slope", ParameterKind.Float, "0.01")));
        foreach (var (name, summary) in new[]
        {
            ("Sigmoid", "logistic sigmoid"), ("Tanh", "hyperbolic tangent"), ("GELU", "Gaussian error linear unit"), ("SiLU", "x·σ(x)"),
            ("Hardsigmoid", "piecewise-linear sigmoid"), ("Hardswish", "x·hardsigmoid(x)"), ("Identity", "returns its input"),
        })
            ops.Add(Layer(name, summary, "same", name));
        ops.Add(Layer("Softmax", "softmax over one dim", "same", "Softmax", I("dim")));
        ops.Add(Layer("LogSoftmax", "log of softmax over one dim", "same", "LogSoftmax", I("dim")));
        ops.Add(Layer("MaxPool2d", "max over kernel windows; sizes are ints or [height, width]", "pool_layer", "MaxPool2d",
            P("kernel_size", ParameterKind.IntPair), Opt("stride", ParameterKind.OptionalIntPair, "kernel_size"), Opt("padding", ParameterKind.IntPair, "0"),
            Opt("dilation", ParameterKind.IntPair, "1"), Opt("ceil_mode", ParameterKind.Bool, "false")));
        ops.Add(Layer("AvgPool2d", "average over kernel windows; sizes are ints or [height, width]", "pool_layer", "AvgPool2d",
            P("kernel_size", ParameterKind.IntPair), Opt("stride", ParameterKind.OptionalIntPair, "kernel_size"), Opt("padding", ParameterKind.IntPair, "0"),
            Opt("ceil_mode", ParameterKind.Bool, "false"), Opt("count_include_pad", ParameterKind.Bool, "true")));
        ops.Add(Layer("AdaptiveAvgPool2d", "average-pool to a fixed output size (an int or [height, width])", "adaptive_pool_layer", "AdaptiveAvgPool2d", P("output_size", ParameterKind.IntPair)));
        ops.Add(Layer("AdaptiveMaxPool2d", "max-pool to a fixed output size (an int or [height, width])", "adaptive_pool_layer", "AdaptiveMaxPool2d", P("output_size", ParameterKind.IntPair)));
        ops.Add(Layer("Dropout", "zeroes elements with probability p while training", "same", "Dropout", Opt("p", ParameterKind.Float, "0.5"), Opt("inplace", ParameterKind.Bool, "false")));
        ops.Add(Layer("Dropout2d", "zeroes whole channels with probability p while training", "same", "Dropout2d", Opt("p", ParameterKind.Float, "0.5"), Opt("inplace", ParameterKind.Bool, "false")));
        ops.Add(Layer("Flatten", "merge dims start_dim..end_dim", "flatten_layer", "Flatten", Opt("start_dim", ParameterKind.Int, "1"), Opt("end_dim", ParameterKind.Int, "-1")));
        ops.Add(new OpDefinition("Upsample", OpScope.Layer, "resize to a size or by a scale factor", SpecType.Module(ModulesNs + ".Upsample"),
            new[] { $"{Nn}.Upsample(size: {{size}}?, scale_factor: {{scale_factor}}?, mode: {{mode}}?, align_corners: {{align_corners}}?)" }, "upsample",
            new[]
            {
                Opt("size", ParameterKind.OptionalInts, "null"), Opt("scale_factor", ParameterKind.OptionalFloats, "null"),
                new OpParameter("mode", ParameterKind.Choice, true, "'nearest'", UpsampleModes), Opt("align_corners", ParameterKind.OptionalBool, "null"),
            }));
        ops.Add(new OpDefinition("Sequential", OpScope.Layer, "runs its modules in order; children named 0, 1, ... (lists are spliced in)",
            SpecType.Module(ModulesNs + ".Sequential"), new[] { $"{Nn}.Sequential({{modules}})" }, "sequential", new[] { P("modules", ParameterKind.ModuleVarargs) }));
        ops.Add(new OpDefinition("ModuleList", OpScope.Layer, "holds modules, indexable in forward; children named 0, 1, ...",
            new SpecType(TypeKind.ModuleList), new[] { $"{Nn}.ModuleList({{modules}})" }, null, new[] { P("modules", ParameterKind.ModuleVarargs) }));
        return ops.ToArray();
    }

    // ---- builders ----------------------------------------------------------------------------------------------

    private static OpParameter T(string name) => new(name, ParameterKind.Tensor, false);

    private static OpParameter I(string name) => new(name, ParameterKind.Int, false);

    private static OpParameter P(string name, ParameterKind kind) => new(name, kind, false);

    private static OpParameter Opt(string name, ParameterKind kind, string defaultDisplay) => new(name, kind, true, defaultDisplay);

    private static OpDefinition Forward(string name, string summary, SpecType result, string[] templates, string? shape, params OpParameter[] parameters) =>
        new(name, OpScope.Forward, summary, result, templates, shape, parameters);

    private static OpDefinition InitOp(string name, string summary, string[] templates, params OpParameter[] parameters) =>
        new(name, OpScope.Init, summary, SpecType.Void, templates, null, parameters);

    private static OpDefinition ScalarOp(string name, string summary, string[] templates, ResultRule rule, OpParameter parameter, SpecType? result = null) =>
        new(name, OpScope.Scalar, summary, result ?? SpecType.Float, templates, null, new[] { parameter }, rule);

    /// <summary>A layer: the factory <c>torch.nn.Name(...)</c> returning <c>Modules.Name</c>; optional arguments by name.</summary>
    private static OpDefinition Layer(string name, string summary, string shape, string clrName, params OpParameter[] parameters)
    {
        var items = parameters.Select(p => p.Optional ? p.Name + ": {" + p.Name + "}?" : "{" + p.Name + "}");
        var template = $"{Nn}.{name}({string.Join(", ", items)})";
        return new OpDefinition(name, OpScope.Layer, summary, SpecType.Module(ModulesNs + "." + clrName), new[] { template }, shape, parameters);
    }
}
