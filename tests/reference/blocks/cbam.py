"""Convolutional Block Attention Module (Woo, Park, Lee, Kweon; ECCV 2018; arXiv 1807.06521).

Channel attention: M_c = σ(MLP(AvgPool(F)) + MLP(MaxPool(F))), a shared MLP C → C/r → C (with bias, as the paper's
MLP); F' = M_c · F. Spatial attention: M_s = σ(BN(conv7x7([MaxPool_c(F'); AvgPool_c(F')]))); F'' = M_s · F'.
The pooled maps are stacked max first and the 7x7 convolution has no bias and is followed by BN, as the official
code (the paper writes the pair the other way round; the order only fixes which input channel a weight reads);
that BN has momentum 0.01, as the official BasicConv.
"""
import torch
import torch.nn.functional as F
from torch import nn


class CBAM(nn.Module):
    def __init__(self, channels, reduction=16, kernel_size=7):
        super().__init__()
        hidden = max(channels // reduction, 1)
        self.fc1 = nn.Conv2d(channels, hidden, 1)
        self.fc2 = nn.Conv2d(hidden, channels, 1)
        self.spatial_conv = nn.Conv2d(2, 1, kernel_size, padding=kernel_size // 2, bias=False)
        self.spatial_bn = nn.BatchNorm2d(1, momentum=0.01)

    def mlp(self, s):
        return self.fc2(torch.relu(self.fc1(s)))

    def forward(self, x):
        avg = self.mlp(x.mean(dim=(2, 3), keepdim=True))
        # A max pool over the whole map, as the official code's F.max_pool2d(x, (H, W)): its backward sends each
        # channel's gradient to one maximum (amax's would split it among ties).
        mx = self.mlp(F.adaptive_max_pool2d(x, 1))
        x = x * torch.sigmoid(avg + mx)
        s = torch.cat([x.amax(dim=1, keepdim=True), x.mean(dim=1, keepdim=True)], dim=1)
        return x * torch.sigmoid(self.spatial_bn(self.spatial_conv(s)))
