#!/usr/bin/env python3
"""The evaluation training step of a DARTS genotype in PyTorch, to time beside `jdarts bench train`.

Written for jdarts from the DARTS paper (Liu et al., ICLR 2019) and the definitions of its reference
code: the network a genotype describes (stem, cells whose nodes sum two operations with affine
BatchNorms, drop-path on every operation but the identity, the auxiliary head after cell 2L/3,
global pooling and a linear classifier) and its training recipe (cross-entropy plus 0.4 times the
auxiliary head's, global-norm clipping at 5, SGD with momentum 0.9 and weight decay 3e-4), on
synthetic data like jdarts' benchmark. After the timed steps it times the test pass (eval mode, no
gradient, batches of 200) as `jdarts bench train` does.

--channels-last keeps the images, and so the activations, and the weights channels-last, PyTorch's
recipe for convolutions on a CPU.

Prints one line per step and a summary:
    pytorch training: median 4.85 s/step over 3 steps
    pytorch test pass (eval mode, batch 200): 310.2 images/s
    pytorch peak resident memory: 8361 MB
"""

import argparse
import ast
import os
import statistics
import sys
import time

try:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
except ImportError:
    sys.exit("darts_train_step.py: PyTorch is not installed; on Debian: apt-get install python3-torch")

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from darts_step import FactorizedReduce, cell_stack, conv, operation  # noqa: E402  the operations the search times too
from steps import add_step_arguments, check_step_arguments, peak_memory_line, time_steps  # noqa: E402

SIZES = {"paper": (96, 36, 20), "quick": (64, 16, 8)}  # batch, C, L: jdarts' training presets
GENOTYPES = {
    "DARTS_V2": "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), "
                "('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0), "
                "('dil_conv_3x3', 2)], normal_concat=[2, 3, 4, 5], reduce=[('max_pool_3x3', 0), "
                "('max_pool_3x3', 1), ('skip_connect', 2), ('max_pool_3x3', 1), ('max_pool_3x3', 0), "
                "('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 1)], reduce_concat=[2, 3, 4, 5])",
}
TEST_BATCH = 200


def parse_genotype(text):
    """Reads a genotype in the reference's Python notation: Genotype(normal=[...], normal_concat=[...], ...)."""
    call = ast.parse(text.strip(), mode="eval").body
    if not isinstance(call, ast.Call) or not all(k.arg for k in call.keywords):
        raise ValueError("expected Genotype(normal=[...], normal_concat=[...], reduce=[...], reduce_concat=[...])")
    fields = {k.arg: ast.literal_eval(k.value) for k in call.keywords}
    return {key: fields[key] for key in ("normal", "normal_concat", "reduce", "reduce_concat")}


def relu_conv_bn(c_in, c_out):
    return nn.Sequential(nn.ReLU(), conv(c_in, c_out, 1), nn.BatchNorm2d(c_out))


def drop_path(h, probability):
    """Zeroes each sample's output with the given probability and scales the kept ones by 1/(1-p), in place."""
    keep = 1.0 - probability
    mask = torch.empty(h.shape[0], 1, 1, 1, dtype=h.dtype, device=h.device).bernoulli_(keep)
    return h.div_(keep).mul_(mask)


