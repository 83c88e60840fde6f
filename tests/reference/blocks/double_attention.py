"""A²-Nets double attention (Chen, Kalantidis, Li, Yan, Feng; NeurIPS 2018; arXiv 1810.11579).

A = φ(X) ∈ R^{m×hw}, B = θ(X) ∈ R^{n×hw}, V = ρ(X) ∈ R^{n×hw} (1x1 convs).
Gather: G = A · softmax_positions(B)ᵀ ∈ R^{m×n} (n global descriptors, each a weighted sum over positions).
Distribute: Z = G · softmax_n(V) ∈ R^{m×hw} (each position mixes the n descriptors).
Y = X + conv1x1_{m→C}(Z). G is computed first: the other association order, A · (softmax(B)ᵀ softmax(V)), builds a
(hw)x(hw) matrix. m and n default to C/reduction (None; reduction 4), as the spec's m, n and reduction do.
"""
import torch
from torch import nn


class DoubleAttention(nn.Module):
    def __init__(self, channels, m=None, n=None, reduction=4):
        super().__init__()
        self.m = m if m is not None else max(channels // reduction, 1)
        self.n = n if n is not None else max(channels // reduction, 1)
        self.conv_a = nn.Conv2d(channels, self.m, 1)
        self.conv_b = nn.Conv2d(channels, self.n, 1)
        self.conv_v = nn.Conv2d(channels, self.n, 1)
        self.conv_out = nn.Conv2d(self.m, channels, 1)

    def forward(self, x):
        b, c, h, w = x.shape
        a = self.conv_a(x).flatten(2)                                 # [B, m, hw]
        attention_maps = torch.softmax(self.conv_b(x).flatten(2), dim=-1)   # [B, n, hw], over positions
        attention_vectors = torch.softmax(self.conv_v(x).flatten(2), dim=1)  # [B, n, hw], over the n descriptors
        g = torch.bmm(a, attention_maps.transpose(1, 2))              # [B, m, n]
        z = torch.bmm(g, attention_vectors)                           # [B, m, hw]
        return x + self.conv_out(z.view(b, self.m, h, w))
