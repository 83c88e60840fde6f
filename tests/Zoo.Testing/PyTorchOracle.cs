using System.Diagnostics;
using System.Text.Json;
using Zoo.Torch;
using Zoo.Torch.Serialization;
using static Zoo.Torch.torch;

namespace Zoo.Testing;

/// <summary>
/// PyTorch (Debian's python3-torch, the same libtorch version) computing reference values for the tests: one
/// long-lived <c>/usr/bin/python3 tests/reference/oracle.py</c> process, fed tensors through safetensors files.
/// </summary>
public sealed class PyTorchOracle : IDisposable
{
    /// <summary>The interpreter that has torch (the python3 first on PATH may be another one).</summary>
    public const string Python = "/usr/bin/python3";

    private static readonly Lazy<PyTorchOracle> shared = new(() => new PyTorchOracle(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The process-wide oracle, started on first use.</summary>
    public static PyTorchOracle Shared => shared.Value;

    private readonly Process process;
    private readonly string folder = RepoPaths.NewTempFolder("zoo-oracle");
    private readonly object gate = new();
    private int requests;

    private PyTorchOracle()
    {
        if (!File.Exists(Python))
            throw new InvalidOperationException($"{Python} is missing: run scripts/setup.sh (it installs python3-torch).");
        var start = new ProcessStartInfo(Python)
        {
            ArgumentList = { "-u", RepoPaths.Of("tests", "reference", "oracle.py") },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["OMP_NUM_THREADS"] = "1";
        process = Process.Start(start) ?? throw new InvalidOperationException("could not start the PyTorch oracle");
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.Add(e.Data); };
        process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
    }

    private readonly List<string> stderr = new();

    /// <summary>
    /// Evaluates <paramref name="code"/> (an expression, or statements assigning <c>out</c>) with the inputs bound
    /// by name. Inputs named in <paramref name="grad"/> require grad, and the backward pass runs with the upstream
    /// gradients given as inputs named <c>gout</c> (or <c>gout0</c>, <c>gout1</c>, ... for several outputs).
    /// </summary>
    public OracleResult Run(string code, IReadOnlyDictionary<string, Tensor> inputs, IEnumerable<string>? grad = null,
        IEnumerable<string>? imports = null)
    {
        lock (gate)
        {
            int id = ++requests;
            var input = Path.Combine(folder, $"in{id}.safetensors");
            var output = Path.Combine(folder, $"out{id}.safetensors");
            using (NewDisposeScope())
                SafeTensors.Save(inputs.Select(kv => new KeyValuePair<string, Tensor>(kv.Key, kv.Value.detach())), input);
            var request = JsonSerializer.Serialize(new
            {
                inputs = input,
                output,
                code,
                grad = grad?.ToArray() ?? Array.Empty<string>(),
                imports = imports?.Select(p => Path.IsPathRooted(p) ? p : RepoPaths.Of(p)).ToArray() ?? Array.Empty<string>(),
            });
            process.StandardInput.WriteLine(request);
            process.StandardInput.Flush();
            var reply = process.StandardOutput.ReadLine();
            File.Delete(input);
            if (reply is null)
            {
                string log;
                lock (stderr) log = string.Join("\n", stderr);
                throw new InvalidOperationException($"The PyTorch oracle exited. Its stderr:\n{log}");
            }
            using var doc = JsonDocument.Parse(reply);
            if (!doc.RootElement.GetProperty("ok").GetBoolean())
                throw new InvalidOperationException($"PyTorch failed on:\n{code}\n{doc.RootElement.GetProperty("error").GetString()}");
            using var outer = NewDisposeScope();
            var tensors = SafeTensors.Load(output);
            File.Delete(output);
            foreach (var t in tensors.Values) t.DetachFromDisposeScope();
            return new OracleResult(tensors);
        }
    }

    public OracleResult Run(string code, params (string name, Tensor value)[] inputs) =>
        Run(code, inputs.ToDictionary(p => p.name, p => p.value));

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.StandardInput.Close();
                if (!process.WaitForExit(2000)) process.Kill();
            }
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            // Shutting down: nothing left to report to.
        }
    }
}

/// <summary>What the oracle computed: "out" (or "out0", "out1", ...) and "grad.&lt;input&gt;".</summary>
public sealed class OracleResult : IDisposable
{
    public OracleResult(Dictionary<string, Tensor> tensors) => Tensors = tensors;

    public Dictionary<string, Tensor> Tensors { get; }

    public Tensor Output => this["out"];
    public Tensor Out(int i) => this[$"out{i}"];
    public Tensor Grad(string input) => this["grad." + input];

    public Tensor this[string name] => Tensors.TryGetValue(name, out var t)
        ? t
        : throw new KeyNotFoundException($"The oracle produced no '{name}'; it produced: {string.Join(", ", Tensors.Keys)}.");

    public void Dispose()
    {
        foreach (var t in Tensors.Values) t.Dispose();
    }
}
