"""Global Context block (Cao, Xu, Lin, Wei, Hu; ICCVW 2019 / TPAMI; arXiv 1904.11492).

Context modelling: w = softmax_positions(conv1x1_{C→1}(x)); c = Σ_j w_j x_j ∈ R^{C×1×1}.
Transform: conv1x1 C → C·r → LayerNorm([C·r, 1, 1]) → ReLU → conv1x1 C·r → C (the last conv starts at zero).
Fusion by addition: y = x + transform(c).
Children are named as the official code (and mmcv's ContextBlock): conv_mask and channel_add_conv.{0,1,3}.
"""
import torch
from torch import nn


class GlobalContext(nn.Module):
    def __init__(self, channels, ratio=1.0 / 16):
        super().__init__()
        hidden = max(int(channels * ratio), 1)
        self.conv_mask = nn.Conv2d(channels, 1, 1)
        self.channel_add_conv = nn.Sequential(
            nn.Conv2d(channels, hidden, 1),
            nn.LayerNorm([hidden, 1, 1]),
            nn.ReLU(inplace=True),
            nn.Conv2d(hidden, channels, 1),
        )
        nn.init.zeros_(self.channel_add_conv[3].weight)
        nn.init.zeros_(self.channel_add_conv[3].bias)

    def forward(self, x):
        b, c, h, w = x.shape
        weights = torch.softmax(self.conv_mask(x).view(b, 1, h * w), dim=-1)       # [B, 1, HW]
        context = torch.bmm(x.view(b, c, h * w), weights.transpose(1, 2))           # [B, C, 1]
        return x + self.channel_add_conv(context.view(b, c, 1, 1))
