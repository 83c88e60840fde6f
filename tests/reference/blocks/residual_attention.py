"""Residual Attention Network's attention module (Wang et al.; CVPR 2017; arXiv 1704.06904).

H(x) = (1 + M(x)) · T(x). Trunk T: t = 2 pre-activation bottleneck units. Soft-mask branch M: a bottom-up top-down
hourglass with `depth` max-pool (3x3, stride 2) steps, r = 1 unit after each pool, one more unit at the bottom, a skip
unit at every level but the bottom, and on the way up: bilinear up-sampling (align_corners, to the size of the level
above, so any input size works) + the level's features + its skip, then r = 1 unit; the last up-sampling adds the
trunk's output, then BN-ReLU-1x1-BN-ReLU-1x1 and a sigmoid. p = 1 unit before and after. Attention-56/92 use depth
3, 2, 1 in stages 1, 2, 3 (56x56, 28x28, 14x14 inputs).
"""
import torch
from torch import nn
import torch.nn.functional as F


class PreActBottleneck(nn.Module):
    """Pre-activation bottleneck unit (He et al. 2016) with a projection shortcut when the shape changes."""

    def __init__(self, in_channels, out_channels, stride=1):
        super().__init__()
        mid = out_channels // 4
        self.bn1 = nn.BatchNorm2d(in_channels)
        self.conv1 = nn.Conv2d(in_channels, mid, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(mid)
        self.conv2 = nn.Conv2d(mid, mid, 3, stride=stride, padding=1, bias=False)
        self.bn3 = nn.BatchNorm2d(mid)
        self.conv3 = nn.Conv2d(mid, out_channels, 1, bias=False)
        self.shortcut = nn.Conv2d(in_channels, out_channels, 1, stride=stride, bias=False) \
            if in_channels != out_channels or stride != 1 else None

    def forward(self, x):
        pre = torch.relu(self.bn1(x))
        out = self.conv1(pre)
        out = self.conv2(torch.relu(self.bn2(out)))
        out = self.conv3(torch.relu(self.bn3(out)))
        return out + (self.shortcut(pre) if self.shortcut is not None else x)


class ResidualAttentionModule(nn.Module):
    def __init__(self, channels, depth, p=1, t=2, r=1):
        super().__init__()
        self.depth = depth
        unit = lambda: PreActBottleneck(channels, channels)  # noqa: E731
        self.first = nn.Sequential(*[unit() for _ in range(p)])
        self.trunk = nn.Sequential(*[unit() for _ in range(t)])
        self.down = nn.ModuleList(nn.Sequential(*[unit() for _ in range(r)]) for _ in range(depth))
        self.skips = nn.ModuleList(unit() for _ in range(depth - 1))
        self.inner = nn.Sequential(*[unit() for _ in range(r)])
        self.ups = nn.ModuleList(nn.Sequential(*[unit() for _ in range(r)]) for _ in range(depth - 1))
        self.mask_head = nn.Sequential(
            nn.BatchNorm2d(channels), nn.ReLU(), nn.Conv2d(channels, channels, 1, bias=False),
            nn.BatchNorm2d(channels), nn.ReLU(), nn.Conv2d(channels, channels, 1, bias=False))
        self.last = nn.Sequential(*[unit() for _ in range(p)])

    @staticmethod
    def up(h, like):
        return F.interpolate(h, size=like.shape[-2:], mode="bilinear", align_corners=True)

    def forward(self, x):
        x = self.first(x)
        trunk = self.trunk(x)
        features, skips = [], []
        h = x
        for level in range(self.depth):
            h = self.down[level](F.max_pool2d(h, 3, stride=2, padding=1))
            features.append(h)
            if level < self.depth - 1:
                skips.append(self.skips[level](h))
        h = self.inner(h)
        for level in reversed(range(self.depth - 1)):
            h = self.ups[level](self.up(h, features[level]) + features[level] + skips[level])
        mask = torch.sigmoid(self.mask_head(self.up(h, trunk) + trunk))
        return self.last((1 + mask) * trunk)
