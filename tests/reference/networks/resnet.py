"""ResNets as the zoo builds them, in plain PyTorch on torchvision's units: the reference for model-specs/networks/
resnet.zoo.json and cifar-resnet.zoo.json (same hyperparameter names, same state_dict keys).

- ResNet: torchvision's ResNet (its BasicBlock/Bottleneck code, v1.5) with in_channels, output_stride (dilation as
  torchvision's replace_stride_with_dilation), a deep stem (ResNeSt / ResNet-D) and an attention block placed as each
  attention paper does (attention_placement). The attention blocks are the children `attn` (in the residual branch,
  before the addition), `post_attn` (on the unit's output) and `stage_attn1..3` (after stages 1-3).
- CifarResNet: He et al. 2016 section 4.2 (3 stages of 16/32/64 channels, 6n + 2 layers), option A (zero-padding)
  or option B (projection) shortcuts.

`attention` is a callable channels -> module, e.g. `lambda c: SE(c)` from ../blocks/se.py.
"""
import os
import sys

import torch
from torch import nn
import torch.nn.functional as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blocks"))
from se import SE  # noqa: E402,F401  (re-exported for the tests' constructor strings)
from cbam import CBAM  # noqa: E402,F401
from eca import ECA  # noqa: E402,F401
from global_context import GlobalContext  # noqa: E402,F401
from gsop import GSoP  # noqa: E402,F401
from bam import BAM  # noqa: E402,F401
from triplet import TripletAttention  # noqa: E402,F401
from non_local import NonLocal  # noqa: E402,F401
from double_attention import DoubleAttention  # noqa: E402,F401
from selective_kernel import SelectiveKernel  # noqa: E402
from split_attention import SplitAttention  # noqa: E402
from aa_conv import AAConv  # noqa: E402


