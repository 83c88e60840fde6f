"""Triplet attention (Misra, Nalamada, Arasanipalai, Hou; WACV 2021; arXiv 2010.03045).

Three branches, each a gate g(z) = z · σ(BN(conv7x7([max_c(z); mean_c(z)]))) applied to a rotation of x:
(C, H) interaction on x rotated to [B, H, C, W], (C, W) interaction on x rotated to [B, W, H, C], and plain spatial
(H, W) attention on x; each result is rotated back and the three are averaged.
"""
import torch
from torch import nn


class ZPoolGate(nn.Module):
    def __init__(self, kernel_size=7):
        super().__init__()
        self.conv = nn.Conv2d(2, 1, kernel_size, padding=kernel_size // 2, bias=False)
        self.bn = nn.BatchNorm2d(1)

    def forward(self, z):
        pooled = torch.cat([z.amax(dim=1, keepdim=True), z.mean(dim=1, keepdim=True)], dim=1)
        return z * torch.sigmoid(self.bn(self.conv(pooled)))


class TripletAttention(nn.Module):
    def __init__(self, kernel_size=7, spatial=True):
        super().__init__()
        self.spatial = spatial
        self.cw = ZPoolGate(kernel_size)
        self.hc = ZPoolGate(kernel_size)
        if spatial:
            self.hw = ZPoolGate(kernel_size)

    def forward(self, x):
        out_ch = self.cw(x.permute(0, 2, 1, 3)).permute(0, 2, 1, 3)
        out_cw = self.hc(x.permute(0, 3, 2, 1)).permute(0, 3, 2, 1)
        if not self.spatial:
            return (out_ch + out_cw) / 2
        return (self.hw(x) + out_ch + out_cw) / 3
