"""Efficient Channel Attention (Wang et al.; CVPR 2020; arXiv 1910.03151).

GAP → 1-D convolution across channels (no bias) with an adaptive kernel k = |log2(C)/γ + b/γ|_odd → σ → scale.
The kernel follows the official code: t = int(|(log2 C + b) / γ|), k = t if t is odd else t + 1; kernel_size fixes k
instead (the official eca_layer's k_size).
"""
import math

import torch
from torch import nn


def eca_kernel_size(channels, gamma=2, b=1):
    t = int(abs((math.log2(channels) + b) / gamma))
    return t if t % 2 else t + 1


class ECA(nn.Module):
    def __init__(self, channels, gamma=2, b=1, kernel_size=None):
        super().__init__()
        k = kernel_size if kernel_size is not None else eca_kernel_size(channels, gamma, b)
        self.conv = nn.Conv1d(1, 1, k, padding=(k - 1) // 2, bias=False)

    def forward(self, x):
        s = x.mean(dim=(2, 3))                       # [B, C]
        s = self.conv(s.unsqueeze(1)).squeeze(1)     # [B, C], the 1-D conv runs across channels
        return x * torch.sigmoid(s)[:, :, None, None]
