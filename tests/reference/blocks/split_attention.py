"""Split-attention convolution of ResNeSt (Zhang et al.; arXiv 2004.08955).

conv k x k, C_in → C·R with groups = cardinality·R (R = radix) → BN → ReLU; the R splits summed; GAP; 1x1 conv
(groups = cardinality) C → inner, inner = max(C_in·R/reduction_factor, 32) → BN → ReLU → 1x1 conv inner → C·R;
r-softmax across the radix splits within each cardinal group (sigmoid when R = 1); output Σ_r a_r · split_r.
Names and channel layout as the official SplAtConv2d. padding=None means dilation·(kernel_size − 1) / 2.
"""
import torch
from torch import nn


class SplitAttention(nn.Module):
    def __init__(self, in_channels, channels, kernel_size=3, stride=1, padding=None, dilation=1, radix=2, cardinality=1,
                 reduction_factor=4, min_inner=32):
        super().__init__()
        if padding is None:
            padding = dilation * (kernel_size - 1) // 2
        self.radix = radix
        self.cardinality = cardinality
        self.channels = channels
        inner = max(in_channels * radix // reduction_factor, min_inner)
        self.conv = nn.Conv2d(in_channels, channels * radix, kernel_size, stride=stride, padding=padding,
                              dilation=dilation, groups=cardinality * radix, bias=False)
        self.bn0 = nn.BatchNorm2d(channels * radix)
        self.fc1 = nn.Conv2d(channels, inner, 1, groups=cardinality)
        self.bn1 = nn.BatchNorm2d(inner)
        self.fc2 = nn.Conv2d(inner, channels * radix, 1, groups=cardinality)

    def forward(self, x):
        b = x.shape[0]
        x = torch.relu(self.bn0(self.conv(x)))
        if self.radix > 1:
            splits = x.view(b, self.radix, self.channels, *x.shape[2:])
            gap = splits.sum(dim=1)
        else:
            gap = x
        gap = gap.mean(dim=(2, 3), keepdim=True)
        att = self.fc2(torch.relu(self.bn1(self.fc1(gap))))               # [B, C·R, 1, 1]
        if self.radix > 1:
            att = att.view(b, self.cardinality, self.radix, -1).transpose(1, 2)
            att = torch.softmax(att, dim=1).reshape(b, self.radix, self.channels, 1, 1)
            return (splits * att).sum(dim=1)
        return x * torch.sigmoid(att)
