using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace Zoo.Data;

/// <summary>
/// Cuts a data set into batches: seeded shuffling, augmentation, normalisation, and background prefetch.
/// </summary>
/// <remarks>
/// <para>An epoch's sample order is a function of (<see cref="Seed"/>, epoch) alone, and each sample's augmentation a
/// function of (seed, epoch, position), so <c>Epoch(e, startBatch: k)</c> yields exactly the batches k, k+1, ... of an
/// uninterrupted epoch e: that is what makes resuming from a checkpoint exact.</para>
/// <para>With <see cref="Prefetch"/> &gt; 0 a producer thread prepares the next batches into a bounded queue of that
/// many batches while the consumer trains on the current one. Batches are plain managed arrays (libtorch's dispose
/// scopes are per thread): the consumer makes the tensors, with <see cref="HostBatch.ToTensors"/>.
/// <see cref="Workers"/> &gt; 1 also spreads the samples of one batch over several threads (useful when decoding
/// images dominates).</para>
/// </remarks>
public sealed class DataLoader
{
    private readonly BatchBuilder builder;

    public DataLoader(Dataset dataset, int batchSize, bool shuffle = false, long seed = 0, bool dropLast = false,
        Augmentation? augmentation = null, bool normalize = true, int prefetch = 2, int workers = 1)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (batchSize < 1) throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "a batch holds at least one sample");
        if (prefetch < 0) throw new ArgumentOutOfRangeException(nameof(prefetch), prefetch, "0 (no prefetch) or more batches");
        if (workers < 1) throw new ArgumentOutOfRangeException(nameof(workers), workers, "at least one worker");
        Dataset = dataset;
        BatchSize = batchSize;
        Shuffle = shuffle;
        Seed = seed;
        DropLast = dropLast;
        Augmentation = augmentation ?? Augmentation.None;
        Prefetch = prefetch;
        Workers = workers;
        builder = new BatchBuilder(dataset, Augmentation, normalize);
        if (BatchesPerEpoch == 0)
            throw new ArgumentException($"{dataset.Name} has {dataset.Count} samples: not one full batch of {batchSize} (drop_last).");
    }

    public Dataset Dataset { get; }
    public int BatchSize { get; }
    public bool Shuffle { get; }
    public long Seed { get; }
    public bool DropLast { get; }
    public Augmentation Augmentation { get; }
    public int Prefetch { get; }
    public int Workers { get; }

    /// <summary>The shape of the images in the batches (after augmentation).</summary>
    public ImageShape BatchShape => builder.OutputShape;

    /// <summary>Waiting and production times, accumulated over every epoch.</summary>
    public LoaderStats Stats { get; } = new();

    /// <summary>Producer threads running now (0 once every epoch enumeration has ended or been left).</summary>
    internal int ActiveProducers => Volatile.Read(ref activeProducers);

    private int activeProducers;

    public int BatchesPerEpoch => DropLast ? Dataset.Count / BatchSize : (Dataset.Count + BatchSize - 1) / BatchSize;

    /// <summary>Samples per epoch (fewer than the data set's when the last partial batch is dropped).</summary>
    public int SamplesPerEpoch => DropLast ? BatchesPerEpoch * BatchSize : Dataset.Count;

    /// <summary>The order in which epoch <paramref name="epoch"/> visits the samples.</summary>
    public int[] Order(int epoch)
    {
        var order = Enumerable.Range(0, Dataset.Count).ToArray();
        if (Shuffle) SeededRandom.Derive(Seed, epoch, -1).Shuffle(order.AsSpan());
        return order;
    }

    /// <summary>The batches of epoch <paramref name="epoch"/>, from batch <paramref name="startBatch"/> on.</summary>
    public IEnumerable<HostBatch> Epoch(int epoch, int startBatch = 0, CancellationToken cancellation = default)
    {
        if (startBatch < 0 || startBatch > BatchesPerEpoch)
            throw new ArgumentOutOfRangeException(nameof(startBatch), startBatch, $"an epoch has {BatchesPerEpoch} batches");
        var order = Order(epoch);
        return Prefetch == 0 ? Inline(epoch, order, startBatch, cancellation) : Prefetched(epoch, order, startBatch, cancellation);
    }

    private HostBatch Build(int[] order, int epoch, int batch)
    {
        long begin = Stopwatch.GetTimestamp();
        int start = batch * BatchSize;
        var result = builder.Build(order, start, Math.Min(BatchSize, order.Length - start), Seed, epoch, batch, Workers);
        Stats.AddProduce(Stopwatch.GetTimestamp() - begin);
        return result;
    }

    private IEnumerable<HostBatch> Inline(int epoch, int[] order, int startBatch, CancellationToken cancellation)
    {
        for (int b = startBatch; b < BatchesPerEpoch; b++)
        {
            cancellation.ThrowIfCancellationRequested();
            long begin = Stopwatch.GetTimestamp();
            var batch = Build(order, epoch, b);
            Stats.AddWait(Stopwatch.GetTimestamp() - begin);
            yield return batch;
        }
    }

    private IEnumerable<HostBatch> Prefetched(int epoch, int[] order, int startBatch, CancellationToken cancellation)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var queue = new BlockingCollection<HostBatch>(Prefetch);
        Exception? failure = null;
        int batches = BatchesPerEpoch;
        var producer = new Thread(() =>
        {
            Interlocked.Increment(ref activeProducers);
            try
            {
                for (int b = startBatch; b < batches; b++) queue.Add(Build(order, epoch, b), stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped early: nothing more to prepare.
            }
            catch (Exception e)
            {
                Volatile.Write(ref failure, e);
            }
            finally
            {
                queue.CompleteAdding();
                Interlocked.Decrement(ref activeProducers);
            }
        })
        {
            IsBackground = true,
            Name = $"prefetch {Dataset.Name}",
        };
        producer.Start();
        try
        {
            while (true)
            {
                long begin = Stopwatch.GetTimestamp();
                if (!queue.TryTake(out var batch, Timeout.Infinite, cancellation)) break;
                Stats.AddWait(Stopwatch.GetTimestamp() - begin);
                yield return batch;
            }
            if (Volatile.Read(ref failure) is { } error) ExceptionDispatchInfo.Capture(error).Throw();
        }
        finally
        {
            stop.Cancel();
            producer.Join();
        }
    }
}
