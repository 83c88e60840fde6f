"""Residual Attention Network (Wang et al. 2017, table 2), the reference for
model-specs/networks/residual-attention-net.zoo.json: the attention modules of ../blocks/residual_attention.py between
pre-activation bottleneck units, same hyperparameter names and state_dict keys as the spec.
"""
import os
import sys

import torch
from torch import nn

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blocks"))
from residual_attention import PreActBottleneck, ResidualAttentionModule  # noqa: E402


class ResidualAttentionNet(nn.Module):
    def __init__(self, attention_modules, num_classes=1000, in_channels=3, stem="imagenet", width=64, mask_depths=(3, 2, 1)):
        super().__init__()
        c = [4 * width, 8 * width, 16 * width, 32 * width]
        if stem == "imagenet":
            self.conv1 = nn.Sequential(nn.Conv2d(in_channels, width, 7, 2, 3, bias=False), nn.BatchNorm2d(width),
                                       nn.ReLU(inplace=True), nn.MaxPool2d(3, 2, 1))
        else:
            self.conv1 = nn.Conv2d(in_channels, width, 3, padding=1, bias=False)
        inputs = [width, c[0], c[1]]
        for s in range(3):
            setattr(self, f"stage{s + 1}", nn.Sequential(
                PreActBottleneck(inputs[s], c[s], 1 if s == 0 else 2),
                *[ResidualAttentionModule(c[s], mask_depths[s]) for _ in range(attention_modules[s])]))
        self.stage4 = nn.Sequential(PreActBottleneck(c[2], c[3], 2), PreActBottleneck(c[3], c[3]), PreActBottleneck(c[3], c[3]))
        self.bn = nn.BatchNorm2d(c[3])
        self.relu = nn.ReLU(inplace=True)
        self.avgpool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(c[3], num_classes)

    def forward(self, x):
        x = self.stage4(self.stage3(self.stage2(self.stage1(self.conv1(x)))))
        return self.fc(torch.flatten(self.avgpool(self.relu(self.bn(x))), 1))


if __name__ == "__main__":
    count = lambda m: sum(p.numel() for p in m.parameters())  # noqa: E731
    for name, kw in [("attention56", {"attention_modules": [1, 1, 1]}), ("attention92", {"attention_modules": [1, 2, 3]}),
                     ("attention56_cifar", {"attention_modules": [1, 1, 1], "stem": "cifar", "width": 16, "num_classes": 10}),
                     ("attention92_cifar", {"attention_modules": [1, 2, 3], "stem": "cifar", "width": 16, "num_classes": 10}),
                     ("attention56_cifar 1 channel", {"attention_modules": [1, 1, 1], "stem": "cifar", "width": 16, "num_classes": 10, "in_channels": 1})]:
        print(f"{name:28s} {count(ResidualAttentionNet(**kw)):>12,}")
