"""Criss-cross attention and the recurrent RCCA module (Huang et al.; ICCV 2019; arXiv 1811.11721).

q, k: 1x1 convs C → C/8; v: 1x1 conv C → C. Each position u attends over its column and its row (H + W − 1
positions: the position itself is counted once, by masking it with −inf on the column branch); one softmax over the
H + W logits; out = γ · (aggregated values) + x, γ starting at 0. RCCA: conv3x3 → BN → ReLU, R times criss-cross
(weights shared), conv3x3 → BN → ReLU, concatenated with the input → conv3x3 → BN → ReLU → dropout → 1x1 classifier.
"""
import torch
from torch import nn


class CrissCrossAttention(nn.Module):
    def __init__(self, channels, reduction=8):
        super().__init__()
        inner = max(channels // reduction, 1)
        self.query_conv = nn.Conv2d(channels, inner, 1)
        self.key_conv = nn.Conv2d(channels, inner, 1)
        self.value_conv = nn.Conv2d(channels, channels, 1)
        self.gamma = nn.Parameter(torch.zeros(1))

    def forward(self, x):
        b, c, h, w = x.shape
        q, k, v = self.query_conv(x), self.key_conv(x), self.value_conv(x)
        # Column branch: position (i, j) against (i', j) for every row i'.
        energy_h = torch.einsum("bcij,bckj->bijk", q, k)                       # [B, H, W, H]
        self_mask = torch.eye(h, dtype=torch.bool, device=x.device).view(1, h, 1, h)
        energy_h = energy_h.masked_fill(self_mask, float("-inf"))
        # Row branch: position (i, j) against (i, j') for every column j'.
        energy_w = torch.einsum("bcij,bcik->bijk", q, k)                       # [B, H, W, W]
        attention = torch.softmax(torch.cat([energy_h, energy_w], dim=-1), dim=-1)
        att_h, att_w = attention[..., :h], attention[..., h:]
        out_h = torch.einsum("bijk,bckj->bcij", att_h, v)
        out_w = torch.einsum("bijk,bcik->bcij", att_w, v)
        return self.gamma * (out_h + out_w) + x


class RCCA(nn.Module):
    def __init__(self, in_channels, num_classes, recurrence=2, inner_reduction=4, out_channels=512, dropout=0.1):
        super().__init__()
        inner = in_channels // inner_reduction
        self.recurrence = recurrence
        self.conva = nn.Sequential(nn.Conv2d(in_channels, inner, 3, padding=1, bias=False), nn.BatchNorm2d(inner), nn.ReLU())
        self.cca = CrissCrossAttention(inner)
        self.convb = nn.Sequential(nn.Conv2d(inner, inner, 3, padding=1, bias=False), nn.BatchNorm2d(inner), nn.ReLU())
        self.bottleneck = nn.Sequential(
            nn.Conv2d(in_channels + inner, out_channels, 3, padding=1, bias=False), nn.BatchNorm2d(out_channels), nn.ReLU(),
            nn.Dropout2d(dropout), nn.Conv2d(out_channels, num_classes, 1))

    def forward(self, x):
        out = self.conva(x)
        for _ in range(self.recurrence):
            out = self.cca(out)
        out = self.convb(out)
        return self.bottleneck(torch.cat([x, out], dim=1))
