"""torchvision's ResNet-18 as the reference for Zoo's: random weights (seeded), realistic batch-norm running statistics,
its state_dict written as safetensors, and its output in evaluation mode.

Used by the C# tests through the oracle (imports=[this file]): `out = export(path, seed, x)`.
"""
import torch
import torchvision

import safetensors_io


def build(seed):
    """ResNet-18 with seeded random weights, every batch norm's affine parameters randomised, and running statistics
    gathered from a few training-mode batches (so that evaluation mode uses real, non-trivial statistics)."""
    torch.manual_seed(seed)
    model = torchvision.models.resnet18()
    with torch.no_grad():
        for module in model.modules():
            if isinstance(module, torch.nn.BatchNorm2d):
                module.weight.uniform_(0.5, 1.5)
                module.bias.normal_(0.0, 0.1)
                module.momentum = None  # a cumulative average over the calibration batches
        model.train()
        for _ in range(3):
            model(torch.randn(4, 3, 64, 64))
    model.eval()
    return model


def export(path, seed, x):
    """Writes the model's state_dict to `path` and returns its output on `x` in evaluation mode."""
    model = build(seed)
    safetensors_io.save(model.state_dict(), path)
    with torch.no_grad():
        return model(x)


def describe(seed=0):
    """The model's printed form (as bytes, so that it travels as a tensor)."""
    return torch.tensor(list(repr(build(seed)).encode()), dtype=torch.uint8)
