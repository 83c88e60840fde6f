"""The PyTorch half of every benchmark case; bench/Zoo.Bench/Cases holds the Zoo half under the same names.

Each factory builds the inputs once and returns a function that performs one iteration. Per-op cases run a batch of
100 operations per iteration, so the figure is dominated by the per-call overhead, not the timer.
"""
import os
import sys

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


CASES = {name: fn for name, fn in globals().items() if callable(fn) and name.startswith("op_")}

# ---- blocks and networks ------------------------------------------------------------------------------------------
# The PyTorch references the parity tests check the generated modules against (tests/reference), built with the
# same hyperparameters as bench/Zoo.Bench/ModelCases.cs. Each model gives two cases: "<key>_forward" (eval mode,
# no_grad) and "<key>_train" (train mode: forward, backward of a fixed output gradient into the parameters and the
# input for blocks, gradients set to None before each step as Zoo's zero_grad does).
REFERENCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "reference")
sys.path.insert(0, os.path.join(REFERENCE, "blocks"))
sys.path.insert(0, os.path.join(REFERENCE, "networks"))

BLOCKS = {
    "se": ("se", "SE(256)", (8, 256, 28, 28)),
    "eca": ("eca", "ECA(256)", (8, 256, 28, 28)),
    "gsop": ("gsop", "GSoP(256)", (8, 256, 28, 28)),
    "cbam": ("cbam", "CBAM(256)", (8, 256, 28, 28)),
    "bam": ("bam", "BAM(256)", (8, 256, 28, 28)),
    "triplet": ("triplet", "TripletAttention()", (8, 256, 28, 28)),
    "global_context": ("global_context", "GlobalContext(256)", (8, 256, 28, 28)),
    "non_local": ("non_local", "NonLocal(256)", (8, 256, 28, 28)),
    "double_attention": ("double_attention", "DoubleAttention(256)", (8, 256, 28, 28)),
    "aa_conv": ("aa_conv", "AAConv(256, 256)", (8, 256, 28, 28)),
    "danet_pam": ("danet", "PositionAttention(256)", (8, 256, 28, 28)),
    "danet_cam": ("danet", "ChannelAttention()", (8, 256, 28, 28)),
    "danet_head": ("danet", "DAHead(512, 19)", (8, 512, 28, 28)),
    "criss_cross": ("criss_cross", "CrissCrossAttention(256)", (8, 256, 28, 28)),
    "rcca": ("criss_cross", "RCCA(512, 19)", (8, 512, 28, 28)),
    "selective_kernel": ("selective_kernel", "SelectiveKernel(256)", (8, 256, 28, 28)),
    "split_attention": ("split_attention", "SplitAttention(256, 256)", (8, 256, 28, 28)),
    "residual_attention": ("residual_attention", "ResidualAttentionModule(256, 2)", (8, 256, 28, 28)),
}

NETWORKS = {
    "resnet50": ("torchvision.models.resnet50()", (8, 3, 224, 224)),
    "se_resnet50": ("ResNet('bottleneck', [3, 4, 6, 3], attention=lambda c: SE(c))", (8, 3, 224, 224)),
    "cbam_resnet50": ("ResNet('bottleneck', [3, 4, 6, 3], attention=lambda c: CBAM(c))", (8, 3, 224, 224)),
    "eca_resnet50": ("ResNet('bottleneck', [3, 4, 6, 3], attention=lambda c: ECA(c))", (8, 3, 224, 224)),
    "resnet20": ("CifarResNet(3)", (64, 3, 32, 32)),
    "se_resnet20": ("CifarResNet(3, attention=lambda c: SE(c))", (64, 3, 32, 32)),
}


def _build(expression, module):
    import importlib
    import torchvision  # noqa: F401  (for the torchvision expressions)
    scope = dict(vars(importlib.import_module(module)))
    scope["torchvision"] = torchvision
    return eval(expression, scope)


def _model_cases(key, expression, module, shape, input_gradient):
    def forward():
        torch.manual_seed(0)
        model = _build(expression, module).eval()
        x = torch.randn(*shape)

        def step():
            with torch.no_grad():
                model(x)
        return step

    def train():
        torch.manual_seed(0)
        model = _build(expression, module).train()
        x = torch.randn(*shape).requires_grad_(input_gradient)
        out_shape = model(x).shape
        gradient = torch.randn(out_shape)

        def step():
            model.zero_grad(set_to_none=True)
            x.grad = None
            model(x).backward(gradient)
        return step

    CASES[key + "_forward"] = forward
    CASES[key + "_train"] = train


for _key, (_module, _expression, _shape) in BLOCKS.items():
    _model_cases(_key, _expression, _module, _shape, input_gradient=True)  # a block inside a network passes gradients on
for _key, (_expression, _shape) in NETWORKS.items():
    _model_cases(_key, _expression, "resnet", _shape, input_gradient=False)
