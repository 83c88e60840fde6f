"""Triplet attention (Misra, Nalamada, Arasanipalai, Hou; WACV 2021; arXiv 2010.03045).

Three branches, each a gate g(z) = z · σ(BN(conv_k([max_0(z); mean_0(z)]))) (Z-pool over dim 1 of z) applied to a
rotation of x: cw sees x as [B, H, C, W] (pooled over H, gate over the (C, W) plane), hc sees x as [B, W, H, C]
(pooled over W, gate over (H, C)), hw sees x itself (pooled over C, gate over (H, W)); each result is rotated back
and the three are averaged (the two rotated ones when spatial=False, the official no_spatial).
As the official code: the convolution has no bias and its BN has momentum 0.01.
"""
import torch
from torch import nn


class ZPoolGate(nn.Module):
    def __init__(self, kernel_size=7):
        super().__init__()
        self.conv = nn.Conv2d(2, 1, kernel_size, padding=kernel_size // 2, bias=False)
        self.bn = nn.BatchNorm2d(1, momentum=0.01)

    def forward(self, z):
        pooled = torch.cat([z.amax(dim=1, keepdim=True), z.mean(dim=1, keepdim=True)], dim=1)
        return z * torch.sigmoid(self.bn(self.conv(pooled)))


class TripletAttention(nn.Module):
    def __init__(self, kernel_size=7, spatial=True, channels=None):
        super().__init__()
        self.spatial = spatial
        self.channels = channels  # only checked: no weight depends on the channels
        self.cw = ZPoolGate(kernel_size)
        self.hc = ZPoolGate(kernel_size)
        if spatial:
            self.hw = ZPoolGate(kernel_size)

    def forward(self, x):
        assert self.channels is None or x.shape[1] == self.channels, f"expected {self.channels} channels, got {x.shape[1]}"
        from_cw = self.cw(x.permute(0, 2, 1, 3)).permute(0, 2, 1, 3)
        from_hc = self.hc(x.permute(0, 3, 2, 1)).permute(0, 3, 2, 1)
        if not self.spatial:
            return (from_cw + from_hc) / 2
        return (from_cw + from_hc + self.hw(x)) / 3
