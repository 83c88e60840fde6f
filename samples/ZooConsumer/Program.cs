// A program on the zoo's NuGet packages (Zoo, Zoo.Torch, Zoo.Generator), as a user would write it:
//   1. a zoo network with typed arguments: CBAM-ResNet-18; its weights saved and loaded as safetensors; inference;
//      a few training steps;
//   2. this project's own block, coordinate attention (specs/coordinate-attention.zoo.json), generated at build time,
//      also in every residual unit of the zoo's ResNet-18;
//   3. this project's own network (specs/tiny-attention-net.zoo.json), which uses the zoo's CBAM by name, trained with
//      the zoo's trainer on a small generated data set.
using System.Globalization;
using Zoo.Blocks;
using Zoo.Networks;
using Zoo.Torch;
using Zoo.Training;
using Zoo.Training.Progress;
using ZooConsumer;
using ZooConsumer.Blocks;
using ZooConsumer.Networks;
using static Zoo.Torch.torch;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
manual_seed(0);
Console.WriteLine($"Zoo.Torch on libtorch {__version__}, {get_num_threads()} threads");
var train = QuadrantImages.Create("quadrants-train", count: 512, seed: 1);
var eval = QuadrantImages.Create("quadrants-eval", count: 128, seed: 2, normalization: train.Normalization);

// 1. The zoo's ResNet-18 with CBAM (r = 16) in every residual unit, for the four quadrant classes.
Console.WriteLine("\n1. The zoo's CBAM-ResNet-18");
var resnet = ResNet.resnet18(num_classes: 4, attention: Cbam.Block(reduction: 16));
Console.WriteLine($"ResNet.resnet18(num_classes: 4, attention: Cbam.Block(reduction: 16)): {Parameters(resnet):N0} parameters");

var weights = Path.Combine(Path.GetTempPath(), $"cbam-resnet18-{Environment.ProcessId}.safetensors");
resnet.save(weights);
var reloaded = ResNet.resnet18(num_classes: 4, attention: Cbam.Block(reduction: 16));
var (missing, unexpected) = reloaded.load(weights);
Console.WriteLine($"weights: {resnet.state_dict().Count} tensors saved to a safetensors file and loaded into a fresh model ({missing.Count} missing, {unexpected.Count} unexpected)");
File.Delete(weights);

resnet.eval();
reloaded.eval();
using (no_grad())
using (NewDisposeScope())
{
    var (images, _) = new Zoo.Data.DataLoader(eval, batchSize: 8).Epoch(0).First().ToTensors();
    var logits = resnet.call(images);
    double difference = (logits - reloaded.call(images)).abs().max().ToDouble();
    Console.WriteLine($"inference: [{Shape(images)}] -> [{Shape(logits)}]; the reloaded model's logits differ by at most {difference}");
}

resnet.train();
var optimizer = optim.SGD(resnet.parameters(), lr: 0.01, momentum: 0.9);
foreach (var batch in new Zoo.Data.DataLoader(train, batchSize: 16, shuffle: true, seed: 3).Epoch(0).Take(3))
{
    using var scope = NewDisposeScope();
    var (images, labels) = batch.ToTensors();
    var loss = nn.functional.cross_entropy(resnet.call(images), labels);
    optimizer.zero_grad();
    loss.backward();
    optimizer.step();
    Console.WriteLine($"training step {batch.Index + 1}: loss {loss.ToDouble():F4}");
}

// 2. This project's coordinate attention, generated from its spec.
Console.WriteLine("\n2. This project's block: coordinate attention");
var coordinate = new CoordinateAttention(channels: 64);
using (no_grad())
using (NewDisposeScope())
{
    var x = randn(2, 64, 16, 16);
    Console.WriteLine($"CoordinateAttention(channels: 64): {Parameters(coordinate):N0} parameters, [{Shape(x)}] -> [{Shape(coordinate.call(x))}]");
}
var coordinateResNet = ResNet.resnet18(num_classes: 4, attention: CoordinateAttention.Block());
Console.WriteLine($"in the zoo's network: ResNet.resnet18(num_classes: 4, attention: CoordinateAttention.Block()): {Parameters(coordinateResNet):N0} parameters");
try
{
    coordinate.call(randn(2, 32, 16, 16));
}
catch (Zoo.ShapeMismatchException e)
{
    Console.WriteLine($"a wrong input is refused: {e.Message}");
}

// 3. This project's network, with the zoo's CBAM inside, trained with the zoo's trainer.
Console.WriteLine("\n3. This project's network, using the zoo's CBAM");
manual_seed(0);
var net = new TinyAttentionNet();
Console.WriteLine($"TinyAttentionNet(): {Parameters(net):N0} parameters, of which the zoo's CBAM has {Parameters(net.attn!):N0} ({net.attn!.GetType().FullName})");
Console.WriteLine($"this project's catalog: {string.Join(", ", ZooConsumer.ModelCatalog.All.Select(e => e.Name))}");

var recipe = new TrainingRecipe
{
    Epochs = 4,
    BatchSize = 32,
    Optimizer = OptimizerKind.AdamW,
    LearningRate = 0.01,
    WarmupEpochs = 0,
    WeightDecay = 0,
    Seed = 0,
    Prefetch = 0,
};
var result = TrainingConsole.Run(progress => new Trainer(recipe, progress).Fit("TinyAttentionNet", net, train, eval));
var first = result.History[0];
var last = result.Final!;
Console.WriteLine($"trained TinyAttentionNet for {result.Epochs} epochs: training loss {first.TrainLoss:F4} -> {last.TrainLoss:F4}, evaluation accuracy {100 * last.EvalAccuracy:F1}%");
return 0;

static long Parameters(nn.Module module) => module.parameters().Sum(p => p.numel());

static string Shape(Tensor t) => string.Join(", ", t.shape);
