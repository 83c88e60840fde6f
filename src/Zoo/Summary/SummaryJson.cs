using System.Text.Json;

namespace Zoo.Summary;

/// <summary>A <see cref="ModelSummary"/> for machines: the same rows and totals as the table, as JSON (snake_case).</summary>
public static class SummaryJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    /// <summary>Every layer (or those down to <paramref name="maxDepth"/>), the totals and the sizes.</summary>
    public static string Format(ModelSummary summary, int maxDepth = int.MaxValue) =>
        JsonSerializer.Serialize(new
        {
            model = summary.Model,
            inputs = summary.InputShapes,
            outputs = summary.OutputShapes,
            total_parameters = summary.TotalParameters,
            trainable_parameters = summary.TrainableParameters,
            macs = summary.MACs,
            input_bytes = summary.InputBytes,
            forward_pass_bytes = summary.ForwardPassBytes,
            parameter_bytes = summary.ParameterBytes,
            layers = summary.Layers.Where(l => l.Depth <= maxDepth).Select(l => new
            {
                depth = l.Depth,
                name = l.Name,
                type = l.Type,
                outputs = l.OutputShapes,
                parameters = l.Parameters,
                macs = l.MACs,
                is_leaf = l.IsLeaf,
            }),
        }, Options);
}
