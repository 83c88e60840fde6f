"""Non-local block, embedded Gaussian (Wang, Girshick, Gupta, He; CVPR 2018; arXiv 1711.07971).

θ, φ, g: 1x1 convs C → C' (C' = C/2); f = softmax_j(θ(x_i)ᵀ φ(x_j)); y_i = Σ_j f_ij g(x_j); z = BN(W_z y) + x, with
the BN weight initialised to 0 so the block starts as the identity. Optional: max-pool 2 on φ and g (sub-sampling,
the paper's "Sec. 3.3 implementation"), and scaling the logits by 1/sqrt(C') as the official code can (use_scale).
"""
import torch
from torch import nn
import torch.nn.functional as F


class NonLocal(nn.Module):
    def __init__(self, channels, reduction=2, sub_sample=False, use_scale=False):
        super().__init__()
        self.inner = max(channels // reduction, 1)
        self.sub_sample = sub_sample
        self.use_scale = use_scale
        self.theta = nn.Conv2d(channels, self.inner, 1)
        self.phi = nn.Conv2d(channels, self.inner, 1)
        self.g = nn.Conv2d(channels, self.inner, 1)
        self.w_z = nn.Conv2d(self.inner, channels, 1)
        self.bn = nn.BatchNorm2d(channels)
        nn.init.zeros_(self.bn.weight)

    def forward(self, x):
        b, c, h, w = x.shape
        q = self.theta(x).flatten(2).transpose(1, 2)              # [B, HW, C']
        k, v = self.phi(x), self.g(x)
        if self.sub_sample:
            k, v = F.max_pool2d(k, 2), F.max_pool2d(v, 2)
        k = k.flatten(2)                                          # [B, C', N]
        v = v.flatten(2).transpose(1, 2)                          # [B, N, C']
        logits = torch.bmm(q, k)                                  # [B, HW, N]
        if self.use_scale:
            logits = logits * self.inner ** -0.5
        y = torch.bmm(torch.softmax(logits, dim=-1), v)           # [B, HW, C']
        y = y.transpose(1, 2).reshape(b, self.inner, h, w)
        return self.bn(self.w_z(y)) + x