class Cell(nn.Module):
    def __init__(self, edges, concat, c_pp, c_p, c, reduction, reduction_prev):
        super().__init__()
        self.pre0 = FactorizedReduce(c_pp, c, affine=True) if reduction_prev else relu_conv_bn(c_pp, c)
        self.pre1 = relu_conv_bn(c_p, c)
        self.inputs = [index for _, index in edges]
        self.ops = nn.ModuleList(operation(name, c, 2 if reduction and index < 2 else 1, affine=True)
                                 for name, index in edges)
        self.dropped = [not isinstance(op, nn.Identity) for op in self.ops]
        self.concat = list(concat)

    def forward(self, s0, s1, drop_probability):
        states = [self.pre0(s0), self.pre1(s1)]
        for node in range(len(self.ops) // 2):
            total = 0
            for e in (2 * node, 2 * node + 1):
                h = self.ops[e](states[self.inputs[e]])
                if self.training and drop_probability > 0 and self.dropped[e]:
                    h = drop_path(h, drop_probability)
                total = total + h
            states.append(total)
        return torch.cat([states[i] for i in self.concat], dim=1)


class AuxiliaryHead(nn.Module):
    """Classifies the 8x8 maps after cell 2L/3: 5x5 average pooling with stride 3, two convolutions."""

    def __init__(self, c, classes):
        super().__init__()
        self.features = nn.Sequential(nn.ReLU(), nn.AvgPool2d(5, 3, 0, count_include_pad=False), conv(c, 128, 1),
                                      nn.BatchNorm2d(128), nn.ReLU(), conv(128, 768, 2), nn.BatchNorm2d(768),
                                      nn.ReLU())
        self.classifier = nn.Linear(768, classes)

    def forward(self, x):
        return self.classifier(self.features(x).flatten(1))


class Network(nn.Module):
    def __init__(self, genotype, c, layers, auxiliary, classes=10):
        super().__init__()

        def make_cell(c_pp, c_p, c_curr, reduction, reduction_prev):
            kind = "reduce" if reduction else "normal"
            cell = Cell(genotype[kind], genotype[kind + "_concat"], c_pp, c_p, c_curr, reduction, reduction_prev)
            return cell, len(cell.concat) * c_curr

        self.stem, self.cells, outputs = cell_stack(c, layers, make_cell)
        self.auxiliary_cell = 2 * layers // 3
        self.auxiliary = AuxiliaryHead(outputs[self.auxiliary_cell], classes) if auxiliary else None
        self.classifier = nn.Linear(outputs[-1], classes)
        self.drop_probability = 0.0

    def forward(self, x):
        s0 = s1 = self.stem(x)
        auxiliary_logits = None
        for i, cell in enumerate(self.cells):
            s0, s1 = s1, cell(s0, s1, self.drop_probability)
            if i == self.auxiliary_cell and self.auxiliary is not None and self.training:
                auxiliary_logits = self.auxiliary(s1)
        logits = self.classifier(F.adaptive_avg_pool2d(s1, 1).flatten(1))
        return logits, auxiliary_logits


def train_step(net, sgd, x, y, auxiliary_weight, clip):
    logits, auxiliary_logits = net(x)
    loss = F.cross_entropy(logits, y)
    if auxiliary_logits is not None:
        loss = loss + auxiliary_weight * F.cross_entropy(auxiliary_logits, y)
    sgd.zero_grad(set_to_none=True)
    loss.backward()
    nn.utils.clip_grad_norm_(net.parameters(), clip)
    sgd.step()
    return loss.item()


@torch.no_grad()
def test_images_per_second(net, layout, batches=3):
    """Times one test pass over synthetic images (eval mode, no gradient), after an untimed one."""
    net.eval()
    data = [(torch.randn(TEST_BATCH, 3, 32, 32).contiguous(memory_format=layout), torch.randint(0, 10, (TEST_BATCH,)))
            for _ in range(batches)]
    for timed in (False, True):
        start = time.perf_counter()
        loss, correct = torch.zeros(()), torch.zeros((), dtype=torch.long)
        for x, y in data:
            logits, _ = net(x)
            loss += F.cross_entropy(logits, y, reduction="sum")
            correct += (logits.argmax(1) == y).sum()
        loss.item(), correct.item()
        seconds = time.perf_counter() - start
    net.train()
    return batches * TEST_BATCH / seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="paper")
    parser.add_argument("--genotype", default="DARTS_V2",
                        help="DARTS_V2 or a genotype in the reference's Python notation (default: DARTS_V2)")
    parser.add_argument("--drop-path", type=float, default=0.2, help="drop-path probability (default 0.2)")
    parser.add_argument("--auxiliary-weight", type=float, default=0.4,
                        help="weight of the auxiliary head's loss; 0 leaves the head out (default 0.4)")
    parser.add_argument("--channels-last", action="store_true",
                        help="keep the images, activations and weights channels-last")
    add_step_arguments(parser)
    args = parser.parse_args()
    check_step_arguments(parser, args)
    if not 0 <= args.drop_path < 1 or args.auxiliary_weight < 0:
        parser.error("--drop-path must be in [0, 1) and --auxiliary-weight at least 0")
    try:
        genotype = parse_genotype(GENOTYPES.get(args.genotype, args.genotype))
    except (ValueError, SyntaxError, KeyError) as e:
        parser.error(f"--genotype: {e}; give DARTS_V2 or a genotype in Python notation")
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    batch, c, layers = SIZES[args.size]
    layout = torch.channels_last if args.channels_last else torch.contiguous_format
    net = Network(genotype, c, layers, args.auxiliary_weight > 0).to(memory_format=layout)
    net.drop_probability = args.drop_path
    net.train()
    sgd = torch.optim.SGD(net.parameters(), 0.025, momentum=0.9, weight_decay=3e-4)
    parameters = sum(p.numel() for name, p in net.named_parameters() if not name.startswith("auxiliary"))
    print(f"pytorch {torch.__version__}: training step, batch {batch}, C {c}, L {layers}, "
          f"{parameters / 1e6:.2f}M parameters, auxiliary weight {args.auxiliary_weight}, drop-path {args.drop_path}, "
          f"synthetic data, {torch.get_num_threads()} threads{', channels-last' if args.channels_last else ''}",
          flush=True)
    times = time_steps(args, "training",
                       lambda: (torch.randn(batch, 3, 32, 32).contiguous(memory_format=layout),
                                torch.randint(0, 10, (batch,))),
                       lambda x, y: train_step(net, sgd, x, y, args.auxiliary_weight, 5.0))
    print(f"pytorch training: median {statistics.median(times):.2f} s/step over {len(times)} steps")
    print(f"pytorch test pass (eval mode, batch {TEST_BATCH}): {test_images_per_second(net, layout):.1f} images/s")
    print(peak_memory_line())


if __name__ == "__main__":
    main()
