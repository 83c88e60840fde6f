"""The PyTorch half of every benchmark case; bench/Zoo.Bench/Cases holds the Zoo half under the same names.

Each factory builds the inputs once and returns a function that performs one iteration. Per-op cases run a batch of
100 operations per iteration, so the figure is dominated by the per-call overhead, not the timer.
"""
import torch
import torch.nn.functional as F

OPS_PER_ITERATION = 100


def _tiny():
    torch.manual_seed(0)
    return torch.randn(4, 4), torch.randn(4, 4)


def op_add():
    a, b = _tiny()

    def step():
        for _ in range(OPS_PER_ITERATION):
            a + b
    return step


def op_mul_scalar():
    a, _ = _tiny()

    def step():
        for _ in range(OPS_PER_ITERATION):
            a * 2.0
    return step


def op_relu():
    a, _ = _tiny()

    def step():
        for _ in range(OPS_PER_ITERATION):
            torch.relu(a)
    return step


def op_matmul():
    a, b = _tiny()

    def step():
        for _ in range(OPS_PER_ITERATION):
            a @ b
    return step


def op_sum():
    a, _ = _tiny()

    def step():
        for _ in range(OPS_PER_ITERATION):
            a.sum()
    return step


def op_view():
    a, _ = _tiny()

    def step():
        for _ in range(OPS_PER_ITERATION):
            a.view(16)
    return step


def op_cat():
    a, b = _tiny()

    def step():
        for _ in range(OPS_PER_ITERATION):
            torch.cat([a, b], 0)
    return step


def op_softmax():
    a, _ = _tiny()

    def step():
        for _ in range(OPS_PER_ITERATION):
            torch.softmax(a, -1)
    return step


def op_conv2d():
    torch.manual_seed(0)
    x, w = torch.randn(1, 2, 4, 4), torch.randn(2, 2, 3, 3)

    def step():
        for _ in range(OPS_PER_ITERATION):
            F.conv2d(x, w, padding=1)
    return step


def op_backward():
    torch.manual_seed(0)
    w = torch.randn(4, 4, requires_grad=True)
    x = torch.randn(4, 4)

    def step():
        for _ in range(OPS_PER_ITERATION // 4):  # 4 calls each: mul, add, sum, backward
            ((x * w) + 1.0).sum().backward()
    return step


def resnet18_train_step(batch=16, size=64):
    import torchvision
    torch.manual_seed(0)
    model = torchvision.models.resnet18(num_classes=1000)
    model.train()
    x = torch.randn(batch, 3, size, size)
    y = torch.randint(0, 1000, (batch,))

    def step():
        model.zero_grad(set_to_none=True)
        loss = F.cross_entropy(model(x), y)
        loss.backward()
    return step


CASES = {name: fn for name, fn in globals().items() if callable(fn) and (name.startswith("op_") or name.endswith("_step"))}
