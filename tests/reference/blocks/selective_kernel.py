"""Selective Kernel convolution (Li, Wang, Hu, Yang; CVPR 2019; arXiv 1903.06586).

Split: M paths, path m a 3x3 grouped conv with dilation m+1 (the paper's 5x5 path as a dilated 3x3) → BN → ReLU.
Fuse: U = Σ_m U_m; s = GAP(U); z = ReLU(BN(W_reduce s)), d = max(C/r, L). Select: logits per path from one 1x1
conv d → M·C, softmax across the M paths for each channel; V = Σ_m a_m · U_m.
The number of paths is num_paths (the module list of the paths is `paths`), as the zoo's spec.
"""
import torch
from torch import nn


class SelectiveKernel(nn.Module):
    def __init__(self, in_channels, out_channels=None, stride=1, num_paths=2, groups=32, reduction=16, min_hidden=32):
        super().__init__()
        out_channels = out_channels or in_channels
        self.num_paths = num_paths
        self.out_channels = out_channels
        self.paths = nn.ModuleList(
            nn.Sequential(
                nn.Conv2d(in_channels, out_channels, 3, stride=stride, padding=m + 1, dilation=m + 1, groups=groups, bias=False),
                nn.BatchNorm2d(out_channels),
                nn.ReLU(),
            )
            for m in range(num_paths)
        )
        hidden = max(out_channels // reduction, min_hidden)
        self.fc_reduce = nn.Conv2d(out_channels, hidden, 1, bias=False)
        self.bn = nn.BatchNorm2d(hidden)
        self.fc_select = nn.Conv2d(hidden, out_channels * num_paths, 1, bias=False)

    def forward(self, x):
        u = torch.stack([p(x) for p in self.paths], dim=1)                # [B, M, C, H, W]
        s = u.sum(dim=1).mean(dim=(2, 3), keepdim=True)                    # [B, C, 1, 1]
        z = torch.relu(self.bn(self.fc_reduce(s)))
        a = self.fc_select(z).view(x.shape[0], self.num_paths, self.out_channels, 1, 1)
        a = torch.softmax(a, dim=1)                                        # across the paths
        return (u * a).sum(dim=1)
