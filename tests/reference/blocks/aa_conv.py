"""Attention Augmented Convolution (Bello, Zoph, Vaswani, Shlens, Le; ICCV 2019; arXiv 1904.09925).

out = concat[conv_{k×k}(X) with F_out − d_v channels, MHA(X) with d_v channels]. MHA: one 1x1 conv X → [Q; K; V]
(2·d_k + d_v channels), N_h heads; per head O_h = softmax((Q_h K_hᵀ + S_H^rel + S_W^rel) / sqrt(d_k^h)) V_h, where
S_W^rel[i, j] = q_i · r^W_{w_j − w_i} and S_H^rel[i, j] = q_i · r^H_{h_j − h_i} with learned relative embeddings;
heads concatenated, then a 1x1 projection d_v → d_v. d_k = κ·F_out, d_v = υ·F_out (κ = 2υ = 0.2 in the paper),
rounded to the nearest multiple of N_h (at least N_h) when not given, since every head needs the same depth: κ·F_out
alone is not a multiple of 8 for any of ResNet's widths (64 → 12.8).

Any input size: the embedding tables hold 2·R − 1 relative offsets (R = max_relative) and offsets beyond ±(R − 1)
are clipped to the last entry (as Shaw et al.'s relative positions), so for inputs no larger than R x R the logits
are exactly the paper's, and larger inputs still work.
"""
import torch
from torch import nn


def relative_index(length, max_relative, device):
    pos = torch.arange(length, device=device)
    return (pos[None, :] - pos[:, None]).clamp(-(max_relative - 1), max_relative - 1) + max_relative - 1   # [L, L]


class AAConv(nn.Module):
    def __init__(self, in_channels, out_channels, kernel_size=3, dk=None, dv=None, heads=8, max_relative=32, kappa=0.2, upsilon=0.1):
        super().__init__()
        self.dk = dk if dk is not None else heads * max(round(kappa * out_channels / heads), 1)
        self.dv = dv if dv is not None else heads * max(round(upsilon * out_channels / heads), 1)
        self.heads = heads
        self.max_relative = max_relative
        assert self.dk % heads == 0 and self.dv % heads == 0
        dkh = self.dk // heads
        self.conv_out = nn.Conv2d(in_channels, out_channels - self.dv, kernel_size, padding=kernel_size // 2)
        self.qkv_conv = nn.Conv2d(in_channels, 2 * self.dk + self.dv, 1)
        self.attn_out = nn.Conv2d(self.dv, self.dv, 1)
        self.key_rel_w = nn.Parameter(torch.randn(2 * max_relative - 1, dkh) * dkh ** -0.5)
        self.key_rel_h = nn.Parameter(torch.randn(2 * max_relative - 1, dkh) * dkh ** -0.5)

    def forward(self, x):
        b, _, h, w = x.shape
        nh, dkh, dvh = self.heads, self.dk // self.heads, self.dv // self.heads
        q, k, v = torch.split(self.qkv_conv(x), [self.dk, self.dk, self.dv], dim=1)
        q = q.reshape(b, nh, dkh, h, w) * dkh ** -0.5
        k = k.reshape(b, nh, dkh, h, w)
        v = v.reshape(b, nh, dvh, h, w)
        logits = torch.einsum("bndxy,bndij->bnxyij", q, k)                      # [B, Nh, H, W, H, W]
        rel_w = torch.einsum("bndxy,rd->bnxyr", q, self.key_rel_w)              # [B, Nh, H, W, 2R-1]
        idx_w = relative_index(w, self.max_relative, x.device)                  # [W, W]: offset j - y
        rel_w = rel_w.gather(-1, idx_w[None, None, None, :, :].expand(b, nh, h, w, w))   # [B, Nh, H, W, W]
        rel_h = torch.einsum("bndxy,rd->bnxyr", q, self.key_rel_h)
        idx_h = relative_index(h, self.max_relative, x.device)                  # [H, H]: offset i - x
        rel_h = rel_h.gather(-1, idx_h[None, None, :, None, :].expand(b, nh, h, w, h))   # [B, Nh, H, W, H]
        logits = logits + rel_w[:, :, :, :, None, :] + rel_h[:, :, :, :, :, None]
        weights = torch.softmax(logits.reshape(b, nh, h * w, h * w), dim=-1)
        attn = torch.einsum("bnpq,bndq->bndp", weights, v.reshape(b, nh, dvh, h * w)).reshape(b, self.dv, h, w)
        return torch.cat([self.conv_out(x), self.attn_out(attn)], dim=1)