class BasicBlock(nn.Module):
    expansion = 1

    def __init__(self, inplanes, planes, stride=1, dilation=1, attention=None, post_attention=None, shortcut="projection"):
        super().__init__()
        self.conv1 = nn.Conv2d(inplanes, planes, 3, stride, padding=dilation, dilation=dilation, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.relu = nn.ReLU(inplace=True)
        self.conv2 = nn.Conv2d(planes, planes, 3, padding=dilation, dilation=dilation, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)
        if attention is not None:
            self.attn = attention(planes)
        self.reshapes = stride != 1 or inplanes != planes
        self.zero_pad = self.reshapes and shortcut == "zero_pad"
        self.stride, self.extra = stride, planes - inplanes
        if self.reshapes and shortcut == "projection":
            self.downsample = nn.Sequential(nn.Conv2d(inplanes, planes, 1, stride, bias=False), nn.BatchNorm2d(planes))
        if post_attention is not None:
            self.post_attn = post_attention(planes)

    def forward(self, x):
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        if hasattr(self, "attn"):
            out = self.attn(out)
        if hasattr(self, "downsample"):
            identity = self.downsample(x)
        elif self.zero_pad:
            # Option A: the subsampled input, zero channels appended.
            identity = F.pad(x[:, :, ::self.stride, ::self.stride], (0, 0, 0, 0, 0, self.extra))
        else:
            identity = x
        out = self.relu(out + identity)
        return self.post_attn(out) if hasattr(self, "post_attn") else out


class Bottleneck(nn.Module):
    expansion = 4

    def __init__(self, inplanes, planes, stride=1, dilation=1, groups=1, base_width=64, attention=None, post_attention=None):
        super().__init__()
        width = int(planes * (base_width / 64.0)) * groups
        out = planes * self.expansion
        self.conv1 = nn.Conv2d(inplanes, width, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(width)
        self.conv2 = nn.Conv2d(width, width, 3, stride, padding=dilation, dilation=dilation, groups=groups, bias=False)
        self.bn2 = nn.BatchNorm2d(width)
        self.conv3 = nn.Conv2d(width, out, 1, bias=False)
        self.bn3 = nn.BatchNorm2d(out)
        self.relu = nn.ReLU(inplace=True)
        if attention is not None:
            self.attn = attention(out)
        if stride != 1 or inplanes != out:
            self.downsample = nn.Sequential(nn.Conv2d(inplanes, out, 1, stride, bias=False), nn.BatchNorm2d(out))
        if post_attention is not None:
            self.post_attn = post_attention(out)

    def forward(self, x):
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.relu(self.bn2(self.conv2(out)))
        out = self.bn3(self.conv3(out))
        if hasattr(self, "attn"):
            out = self.attn(out)
        identity = self.downsample(x) if hasattr(self, "downsample") else x
        out = self.relu(out + identity)
        return self.post_attn(out) if hasattr(self, "post_attn") else out


class SkBottleneck(nn.Module):
    """SKNet's unit: a ResNeXt bottleneck whose grouped 3x3 convolution (with its BN and ReLU) is an SK convolution."""
    expansion = 4

    def __init__(self, inplanes, planes, stride=1, dilation=1, groups=32, base_width=4, reduction=16, min_hidden=32,
                 attention=None, post_attention=None):
        super().__init__()
        assert dilation == 1, "the SK paths have their own dilations"
        width = int(planes * (base_width / 64.0)) * groups
        out = planes * self.expansion
        self.conv1 = nn.Conv2d(inplanes, width, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(width)
        self.conv2 = SelectiveKernel(width, width, stride, groups=groups, reduction=reduction, min_hidden=min_hidden)
        self.conv3 = nn.Conv2d(width, out, 1, bias=False)
        self.bn3 = nn.BatchNorm2d(out)
        self.relu = nn.ReLU(inplace=True)
        if attention is not None:
            self.attn = attention(out)
        if stride != 1 or inplanes != out:
            self.downsample = nn.Sequential(nn.Conv2d(inplanes, out, 1, stride, bias=False), nn.BatchNorm2d(out))
        if post_attention is not None:
            self.post_attn = post_attention(out)

    def forward(self, x):
        out = self.conv2(self.relu(self.bn1(self.conv1(x))))
        out = self.bn3(self.conv3(out))
        if hasattr(self, "attn"):
            out = self.attn(out)
        identity = self.downsample(x) if hasattr(self, "downsample") else x
        out = self.relu(out + identity)
        return self.post_attn(out) if hasattr(self, "post_attn") else out


class ResNeStBottleneck(nn.Module):
    """ResNeSt's unit (the official Bottleneck with avd_first=False): split-attention 3x3, the stride taken by a 3x3
    average pooling after it (avd), and an average-pooling shortcut (avg_down)."""
    expansion = 4

    def __init__(self, inplanes, planes, stride=1, dilation=1, radix=2, cardinality=1, bottleneck_width=64, avd=True,
                 avg_down=True, attention=None, post_attention=None):
        super().__init__()
        width = int(planes * (bottleneck_width / 64.0)) * cardinality
        out = planes * self.expansion
        pooled = avd and stride > 1
        self.conv1 = nn.Conv2d(inplanes, width, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(width)
        self.conv2 = SplitAttention(width, width, 3, 1 if pooled else stride, dilation, dilation, radix, cardinality)
        if pooled:
            self.avd_layer = nn.AvgPool2d(3, stride, padding=1)
        self.conv3 = nn.Conv2d(width, out, 1, bias=False)
        self.bn3 = nn.BatchNorm2d(out)
        self.relu = nn.ReLU(inplace=True)
        if attention is not None:
            self.attn = attention(out)
        if stride != 1 or inplanes != out:
            if avg_down:
                self.downsample = nn.Sequential(
                    nn.AvgPool2d(stride, stride, ceil_mode=True, count_include_pad=False),
                    nn.Conv2d(inplanes, out, 1, bias=False), nn.BatchNorm2d(out))
            else:
                self.downsample = nn.Sequential(nn.Conv2d(inplanes, out, 1, stride, bias=False), nn.BatchNorm2d(out))
        if post_attention is not None:
            self.post_attn = post_attention(out)

    def forward(self, x):
        out = self.conv2(self.relu(self.bn1(self.conv1(x))))
        if hasattr(self, "avd_layer"):
            out = self.avd_layer(out)
        out = self.bn3(self.conv3(out))
        if hasattr(self, "attn"):
            out = self.attn(out)
        identity = self.downsample(x) if hasattr(self, "downsample") else x
        out = self.relu(out + identity)
        return self.post_attn(out) if hasattr(self, "post_attn") else out


class AaBottleneck(nn.Module):
    """The attention-augmented unit: the bottleneck's 3x3 convolution is an AA convolution; a strided unit average-
    pools its input by the stride (ceil mode) before it, since the AA convolution has no stride."""
    expansion = 4

    def __init__(self, inplanes, planes, stride=1, dilation=1, heads=8, kappa=0.2, upsilon=0.1, max_relative=32,
                 attention=None, post_attention=None):
        super().__init__()
        assert dilation == 1, "the AA convolution has no dilation"
        out = planes * self.expansion
        self.conv1 = nn.Conv2d(inplanes, planes, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        if stride > 1:
            self.pool = nn.AvgPool2d(stride, ceil_mode=True)
        self.conv2 = AAConv(planes, planes, heads=heads, max_relative=max_relative, kappa=kappa, upsilon=upsilon)
        self.bn2 = nn.BatchNorm2d(planes)
        self.conv3 = nn.Conv2d(planes, out, 1, bias=False)
        self.bn3 = nn.BatchNorm2d(out)
        self.relu = nn.ReLU(inplace=True)
        if attention is not None:
            self.attn = attention(out)
        if stride != 1 or inplanes != out:
            self.downsample = nn.Sequential(nn.Conv2d(inplanes, out, 1, stride, bias=False), nn.BatchNorm2d(out))
        if post_attention is not None:
            self.post_attn = post_attention(out)

    def forward(self, x):
        out = self.relu(self.bn1(self.conv1(x)))
        if hasattr(self, "pool"):
            out = self.pool(out)
        out = self.relu(self.bn2(self.conv2(out)))
        out = self.bn3(self.conv3(out))
        if hasattr(self, "attn"):
            out = self.attn(out)
        identity = self.downsample(x) if hasattr(self, "downsample") else x
        out = self.relu(out + identity)
        return self.post_attn(out) if hasattr(self, "post_attn") else out


UNITS = {"basic": BasicBlock, "bottleneck": Bottleneck, "sk": SkBottleneck, "resnest": ResNeStBottleneck, "aa": AaBottleneck}


class ResNet(nn.Module):
    def __init__(self, block, layers, num_classes=1000, attention=None, attention_placement="every_unit", in_channels=3,
                 output_stride=32, stem="standard", stem_width=32, stage1_block=None, classifier=True, **unit_args):
        super().__init__()
        e = UNITS[block].expansion
        stem_out = 2 * stem_width if stem == "deep" else 64
        if stem == "deep":
            self.conv1 = nn.Sequential(
                nn.Conv2d(in_channels, stem_width, 3, 2, 1, bias=False), nn.BatchNorm2d(stem_width), nn.ReLU(inplace=True),
                nn.Conv2d(stem_width, stem_width, 3, 1, 1, bias=False), nn.BatchNorm2d(stem_width), nn.ReLU(inplace=True),
                nn.Conv2d(stem_width, stem_out, 3, 1, 1, bias=False))
        else:
            self.conv1 = nn.Conv2d(in_channels, 64, 7, 2, 3, bias=False)
        self.bn1 = nn.BatchNorm2d(stem_out)
        self.relu = nn.ReLU(inplace=True)
        self.maxpool = nn.MaxPool2d(3, 2, 1)

        # torchvision's _make_layer: a dilated stage's first unit keeps the previous dilation.
        dilate = {8: [False, True, True], 16: [False, False, True], 32: [False, False, False]}[output_stride]
        dilation, inplanes = 1, stem_out
        for s, (planes, n) in enumerate(zip([64, 128, 256, 512], layers), start=1):
            # stage1_block: stage 1's unit where it differs (with its defaults: unit_args are the main unit's).
            unit = UNITS[stage1_block] if s == 1 and stage1_block else UNITS[block]
            args = {} if s == 1 and stage1_block else unit_args
            stride = 1 if s == 1 else 2
            previous = dilation
            if s > 1 and dilate[s - 2]:
                dilation *= stride
                stride = 1
            units = []
            for i in range(n):
                inside = attention_placement == "every_unit" \
                    or (attention_placement == "units_of_stages_2_to_4" and s >= 2) \
                    or (attention_placement == "last_unit_of_each_stage" and i == n - 1)
                after = attention_placement == "after_alternate_units_of_stages_2_and_3" and s in (2, 3) and i % 2 == 1
                units.append(unit(inplanes, planes, stride if i == 0 else 1, previous if i == 0 else dilation,
                                  attention=attention if inside else None, post_attention=attention if after else None,
                                  **args))
                inplanes = planes * e
            setattr(self, f"layer{s}", nn.Sequential(*units))
            if attention_placement == "after_stages_1_to_3" and s <= 3:
                setattr(self, f"stage_attn{s}", attention(inplanes))
        if classifier:  # without it the network is a backbone: forward returns the last stage's map
            self.avgpool = nn.AdaptiveAvgPool2d(1)
            self.fc = nn.Linear(512 * e, num_classes)

    def forward(self, x):
        x = self.maxpool(self.relu(self.bn1(self.conv1(x))))
        for s in range(1, 5):
            x = getattr(self, f"layer{s}")(x)
            if hasattr(self, f"stage_attn{s}"):
                x = getattr(self, f"stage_attn{s}")(x)
        return self.fc(torch.flatten(self.avgpool(x), 1)) if hasattr(self, "fc") else x


class CifarResNet(nn.Module):
    def __init__(self, blocks_per_stage, num_classes=10, in_channels=3, shortcut="zero_pad", attention=None):
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels, 16, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(16)
        self.relu = nn.ReLU(inplace=True)
        inplanes = 16
        for s, planes in enumerate([16, 32, 64], start=1):
            units = []
            for i in range(blocks_per_stage):
                units.append(BasicBlock(inplanes, planes, 2 if s > 1 and i == 0 else 1, attention=attention, shortcut=shortcut))
                inplanes = planes
            setattr(self, f"layer{s}", nn.Sequential(*units))
        self.avgpool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(64, num_classes)

    def forward(self, x):
        x = self.relu(self.bn1(self.conv1(x)))
        x = self.layer3(self.layer2(self.layer1(x)))
        return self.fc(torch.flatten(self.avgpool(x), 1))


def count(model):
    return sum(p.numel() for p in model.parameters())


if __name__ == "__main__":
    # The parameter counts the specs' examples state.
    se, cbam, eca = (lambda c: SE(c)), (lambda c: CBAM(c)), (lambda c: ECA(c))
    for name, n, kw in [("resnet20", 3, {}), ("resnet32", 5, {}), ("resnet44", 7, {}), ("resnet56", 9, {}),
                        ("resnet110", 18, {}), ("resnet20 in_channels=1", 3, {"in_channels": 1}),
                        ("resnet20 projection", 3, {"shortcut": "projection"}), ("se_resnet20", 3, {"attention": se}),
                        ("cbam_resnet20", 3, {"attention": cbam}), ("eca_resnet20", 3, {"attention": eca}),
                        ("se_resnet56", 9, {"attention": se}), ("cbam_resnet56", 9, {"attention": cbam}),
                        ("eca_resnet56", 9, {"attention": eca}), ("gc_resnet20", 3, {"attention": lambda c: GlobalContext(c)})]:
        print(f"{name:28s} {count(CifarResNet(n, **kw)):>12,}")
    for name, args in [("se_resnet18", ("basic", [2, 2, 2, 2], {"attention": se})),
                       ("cbam_resnet18", ("basic", [2, 2, 2, 2], {"attention": cbam})),
                       ("eca_resnet18", ("basic", [2, 2, 2, 2], {"attention": eca})),
                       ("eca_resnet50", ("bottleneck", [3, 4, 6, 3], {"attention": eca})),
                       ("cbam_resnet50", ("bottleneck", [3, 4, 6, 3], {"attention": cbam})),
                       ("gc_resnet18", ("basic", [2, 2, 2, 2], {"attention": lambda c: GlobalContext(c), "attention_placement": "units_of_stages_2_to_4"})),
                       ("gc_resnet50", ("bottleneck", [3, 4, 6, 3], {"attention": lambda c: GlobalContext(c), "attention_placement": "units_of_stages_2_to_4"})),
                       ("bam_resnet18", ("basic", [2, 2, 2, 2], {"attention": lambda c: BAM(c), "attention_placement": "after_stages_1_to_3"})),
                       ("bam_resnet50", ("bottleneck", [3, 4, 6, 3], {"attention": lambda c: BAM(c), "attention_placement": "after_stages_1_to_3"})),
                       ("gsop_resnet50", ("bottleneck", [3, 4, 6, 3], {"attention": lambda c: GSoP(c, relu_input=True), "attention_placement": "last_unit_of_each_stage"})),
                       ("triplet_resnet18", ("basic", [2, 2, 2, 2], {"attention": lambda c: TripletAttention(channels=c)})),
                       ("triplet_resnet50", ("bottleneck", [3, 4, 6, 3], {"attention": lambda c: TripletAttention(channels=c)})),
                       ("nl_resnet50", ("bottleneck", [3, 4, 6, 3], {"attention": lambda c: NonLocal(c, sub_sample=True), "attention_placement": "after_alternate_units_of_stages_2_and_3"})),
                       ("a2_resnet50", ("bottleneck", [3, 4, 6, 3], {"attention": lambda c: DoubleAttention(c, reduction=2), "attention_placement": "after_alternate_units_of_stages_2_and_3"})),
                       ("resnet18 in_channels=1", ("basic", [2, 2, 2, 2], {"in_channels": 1, "num_classes": 10})),
                       ("deep stem os16", ("basic", [1, 1, 1, 1], {"num_classes": 7, "stem": "deep", "stem_width": 16, "output_stride": 16}))]:
        print(f"{name:28s} {count(ResNet(args[0], args[1], **args[2])):>12,}")
    for name, unit in [("sk unit 64 64", SkBottleneck(64, 64)), ("sk unit 256 128 s2", SkBottleneck(256, 128, 2)),
                       ("resnest unit 64 64", ResNeStBottleneck(64, 64)), ("resnest unit 256 128 s2", ResNeStBottleneck(256, 128, 2)),
                       ("aa unit 256 64", AaBottleneck(256, 64)), ("aa unit 256 128 s2", AaBottleneck(256, 128, 2)),
                       ("aa_resnet50", ResNet("aa", [3, 4, 6, 3], stage1_block="bottleneck")),
                       ("resnest unit plain", ResNeStBottleneck(256, 128, 2, avd=False, avg_down=False, radix=1, cardinality=2)),
                       ("sknet50", ResNet("sk", [3, 4, 6, 3])),
                       ("resnest50", ResNet("resnest", [3, 4, 6, 3], stem="deep", stem_width=32))]:
        print(f"{name:28s} {count(unit):>12,}")
