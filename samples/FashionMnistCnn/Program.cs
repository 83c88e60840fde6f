// Trains a small CNN built with Zoo.Torch on Fashion-MNIST (the Debian package dataset-fashion-mnist) and prints the
// loss falling and the test accuracy. Usage: FashionMnistCnn [--steps N] [--batch N] [--data folder] [--seed N]
using System.Diagnostics;
using System.Globalization;
using Zoo.Torch;
using static Zoo.Torch.torch;

int steps = 600, batch = 64, seed = 0;
string data = "/usr/share/datasets/fashion-mnist";
for (int i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--steps": steps = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--batch": batch = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--data": data = Next(); break;
        case "--seed": seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'. Usage: [--steps N] [--batch N] [--data folder] [--seed N]");
            return 2;
    }
}
if (!File.Exists(Path.Combine(data, "train-images-idx3-ubyte.gz")))
{
    Console.Error.WriteLine($"Fashion-MNIST not found in {data}: install the Debian package dataset-fashion-mnist (scripts/setup.sh does).");
    return 1;
}

manual_seed(seed);
var device = default_device();
Console.WriteLine($"Zoo.Torch on libtorch {__version__}, {get_num_threads()} threads, device {device}");

// Images as float [N, 1, 28, 28] normalised with the training set's mean and std; labels as int64.
(Tensor images, Tensor labels) Load(string split)
{
    var (dims, pixels) = Idx.Read(Path.Combine(data, $"{split}-images-idx3-ubyte.gz"));
    var (_, classes) = Idx.Read(Path.Combine(data, $"{split}-labels-idx1-ubyte.gz"));
    using var scope = NewDisposeScope();
    var x = (tensor(pixels, new long[] { dims[0], 1, dims[1], dims[2] }).to(ScalarType.Float32) / 255.0 - 0.2860) / 0.3530;
    var y = tensor(classes).to(ScalarType.Int64);
    return (x.to(device).MoveToOuterDisposeScope(), y.to(device).MoveToOuterDisposeScope());
}
var (trainX, trainY) = Load("train");
var (testX, testY) = Load("t10k");
Console.WriteLine($"train {string.Join("x", trainX.shape)}, test {string.Join("x", testX.shape)}");

var model = nn.Sequential(
    nn.Conv2d(1, 32, 3, padding: 1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(32, 64, 3, padding: 1), nn.BatchNorm2d(64), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(), nn.Linear(64 * 7 * 7, 128), nn.ReLU(), nn.Linear(128, 10)).to(device);
Console.WriteLine(model);
Console.WriteLine($"{model.parameters().Sum(p => p.numel()):N0} parameters\n");

var optimizer = optim.SGD(model.parameters(), lr: 0.05, momentum: 0.9, nesterov: true, weight_decay: 5e-4);
var schedule = optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max: steps);
var clock = Stopwatch.StartNew();
double running = 0;
int counted = 0;
long n = trainX.size(0);
for (int step = 1; step <= steps; step++)
{
    using var scope = NewDisposeScope();
    var index = randint(0, n, new long[] { batch }, device: device);
    var loss = nn.functional.cross_entropy(model.call(trainX.index_select(0, index)), trainY.index_select(0, index));
    optimizer.zero_grad();
    loss.backward();
    optimizer.step();
    schedule.step();
    running += loss.ToDouble();
    counted++;
    if (step % 50 == 0 || step == 1)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"step {step,4}/{steps}  loss {running / counted:F4}  lr {schedule.get_last_lr()[0]:F4}  {clock.Elapsed.TotalSeconds:F1}s"));
        running = 0;
        counted = 0;
    }
}

model.eval();
long correct = 0;
using (no_grad())
{
    for (long start = 0; start < testX.size(0); start += 1000)
    {
        using var scope = NewDisposeScope();
        long length = Math.Min(1000, testX.size(0) - start);
        var predicted = model.call(testX.narrow(0, start, length)).argmax(1);
        correct += predicted.eq(testY.narrow(0, start, length)).sum().ToInt64();
    }
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"\ntest accuracy {100.0 * correct / testX.size(0):F2}% on {testX.size(0):N0} images after {steps} steps ({clock.Elapsed.TotalSeconds:F1}s)"));
return 0;
