"""torchvision's ResNets as references for the zoo's: random weights (seeded), realistic batch-norm running statistics,
the state_dict written as safetensors, and the output in evaluation mode.

Used by the C# tests through the oracle (imports=[this file]):
  out = export(path, "resnet50", seed, x)                                  # the classifier's output
  out = export(path, "resnet50", seed, x, dilated=True, features=True)     # layer4's map, output stride 8
  out = keys("resnet101", dilated=True)                                    # the state_dict's keys, one per line
"""
import os
import sys

import torch
import torchvision

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import safetensors_io  # noqa: E402


def create(arch, dilated=False):
    """torchvision's model; dilated: replace_stride_with_dilation=[False, True, True] (output stride 8)."""
    kwargs = {"replace_stride_with_dilation": [False, True, True]} if dilated else {}
    return getattr(torchvision.models, arch)(**kwargs)


def build(arch, seed, dilated=False):
    """The model with seeded random weights, every batch norm's affine parameters randomised, and running statistics
    gathered from a few training-mode batches, so that evaluation mode uses real, non-trivial statistics."""
    torch.manual_seed(seed)
    model = create(arch, dilated)
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


def backbone(model, x):
    """The map the last stage gives (what a segmentation head sees)."""
    x = model.maxpool(model.relu(model.bn1(model.conv1(x))))
    return model.layer4(model.layer3(model.layer2(model.layer1(x))))


def export(path, arch, seed, x, dilated=False, features=False):
    """Writes the model's state_dict to `path` and returns its output on `x` in evaluation mode."""
    model = build(arch, seed, dilated)
    safetensors_io.save(model.state_dict(), path)
    with torch.no_grad():
        return backbone(model, x) if features else model(x)


def keys(arch, dilated=False):
    """The state_dict's keys, one per line (as bytes, so that they travel as a tensor)."""
    return torch.tensor(list("\n".join(create(arch, dilated).state_dict().keys()).encode()), dtype=torch.uint8)
