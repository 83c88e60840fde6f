using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Zoo.IO;
using Zoo.Torch.Serialization;
using static Zoo.Torch.torch;

namespace Zoo.Training;

/// <summary>Where a training run is and what it has measured, saved with the tensors of a checkpoint.</summary>
public sealed record CheckpointInfo
{
    public required string ModelName { get; init; }

    /// <summary>Completed epochs.</summary>
    public required int Epoch { get; init; }

    /// <summary>Batches already trained in the next epoch (0 at an epoch boundary; more after an interruption).</summary>
    public int BatchInEpoch { get; init; }

    /// <summary>Global steps (batches) trained.</summary>
    public required int Step { get; init; }

    /// <summary>The seed of the data loader's shuffling and augmentation (its order is a function of seed and epoch).</summary>
    public required long LoaderSeed { get; init; }

    public required IReadOnlyList<EpochMetrics> History { get; init; }

    /// <summary>The unfinished epoch's training metric sums (see <see cref="Metrics.MetricAccumulator.Sums"/>).</summary>
    public double[]? EpochSums { get; init; }

    /// <summary>Training seconds already spent in the unfinished epoch.</summary>
    public double EpochSeconds { get; init; }

    /// <summary>The recipe, as a description for people.</summary>
    public string? Recipe { get; init; }
}

/// <summary>
/// Training checkpoints as one safetensors file: the model's state_dict (<c>model.*</c>), the optimizer's state
/// (<c>optimizer.*</c>), the CPU random generator's state (<c>rng.cpu</c>), and as metadata the scheduler's state,
/// the position (epoch, batch, step, loader seed) and the metrics history. Written atomically (a crash never leaves
/// a half-written checkpoint in place of a good one); restoring one continues training exactly where it stopped.
/// </summary>
public static class Checkpoint
{
    public const string FormatName = "zoo-checkpoint/1";
    private const string FormatKey = "format";
    private const string InfoKey = "training";
    private const string SchedulerKey = "scheduler";
    private const string OptimizerPrefix = "optimizer.";
    private const string ModelPrefix = "model.";
    private const string RngKey = "rng.cpu";

