"""Segmentation networks as the zoo builds them (model-specs/networks/segmentation-net.zoo.json): the reference ResNet
of resnet.py as a dilated backbone (output stride 8, no classifier), DANet's dual attention head or CCNet's RCCA from
../blocks/danet.py and ../blocks/criss_cross.py, and bilinear up-sampling (align_corners, as both official codes) to
the input's size. Same hyperparameter names and state_dict keys as the spec (backbone.*, head.*).
"""
import os
import sys

from torch import nn
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blocks"))
from resnet import ResNet, UNITS  # noqa: E402
from danet import DAHead  # noqa: E402
from criss_cross import RCCA  # noqa: E402

HEADS = {"danet": DAHead, "ccnet": RCCA}


class SegmentationNet(nn.Module):
    def __init__(self, block, layers, segmentation_head, num_classes=19, in_channels=3, output_stride=8, **head_args):
        super().__init__()
        self.backbone = ResNet(block, layers, in_channels=in_channels, output_stride=output_stride, classifier=False)
        self.head = HEADS[segmentation_head](512 * UNITS[block].expansion, num_classes, **head_args)

    def forward(self, x):
        scores = self.head(self.backbone(x))
        return F.interpolate(scores, size=x.shape[-2:], mode="bilinear", align_corners=True)


if __name__ == "__main__":
    count = lambda m: sum(p.numel() for p in m.parameters())  # noqa: E731
    for name, args, kwargs in [("danet_resnet50", ("bottleneck", [3, 4, 6, 3], "danet"), {}),
                               ("danet_resnet101", ("bottleneck", [3, 4, 23, 3], "danet"), {}),
                               ("ccnet_resnet50", ("bottleneck", [3, 4, 6, 3], "ccnet"), {}),
                               ("ccnet_resnet101", ("bottleneck", [3, 4, 23, 3], "ccnet"), {}),
                               ("basic rcca 64", ("basic", [1, 1, 1, 1], "ccnet"),
                                {"out_channels": 64, "num_classes": 5, "in_channels": 1, "output_stride": 16})]:
        head_args = {k: v for k, v in kwargs.items() if k == "out_channels"}
        net_args = {k: v for k, v in kwargs.items() if k != "out_channels"}
        print(f"{name:28s} {count(SegmentationNet(*args, **net_args, **head_args)):>12,}")
