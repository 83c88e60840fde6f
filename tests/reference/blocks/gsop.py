"""Global Second-order Pooling block, GSoP-Net1 channel attention (Gao, Xie, Wang, Li; CVPR 2019; arXiv 1811.12006).

1x1 conv C → d (d = 128) → BN → ReLU; covariance Σ = X Î Xᵀ over the hw positions (Î centres: Î = I/M − 1/M²);
Σ as a [d, d, 1] map → BN → row-wise conv (groups d, kernel (d, 1), d → 4d) → ReLU → 1x1 conv 4d → C → σ; y = x · s.
"""
import torch
from torch import nn


def covariance(x):
    b, d, h, w = x.shape
    m = h * w
    x = x.reshape(b, d, m)
    i_hat = (-1.0 / m / m) * torch.ones(m, m, device=x.device, dtype=x.dtype) + (1.0 / m) * torch.eye(m, device=x.device, dtype=x.dtype)
    return x.bmm(i_hat.expand(b, m, m)).bmm(x.transpose(1, 2))     # [B, d, d]


class GSoP(nn.Module):
    def __init__(self, channels, reduced=128):
        super().__init__()
        self.reduced = reduced
        self.reduce = nn.Conv2d(channels, reduced, 1)
        self.reduce_bn = nn.BatchNorm2d(reduced)
        self.row_bn = nn.BatchNorm2d(reduced)
        self.row_conv = nn.Conv2d(reduced, 4 * reduced, (reduced, 1), groups=reduced)
        self.fc = nn.Conv2d(4 * reduced, channels, 1)

    def forward(self, x):
        z = torch.relu(self.reduce_bn(self.reduce(x)))
        cov = covariance(z).unsqueeze(-1)                   # [B, d, d, 1]
        s = torch.relu(self.row_conv(self.row_bn(cov)))     # [B, 4d, 1, 1]
        return x * torch.sigmoid(self.fc(s))
