"""Writes the state_dict keys of torchvision's ResNets, in order, one per line (the fixtures the runtime tests compare with).

Run with Debian's python3-torchvision: /usr/bin/python3 tests/Zoo.Generator.Tests/Fixtures/torchvision_state_dict_keys.py
"""
import os
import torchvision

here = os.path.dirname(os.path.abspath(__file__))
for name in ["resnet18", "resnet50"]:
    model = getattr(torchvision.models, name)()
    with open(os.path.join(here, f"{name}.state_dict_keys.txt"), "w", newline="\n") as f:
        for key in model.state_dict().keys():
            f.write(key + "\n")
