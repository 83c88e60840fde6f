using System.Text;
using Zoo.Torch.Modules;

namespace Zoo.Torch.Tests.NN;

/// <summary>Sequential, ModuleList and ModuleDict: naming, access, registration, and printing as PyTorch prints.</summary>
public class ContainerTests
{
    [Fact]
    public void Sequential_names_layers_by_position_and_runs_them_in_order()
    {
        using var scope = NewDisposeScope();
        using var seq = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2));
        Assert.Equal(3, seq.Count);
        Assert.Equal(new[] { "0", "1", "2" }, seq.named_children().Select(c => c.name));
        Assert.Equal(new[] { "0.weight", "0.bias", "2.weight", "2.bias" }, seq.state_dict().Keys);
        Assert.IsType<ReLU>(seq[1]);
        Assert.Same(seq[2], seq[-1]);
        Assert.Same(seq[0], seq["0"]);
        Assert.Throws<ArgumentOutOfRangeException>(() => seq[3]);

        var x = TestData.Normal(1, 5, 3);
        var manual = seq[2].call(seq[1].call(seq[0].call(x)));
        TensorAssert.Equal(manual, seq.call(x));

        seq.append(nn.Sigmoid());
        Assert.Equal("3", seq.named_children().Last().name);
        Assert.Equal(4, seq.Count);
        Assert.Equal(4, seq.Count());
    }

    [Fact]
    public void Named_sequential_keeps_the_names_and_refuses_a_duplicate()
    {
        using var seq = nn.Sequential(("conv", nn.Conv2d(1, 2, 3)), ("act", nn.GELU()));
        Assert.Equal(new[] { "conv.weight", "conv.bias" }, seq.state_dict().Keys);
        Assert.IsType<GELU>(seq["act"]);
        Assert.Contains("'act'", Assert.Throws<ArgumentException>(() => seq.append("act", nn.ReLU())).Message);
        Assert.Throws<KeyNotFoundException>(() => seq["missing"]);
    }

    [Fact]
    public void Empty_sequential_is_the_identity_and_returns_a_new_handle()
    {
        using var scope = NewDisposeScope();
        using var seq = nn.Sequential();
        var x = TestData.Normal(2, 2, 3);
        var y = seq.call(x);
        Assert.NotSame(x, y);
        TensorAssert.Equal(x, y);
    }

    private sealed class Heads : nn.Module<Tensor, Tensor>
    {
        private readonly ModuleList<nn.Module<Tensor, Tensor>> blocks = nn.ModuleList<nn.Module<Tensor, Tensor>>(nn.Linear(2, 3), nn.ReLU());
        private readonly ModuleDict<Linear> heads = nn.ModuleDict(("a", nn.Linear(3, 1)), ("b", nn.Linear(3, 2, bias: false)));

        public Heads() : base(nameof(Heads)) => RegisterComponents();

        public ModuleList<nn.Module<Tensor, Tensor>> Blocks => blocks;
        public ModuleDict<Linear> HeadsByName => heads;

        public override Tensor forward(Tensor input)
        {
            var x = input;
            foreach (var block in blocks) x = block.call(x);
            return heads["b"].call(x);
        }
    }

    [Fact]
    public void ModuleList_and_ModuleDict_register_their_modules_under_pytorchs_keys_and_print_like_pytorch()
    {
        using var net = new Heads();
        Assert.Equal(2, net.Blocks.Count);
        Assert.IsType<ReLU>(net.Blocks[-1]);
        Assert.Equal(new[] { "a", "b" }, net.HeadsByName.keys());
        Assert.True(net.HeadsByName.ContainsKey("a"));
        Assert.Contains("it has: a, b", Assert.Throws<KeyNotFoundException>(() => net.HeadsByName["c"]).Message);
        Assert.Equal(5, net.parameters().Count());

        const string pytorch = """
            class Heads(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.blocks = nn.ModuleList([nn.Linear(2, 3), nn.ReLU()])
                    self.heads = nn.ModuleDict({"a": nn.Linear(3, 1), "b": nn.Linear(3, 2, bias=False)})
            m = Heads()
            text = lambda s: torch.tensor(list(s.encode()), dtype=torch.uint8)
            out = [text(repr(m)), text("\n".join(m.state_dict().keys()))]
            """;
        using var reference = PyTorchOracle.Shared.Run(pytorch, new Dictionary<string, Tensor>());
        Assert.Equal(Text(reference.Out(0)), net.ToString());
        Assert.Equal(Text(reference.Out(1)), string.Join("\n", net.state_dict().Keys));
    }

    [Fact]
    public void ModuleList_replacing_an_item_replaces_its_registration()
    {
        using var list = nn.ModuleList<nn.Module>(nn.Linear(2, 2), nn.Linear(2, 2));
        var replacement = nn.Linear(2, 5);
        list[1] = replacement;
        Assert.Same(replacement, list.get_submodule("1"));
        Assert.Equal(new long[] { 5, 2 }, list.state_dict()["1.weight"].shape);
        list.append(nn.Identity()).extend(new[] { nn.ReLU() });
        Assert.Equal(new[] { "0", "1", "2", "3" }, list.named_children().Select(c => c.name));
    }

    private static string Text(Tensor bytes) => Encoding.UTF8.GetString(bytes.ToArray<byte>());
}
