"""Bottleneck Attention Module (Park, Woo, Lee, Kweon; BMVC 2018; arXiv 1807.06514).

M(F) = σ(M_c(F) + M_s(F)) (broadcast sum of a channel map [C,1,1] and a spatial map [1,H,W]); F' = F + F ⊗ M(F).
Channel branch: GAP → FC C→C/r → BN → ReLU → FC C/r→C (the official code's MLP, BN in the hidden layer).
Spatial branch: 1x1 C→C/r → BN → ReLU → (3x3 dilated d, padding d → BN → ReLU) x2 → 1x1 C/r→1. Padding equals the
dilation, so the map keeps its size.
"""
import torch
from torch import nn


class BAM(nn.Module):
    def __init__(self, channels, reduction=16, dilation=4):
        super().__init__()
        hidden = max(channels // reduction, 1)
        self.channel_fc1 = nn.Linear(channels, hidden)
        self.channel_bn = nn.BatchNorm1d(hidden)
        self.channel_fc2 = nn.Linear(hidden, channels)
        self.spatial_reduce = nn.Conv2d(channels, hidden, 1)
        self.spatial_reduce_bn = nn.BatchNorm2d(hidden)
        self.spatial_dilated1 = nn.Conv2d(hidden, hidden, 3, padding=dilation, dilation=dilation)
        self.spatial_dilated1_bn = nn.BatchNorm2d(hidden)
        self.spatial_dilated2 = nn.Conv2d(hidden, hidden, 3, padding=dilation, dilation=dilation)
        self.spatial_dilated2_bn = nn.BatchNorm2d(hidden)
        self.spatial_final = nn.Conv2d(hidden, 1, 1)

    def forward(self, x):
        c = x.mean(dim=(2, 3))
        c = self.channel_fc2(torch.relu(self.channel_bn(self.channel_fc1(c))))[:, :, None, None]
        s = torch.relu(self.spatial_reduce_bn(self.spatial_reduce(x)))
        s = torch.relu(self.spatial_dilated1_bn(self.spatial_dilated1(s)))
        s = torch.relu(self.spatial_dilated2_bn(self.spatial_dilated2(s)))
        s = self.spatial_final(s)
        return x * (1 + torch.sigmoid(c + s))
