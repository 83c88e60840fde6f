"""Bottleneck Attention Module (Park, Woo, Lee, Kweon; BMVC 2018; arXiv 1807.06514).

Paper (variant="paper", the default):
  M_c(F) = BN(W1 δ(W0 AvgPool(F) + b0) + b1)                  channel map [C, 1, 1], BN over the C logits
  M_s(F) = BN(f3_1x1(f2_3x3(f1_3x3(f0_1x1(F)))))              spatial map [1, H, W], BN over the one map
  F' = F + F ⊗ σ(M_c(F) + M_s(F))                              the two maps broadcast into [C, H, W]
Official code (variant="official", Jongchan/attention-module): the MLP has BN + ReLU in its hidden layer, neither
branch ends in BN, and the branches are multiplied: F' = F ⊗ (1 + σ(M_c · M_s)).
In both, the spatial branch is 1x1 C→C/r → BN → ReLU → (3x3 dilated d, padding d → BN → ReLU) x2 → 1x1 C/r→1, as
the official code (padding equals the dilation, so the map keeps its size).

Children are named as the zoo's spec (model-specs/blocks/bam.zoo.json); the optional ones exist only in their
variant: channel_hidden_bn (official), channel_bn and spatial_bn (paper).
"""
import torch
from torch import nn


class BAM(nn.Module):
    def __init__(self, channels, reduction=16, dilation=4, variant="paper"):
        super().__init__()
        assert variant in ("paper", "official")
        self.variant = variant
        hidden = max(channels // reduction, 1)
        self.channel_fc1 = nn.Linear(channels, hidden)
        if variant == "official":
            self.channel_hidden_bn = nn.BatchNorm1d(hidden)
        self.channel_fc2 = nn.Linear(hidden, channels)
        if variant == "paper":
            self.channel_bn = nn.BatchNorm1d(channels)
        self.spatial_reduce = nn.Conv2d(channels, hidden, 1)
        self.spatial_reduce_bn = nn.BatchNorm2d(hidden)
        self.spatial_dilated1 = nn.Conv2d(hidden, hidden, 3, padding=dilation, dilation=dilation)
        self.spatial_dilated1_bn = nn.BatchNorm2d(hidden)
        self.spatial_dilated2 = nn.Conv2d(hidden, hidden, 3, padding=dilation, dilation=dilation)
        self.spatial_dilated2_bn = nn.BatchNorm2d(hidden)
        self.spatial_final = nn.Conv2d(hidden, 1, 1)
        if variant == "paper":
            self.spatial_bn = nn.BatchNorm2d(1)

    def forward(self, x):
        c = self.channel_fc1(x.mean(dim=(2, 3)))
        if self.variant == "official":
            c = self.channel_hidden_bn(c)
        c = self.channel_fc2(torch.relu(c))
        if self.variant == "paper":
            c = self.channel_bn(c)
        c = c[:, :, None, None]
        s = torch.relu(self.spatial_reduce_bn(self.spatial_reduce(x)))
        s = torch.relu(self.spatial_dilated1_bn(self.spatial_dilated1(s)))
        s = torch.relu(self.spatial_dilated2_bn(self.spatial_dilated2(s)))
        s = self.spatial_final(s)
        if self.variant == "paper":
            s = self.spatial_bn(s)
            return x * (1 + torch.sigmoid(c + s))
        return x * (1 + torch.sigmoid(c * s))
