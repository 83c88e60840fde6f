"""PyTorch as a test oracle: a long-lived process that evaluates PyTorch code on tensors sent by the C# tests.

Protocol: one JSON request per line on stdin, one JSON reply per line on stdout.
  request: {"inputs": path, "output": path, "code": str, "grad": [names], "imports": [paths], "double": bool}
    - inputs: a safetensors file; every tensor in it is bound to a variable of the same name.
      Tensors named gout, gout0, gout1, ... are the upstream gradients (one per output) for the backward pass.
    - code: a Python expression, or statements that assign `out`. `torch`, `F` (torch.nn.functional), `nn`,
      `torchvision`, the imported modules' globals, and `tensors` (every input by name, including names that are not
      identifiers, such as state_dict keys "state.conv.weight"; `state_dict("state.")` strips that prefix) are in scope.
    - grad: inputs that get requires_grad=True; their gradients are saved as "grad.<name>".
  reply: {"ok": true} or {"ok": false, "error": "<traceback>"}
  output file: "out" (one tensor) or "out0", "out1", ... (a tuple/list of tensors), plus the gradients.
"""
import json
import os
import runpy
import sys
import traceback

import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import safetensors_io  # noqa: E402

torch.set_num_threads(1)


def flatten(result):
    if isinstance(result, torch.Tensor):
        return {"out": result}
    if isinstance(result, (tuple, list)):
        return {f"out{i}": t for i, t in enumerate(result)}
    if isinstance(result, dict):
        return {f"out.{k}": v for k, v in result.items()}
    if isinstance(result, (int, float, bool)):
        return {"out": torch.tensor(result)}
    raise TypeError(f"the code returned {type(result).__name__}, expected tensors")


def handle(request):
    inputs = safetensors_io.load(request["inputs"])
    scope = {"torch": torch, "F": F, "nn": nn, "torchvision": torchvision}
    for path in request.get("imports", []):
        scope.update({k: v for k, v in runpy.run_path(path).items() if not k.startswith("__")})
    for name in request.get("grad", []):
        inputs[name].requires_grad_(True)
    scope.update({k: v for k, v in inputs.items() if k.isidentifier()})
    scope["tensors"] = inputs
    scope["state_dict"] = lambda prefix: {k[len(prefix):]: v for k, v in inputs.items() if k.startswith(prefix)}
    code = request["code"]
    torch.manual_seed(request.get("seed", 0))
    try:
        compiled = compile(code, "<oracle>", "eval")
        result = eval(compiled, scope)
    except SyntaxError:
        exec(compile(code, "<oracle>", "exec"), scope)
        result = scope["out"]
    outputs = flatten(result)
    saved = {k: v.detach() for k, v in outputs.items()}
    grads = request.get("grad", [])
    if grads:
        tensors, upstream = [], []
        for k, v in outputs.items():
            gname = "gout" if k == "out" else "gout" + k[3:]
            if gname in inputs and v.requires_grad:
                tensors.append(v)
                upstream.append(inputs[gname])
        if tensors:
            torch.autograd.backward(tensors, upstream)
        for name in grads:
            g = inputs[name].grad
            if g is not None:
                saved["grad." + name] = g
    safetensors_io.save(saved, request["output"])


def main():
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        try:
            handle(json.loads(line))
            reply = {"ok": True}
        except Exception:  # the error goes back to the test that asked
            reply = {"ok": False, "error": traceback.format_exc()}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
