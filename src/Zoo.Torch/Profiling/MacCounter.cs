namespace Zoo.Torch.Profiling;

/// <summary>
/// Counts the multiply-accumulate operations (MACs) of the computation run on this thread while it is active:
/// convolutions (and transposed ones), linear layers and matrix products (matmul, mm, bmm, baddbmm, addmm, einsum).
/// Elementwise operations, normalisations and pooling are not counted, as in fvcore and torchinfo; unlike module-hook
/// counters, the products inside a block's forward (an attention map's bmm, an einsum) are counted.
/// </summary>
/// <remarks>
/// Counters nest: an inner counter's MACs also count in every enclosing one, so a per-module count can sit inside a
/// whole-model count. When no counter is active the operations pay one thread-static read.
/// FLOPs are usually quoted as 2 x MACs; figures in this project are MACs.
/// </remarks>
public sealed class MacCounter : IDisposable
{
    [ThreadStatic] private static MacCounter? current;

    private readonly MacCounter? outer;
    private bool disposed;

    private MacCounter() => outer = current;

    /// <summary>Starts counting on this thread until the returned counter is disposed.</summary>
    public static MacCounter Start()
    {
        var counter = new MacCounter();
        current = counter;
        return counter;
    }

    /// <summary>The MACs counted so far.</summary>
    public long MACs { get; private set; }

    /// <summary>True while some counter is active on this thread (operations check this before computing a count).</summary>
    internal static bool IsActive => current is not null;

    internal static void Add(long macs)
    {
        for (var c = current; c is not null; c = c.outer) c.MACs += macs;
    }

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        if (current == this) current = outer;
    }

    // ---- the counts of each kind of operation, from the operands' shapes ---------------------------------------

    /// <summary>A convolution: every output element is a dot product over C_in/groups x kernel elements.</summary>
    internal static void CountConvolution(torch.Tensor output, torch.Tensor weight)
    {
        long perOutput = weight.numel() / weight.size(0); // [C_out, C_in/groups, k...]
        Add(output.numel() * perOutput);
    }

    /// <summary>A transposed convolution: every input element is spread over C_out/groups x kernel outputs.</summary>
    internal static void CountTransposedConvolution(torch.Tensor input, torch.Tensor weight)
    {
        long perInput = weight.numel() / weight.size(0); // [C_in, C_out/groups, k...]
        Add(input.numel() * perInput);
    }

    /// <summary>A matrix product (any batching): every output element is a dot product of length K.</summary>
    internal static void CountProduct(torch.Tensor output, long k) => Add(output.numel() * k);

    /// <summary>
    /// An einsum, contracted left to right as libtorch does: each pairwise contraction costs the product of the sizes
    /// of every label it involves.
    /// </summary>
    internal static void CountEinsum(string equation, ReadOnlySpan<torch.Tensor> operands)
    {
        var arrow = equation.IndexOf("->", StringComparison.Ordinal);
        var inputs = (arrow >= 0 ? equation[..arrow] : equation).Replace(" ", "").Split(',');
        if (inputs.Length != operands.Length) return; // libtorch has already rejected it
        var sizes = new Dictionary<char, long>();
        long ellipsis = 1;
        var labels = new List<HashSet<char>>();
        for (int i = 0; i < inputs.Length; i++)
        {
            var shape = operands[i].shape;
            var term = inputs[i];
            int dots = term.IndexOf("...", StringComparison.Ordinal);
            var letters = term.Replace("...", "");
            int ellipsisDims = shape.Length - letters.Length;
            long product = 1;
            for (int d = 0; d < ellipsisDims; d++) product *= shape[(dots < 0 ? 0 : dots) + d];
            ellipsis = Math.Max(ellipsis, product);
            int dim = 0;
            var set = new HashSet<char>();
            for (int c = 0; c < term.Length; c++)
            {
                if (term[c] == '.') { c += 2; dim += ellipsisDims; continue; }
                sizes[term[c]] = Math.Max(sizes.GetValueOrDefault(term[c], 1), shape[dim++]);
                set.Add(term[c]);
            }
            labels.Add(set);
        }
        var output = arrow >= 0 ? new HashSet<char>(equation[(arrow + 2)..].Where(char.IsLetter)) : null;
        if (labels.Count == 1)
        {
            Add(labels[0].Aggregate(ellipsis, (p, c) => p * sizes[c]));
            return;
        }
        var carried = labels[0];
        for (int i = 1; i < labels.Count; i++)
        {
            var involved = new HashSet<char>(carried);
            involved.UnionWith(labels[i]);
            Add(involved.Aggregate(ellipsis, (p, c) => p * sizes[c]));
            // What the next contraction still needs: labels of the output or of operands not yet contracted.
            var needed = new HashSet<char>(output ?? involved);
            for (int j = i + 1; j < labels.Count; j++) needed.UnionWith(labels[j]);
            involved.IntersectWith(needed);
            carried = involved;
        }
    }
}
