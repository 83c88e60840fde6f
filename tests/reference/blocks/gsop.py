"""Global Second-order Pooling block, GSoP-Net1 channel attention (Gao, Xie, Wang, Li; CVPR 2019; arXiv 1811.12006).

1x1 conv C → d (d = 128) → BN → ReLU; covariance Σ = Z Î Zᵀ over the M = h·w positions (Î = I/M − 1/M², as the
official MPNCOV code: the centred covariance); Σ as a [d, d, 1] map → BN (per row) → row-wise conv (groups d,
kernel (d, 1), d → 4d) → 1x1 conv 4d → C → σ; y = x · s. As the official channel attention, there is no activation
between the row-wise conv and the 1x1 conv (an earlier version of this reference had a ReLU there; the official code
and the paper's s = σ(W RC(Cov(Conv(X)))) have none).

Options of the official code: relu_input (ReLU on the input before the reduction) and stride (the reduction's stride,
2 in the official ResNets' first stage).
"""
import torch
from torch import nn


def covariance(z):
    b, d, h, w = z.shape
    m = h * w
    z = z.reshape(b, d, m)
    i_hat = (-1.0 / m / m) * torch.ones(m, m, device=z.device, dtype=z.dtype) + (1.0 / m) * torch.eye(m, device=z.device, dtype=z.dtype)
    return z.bmm(i_hat.expand(b, m, m)).bmm(z.transpose(1, 2))     # [B, d, d]


class GSoP(nn.Module):
    def __init__(self, channels, reduced=128, stride=1, relu_input=False):
        super().__init__()
        self.relu_input = relu_input
        self.reduce = nn.Conv2d(channels, reduced, 1, stride=stride)
        self.reduce_bn = nn.BatchNorm2d(reduced)
        self.row_bn = nn.BatchNorm2d(reduced)
        self.row_conv = nn.Conv2d(reduced, 4 * reduced, (reduced, 1), groups=reduced)
        self.fc = nn.Conv2d(4 * reduced, channels, 1)

    def forward(self, x):
        z = torch.relu(x) if self.relu_input else x
        z = torch.relu(self.reduce_bn(self.reduce(z)))
        cov = covariance(z).unsqueeze(-1)                   # [B, d, d, 1]
        s = self.row_conv(self.row_bn(cov))                 # [B, 4d, 1, 1]
        return x * torch.sigmoid(self.fc(s))
