"""Squeeze-and-Excitation (Hu, Shen, Sun; CVPR 2018; arXiv 1709.01507).

s = σ(W2 δ(W1 GAP(x))), y = x · s. W1: C → C/r, W2: C/r → C, as 1x1 convolutions with bias (the paper's FC layers).
"""
import torch
from torch import nn


class SE(nn.Module):
    def __init__(self, channels, reduction=16):
        super().__init__()
        hidden = max(channels // reduction, 1)
        self.fc1 = nn.Conv2d(channels, hidden, 1)
        self.fc2 = nn.Conv2d(hidden, channels, 1)

    def forward(self, x):
        s = x.mean(dim=(2, 3), keepdim=True)
        s = torch.sigmoid(self.fc2(torch.relu(self.fc1(s))))
        return x * s
