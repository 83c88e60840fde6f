using System.Globalization;
using System.Text;

namespace Zoo.Summary;

/// <summary>
/// A <see cref="ModelSummary"/> as torchinfo prints one: a tree of layers (down to a depth) with each call's output
/// shape, parameters and MACs, then the totals and the sizes.
/// </summary>
public static class SummaryTable
{
    /// <summary>The table; layers deeper than <paramref name="maxDepth"/> are not shown (their costs count in their parents').</summary>
    public static string Format(ModelSummary summary, int maxDepth = 3)
    {
        var layers = summary.Layers.Where(l => l.Depth <= maxDepth).ToList();
        var names = TreeNames(layers);
        var rows = layers.Select((l, i) => new[]
        {
            names[i],
            string.Join(", ", l.OutputShapes.Select(Shape)),
            l.Depth == 0 || l.Parameters > 0 ? Number(l.Parameters) : "--",
            l.MACs > 0 ? Number(l.MACs) : "--",
        }).ToList();
        var headers = new[] { "Layer (type)", "Output shape", "Params", "MACs" };
        var widths = Enumerable.Range(0, 4).Select(c => rows.Select(r => r[c].Length).Append(headers[c].Length).Max()).ToArray();
        int total = widths.Sum() + 3 * 3;

        var text = new StringBuilder();
        void Line(char c) => text.Append(new string(c, total)).Append('\n');
        void Row(string[] cells) => text
            .Append(cells[0].PadRight(widths[0])).Append("   ")
            .Append(cells[1].PadRight(widths[1])).Append("   ")
            .Append(cells[2].PadLeft(widths[2])).Append("   ")
            .Append(cells[3].PadLeft(widths[3])).Append('\n');

        text.Append(summary.Model).Append(" on ").Append(string.Join(", ", summary.InputShapes.Select(Shape))).Append('\n');
        Line('=');
        Row(headers);
        Line('=');
        foreach (var row in rows) Row(row);
        Line('=');
        text.Append("Total params: ").Append(Number(summary.TotalParameters)).Append('\n');
        text.Append("Trainable params: ").Append(Number(summary.TrainableParameters)).Append('\n');
        text.Append("Non-trainable params: ").Append(Number(summary.NonTrainableParameters)).Append('\n');
        text.Append("Total MACs: ").Append(Number(summary.MACs)).Append(" (").Append(Scaled(summary.MACs)).Append(")\n");
        Line('-');
        text.Append("Input size (MB): ").Append(Megabytes(summary.InputBytes)).Append('\n');
        text.Append("Forward pass size (MB): ").Append(Megabytes(summary.ForwardPassBytes)).Append('\n');
        text.Append("Params size (MB): ").Append(Megabytes(summary.ParameterBytes)).Append('\n');
        text.Append("Estimated total size (MB): ")
            .Append(Megabytes(summary.InputBytes + summary.ForwardPassBytes + summary.ParameterBytes)).Append('\n');
        Line('-');
        text.Append("MACs: multiply-accumulates of convolutions, linear layers and matrix products (FLOPs are usually 2 x MACs).\n");
        return text.ToString();
    }

    /// <summary>"├─conv1 (Conv2d)" with the tree's guides: └─ for a parent's last child, │ under an open parent.</summary>
    private static List<string> TreeNames(IReadOnlyList<LayerSummary> layers)
    {
        // A row is its parent's last child when no later row at its depth comes before one closer to the root.
        var last = new bool[layers.Count];
        for (int i = 0; i < layers.Count; i++)
        {
            last[i] = true;
            for (int j = i + 1; j < layers.Count && layers[j].Depth >= layers[i].Depth; j++)
                if (layers[j].Depth == layers[i].Depth) { last[i] = false; break; }
        }
        var names = new List<string>();
        var openAt = new List<bool>(); // openAt[d]: the row at depth d has siblings still to come
        for (int i = 0; i < layers.Count; i++)
        {
            var layer = layers[i];
            if (layer.Depth == 0)
            {
                names.Add(layer.Type);
                continue;
            }
            while (openAt.Count < layer.Depth) openAt.Add(false);
            var prefix = new StringBuilder();
            for (int d = 1; d < layer.Depth; d++) prefix.Append(openAt[d - 1] ? "│ " : "  ");
            prefix.Append(last[i] ? "└─" : "├─");
            openAt[layer.Depth - 1] = !last[i];
            names.Add(prefix + layer.ShortName + " (" + layer.Type + ")");
        }
        return names;
    }

    private static string Shape(long[] shape) => "[" + string.Join(", ", shape) + "]";

    private static string Number(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Megabytes(long bytes) => (bytes / 1e6).ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>1.82 G, 310.5 M, 12.3 K.</summary>
    public static string Scaled(long n) => n switch
    {
        >= 1_000_000_000 => (n / 1e9).ToString("F2", CultureInfo.InvariantCulture) + " G",
        >= 1_000_000 => (n / 1e6).ToString("F2", CultureInfo.InvariantCulture) + " M",
        >= 1_000 => (n / 1e3).ToString("F2", CultureInfo.InvariantCulture) + " K",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };
}