    internal static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Saves a checkpoint to <paramref name="path"/> (atomically).</summary>
    public static void Save(string path, nn.Module model, optim.Optimizer optimizer, optim.lr_scheduler.LRScheduler scheduler, CheckpointInfo info)
    {
        using var optimizerState = optimizer.state_dict();
        using var rng = get_rng_state();
        var tensors = new List<KeyValuePair<string, Tensor>>();
        foreach (var (key, value) in model.state_dict()) tensors.Add(new(ModelPrefix + key, value));
        foreach (var (key, value) in optimizerState.tensors) tensors.Add(new(OptimizerPrefix + key, value));
        tensors.Add(new(RngKey, rng));

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [FormatKey] = FormatName,
            [InfoKey] = JsonSerializer.Serialize(info, Json),
            [SchedulerKey] = scheduler.state_dict().ToJsonString(),
        };
        foreach (var (key, value) in optimizerState.metadata) metadata[OptimizerPrefix + key] = value;
        AtomicFile.Write(path, stream => SafeTensors.Write(tensors, stream, metadata));
    }

    /// <summary>Reads a checkpoint's position and history without loading its tensors.</summary>
    public static CheckpointInfo ReadInfo(string path)
    {
        Dictionary<string, string> metadata;
        try
        {
            SafeTensors.ReadHeader(path, out metadata);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            throw new CheckpointException($"Cannot read the checkpoint '{path}': {e.Message}", e);
        }
        return ParseInfo(path, metadata);
    }

    /// <summary>
    /// Restores a checkpoint into a model, its optimizer and its scheduler (built the same way as when it was saved)
    /// and the random generator; returns the position to continue from. On any error nothing useful is half-loaded:
    /// the error says what is wrong with which file.
    /// </summary>
    public static CheckpointInfo Restore(string path, nn.Module model, optim.Optimizer optimizer, optim.lr_scheduler.LRScheduler scheduler)
    {
        var (tensors, metadata) = LoadFile(path);
        try
        {
            var info = ParseInfo(path, metadata);
            var modelState = Select(tensors, ModelPrefix);
            var optimizerTensors = Select(tensors, OptimizerPrefix);
            var optimizerMetadata = metadata.Where(kv => kv.Key.StartsWith(OptimizerPrefix, StringComparison.Ordinal))
                .ToDictionary(kv => kv.Key[OptimizerPrefix.Length..], kv => kv.Value, StringComparer.Ordinal);
            if (!tensors.TryGetValue(RngKey, out var rng)) throw new CheckpointException($"The checkpoint '{path}' has no random generator state ('{RngKey}').");
            if (!metadata.TryGetValue(SchedulerKey, out var schedulerJson)) throw new CheckpointException($"The checkpoint '{path}' has no scheduler state.");
            try
            {
                model.load_state_dict(modelState, strict: true);
            }
            catch (ArgumentException e)
            {
                throw new CheckpointException($"The checkpoint '{path}' holds another model's weights ({info.ModelName}): {e.Message}", e);
            }
            try
            {
                optimizer.load_state_dict(optimizerTensors, optimizerMetadata);
                scheduler.load_state_dict(JsonNode.Parse(schedulerJson)!.AsObject());
            }
            catch (Exception e) when (e is ArgumentException or JsonException or InvalidOperationException)
            {
                throw new CheckpointException($"The checkpoint '{path}' has an optimizer or scheduler state this run cannot take (another recipe?): {e.Message}", e);
            }
            set_rng_state(rng);
            return info;
        }
        finally
        {
            foreach (var t in tensors.Values) t.Dispose();
        }
    }

    /// <summary>Loads only the model's weights from a checkpoint (for evaluation or fine-tuning).</summary>
    public static void LoadModel(string path, nn.Module model)
    {
        var (tensors, metadata) = LoadFile(path);
        try
        {
            var info = ParseInfo(path, metadata);
            try
            {
                model.load_state_dict(Select(tensors, ModelPrefix), strict: true);
            }
            catch (ArgumentException e)
            {
                throw new CheckpointException($"The checkpoint '{path}' holds another model's weights ({info.ModelName}): {e.Message}", e);
            }
        }
        finally
        {
            foreach (var t in tensors.Values) t.Dispose();
        }
    }

    private static (Dictionary<string, Tensor> tensors, Dictionary<string, string> metadata) LoadFile(string path)
    {
        if (!File.Exists(path)) throw new CheckpointException($"There is no checkpoint at '{path}'.");
        try
        {
            var tensors = SafeTensors.Load(path, out var metadata);
            return (tensors, metadata);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            throw new CheckpointException($"Cannot read the checkpoint '{path}': {e.Message}", e);
        }
    }

    private static Dictionary<string, Tensor> Select(Dictionary<string, Tensor> tensors, string prefix) =>
        tensors.Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(kv => kv.Key[prefix.Length..], kv => kv.Value, StringComparer.Ordinal);

    private static CheckpointInfo ParseInfo(string path, Dictionary<string, string> metadata)
    {
        if (!metadata.TryGetValue(FormatKey, out var format) || !metadata.TryGetValue(InfoKey, out var json))
            throw new CheckpointException($"'{path}' is a safetensors file but not a Zoo training checkpoint (no '{FormatKey}' and '{InfoKey}' metadata).");
        if (format != FormatName)
            throw new CheckpointException($"The checkpoint '{path}' has format '{format}'; this version of Zoo reads '{FormatName}'.");
        try
        {
            return JsonSerializer.Deserialize<CheckpointInfo>(json, Json) ?? throw new JsonException("null");
        }
        catch (JsonException e)
        {
            throw new CheckpointException($"The checkpoint '{path}' has unreadable training metadata: {e.Message}", e);
        }
    }
}
