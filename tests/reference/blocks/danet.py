"""Dual attention (DANet; Fu et al.; CVPR 2019; arXiv 1809.02983): position and channel attention, and the DA head.

PAM: B = query(A), C = key(A) (1x1, C → C/8), D = value(A) (1x1, C → C), three different convolutions;
S = softmax_i(Bᵀ C) ∈ R^{N×N}; E = γ · (D Sᵀ) + A, γ starting at 0.
CAM: X = softmax(A Aᵀ) ∈ R^{C×C} over the last axis; E = β · (X A) + A, β starting at 0. The official code feeds
softmax with max(E) − E instead of E ("for better results"): mode "official" selects it, "paper" (default) does not.
Head: in → in/4 with conv3x3-BN-ReLU per branch, PAM / CAM, conv3x3-BN-ReLU, sum, dropout 0.1, 1x1 classifier.
"""
import torch
from torch import nn


class PositionAttention(nn.Module):
    def __init__(self, channels, reduction=8):
        super().__init__()
        inner = max(channels // reduction, 1)
        self.query_conv = nn.Conv2d(channels, inner, 1)
        self.key_conv = nn.Conv2d(channels, inner, 1)
        self.value_conv = nn.Conv2d(channels, channels, 1)
        self.gamma = nn.Parameter(torch.zeros(1))

    def forward(self, a):
        b, c, h, w = a.shape
        q = self.query_conv(a).flatten(2).transpose(1, 2)      # [B, N, C/8]
        k = self.key_conv(a).flatten(2)                         # [B, C/8, N]
        v = self.value_conv(a).flatten(2)                       # [B, C, N]
        s = torch.softmax(torch.bmm(q, k), dim=-1)              # [B, N, N]
        out = torch.bmm(v, s.transpose(1, 2)).view(b, c, h, w)
        return self.gamma * out + a


class ChannelAttention(nn.Module):
    def __init__(self, mode="paper"):
        super().__init__()
        self.mode = mode
        self.beta = nn.Parameter(torch.zeros(1))

    def forward(self, a):
        b, c, h, w = a.shape
        flat = a.flatten(2)                                     # [B, C, N]
        energy = torch.bmm(flat, flat.transpose(1, 2))          # [B, C, C]
        if self.mode == "official":
            energy = energy.amax(dim=-1, keepdim=True) - energy
        x = torch.softmax(energy, dim=-1)
        out = torch.bmm(x, flat).view(b, c, h, w)
        return self.beta * out + a


def conv_bn_relu(cin, cout):
    return nn.Sequential(nn.Conv2d(cin, cout, 3, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU())


class DAHead(nn.Module):
    def __init__(self, in_channels, num_classes, cam_mode="paper", dropout=0.1):
        super().__init__()
        inner = in_channels // 4
        self.conv5a = conv_bn_relu(in_channels, inner)
        self.conv5c = conv_bn_relu(in_channels, inner)
        self.pam = PositionAttention(inner)
        self.cam = ChannelAttention(cam_mode)
        self.conv51 = conv_bn_relu(inner, inner)
        self.conv52 = conv_bn_relu(inner, inner)
        self.classifier = nn.Sequential(nn.Dropout2d(dropout), nn.Conv2d(inner, num_classes, 1))

    def forward(self, x):
        sa = self.conv51(self.pam(self.conv5a(x)))
        sc = self.conv52(self.cam(self.conv5c(x)))
        return self.classifier(sa + sc)
