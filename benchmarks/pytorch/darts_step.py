#!/usr/bin/env python3
"""The DARTS search step in PyTorch, to time beside `jdarts bench search`.

Written for jdarts from the DARTS paper (Liu et al., ICLR 2019) and the definitions of its reference
code: the same supernet (stem, cells, mixed edges, non-affine BatchNorms), the same architecture
step (Adam on alpha, first order, or second order with the finite-difference Hessian-vector
product) and the same weight step (SGD with momentum and weight decay after global-norm
clipping), on synthetic data like jdarts' benchmark.

--style reference (default) does the work the way the reference code does: every mixed edge
computes `none` as x*0, each backward pass computes every gradient (loss.backward()), and the
second-order step builds a copy of the network for the virtual step. --style lean takes the
shortcuts jdarts takes: `none` left out of the sum, each backward pass differentiates only what it
needs (torch.autograd.grad), the virtual step moves the weights in place.

Prints one line per step and a summary:
    pytorch first order: median 15.80 s/step over 5 steps
    pytorch peak resident memory: 9200 MB
"""

import argparse
import copy
import os
import statistics
import sys

try:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
except ImportError:
    sys.exit("darts_step.py: PyTorch is not installed; on Debian: apt-get install python3-torch")

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from steps import add_step_arguments, check_step_arguments, peak_memory_line, time_steps  # noqa: E402

SIZES = {"paper": (64, 16, 8), "quick": (32, 8, 5)}  # batch, C, L: jdarts' presets
DARTS_OPS = ["none", "max_pool_3x3", "avg_pool_3x3", "skip_connect", "sep_conv_3x3", "sep_conv_5x5",
             "dil_conv_3x3", "dil_conv_5x5"]
SPACES = {"darts": DARTS_OPS, "darts-ir": DARTS_OPS + ["inverted_residual_3x3"],
          "darts-sandglass": DARTS_OPS + ["sandglass_3x3"]}
STEPS = 4


def bn(c, affine=False):
    return nn.BatchNorm2d(c, affine=affine)


def conv(c_in, c_out, k, stride=1, padding=0, dilation=1, groups=1):
    return nn.Conv2d(c_in, c_out, k, stride, padding, dilation, groups, bias=False)


class Zero(nn.Module):
    def __init__(self, stride):
        super().__init__()
        self.stride = stride

    def forward(self, x):
        return x.mul(0.0) if self.stride == 1 else x[:, :, ::self.stride, ::self.stride].mul(0.0)


class FactorizedReduce(nn.Module):
    def __init__(self, c_in, c_out, affine=False):
        super().__init__()
        self.a = conv(c_in, c_out // 2, 1, 2)
        self.b = conv(c_in, c_out // 2, 1, 2)
        self.norm = bn(c_out, affine)

    def forward(self, x):
        x = F.relu(x)
        return self.norm(torch.cat([self.a(x), self.b(x[:, :, 1:, 1:])], dim=1))


class Residual(nn.Module):
    def __init__(self, body, channels):
        super().__init__()
        self.body = body
        self.channels = channels

    def forward(self, x):
        y = self.body(x)
        if self.channels >= y.shape[1]:
            return y + x
        return torch.cat([y[:, :self.channels] + x[:, :self.channels], y[:, self.channels:]], dim=1)


def sep_conv(c, k, stride, affine=False):
    p = k // 2
    return nn.Sequential(nn.ReLU(), conv(c, c, k, stride, p, groups=c), conv(c, c, 1), bn(c, affine),
                         nn.ReLU(), conv(c, c, k, 1, p, groups=c), conv(c, c, 1), bn(c, affine))


def dil_conv(c, k, stride, affine=False):
    return nn.Sequential(nn.ReLU(), conv(c, c, k, stride, k - 1, 2, groups=c), conv(c, c, 1), bn(c, affine))


def inverted_residual(c, stride, affine=False, expansion=6):
    h = round(expansion * c)
    body = nn.Sequential(conv(c, h, 1), bn(h, affine), nn.ReLU6(), conv(h, h, 3, stride, 1, groups=h), bn(h, affine),
                         nn.ReLU6(), conv(h, c, 1), bn(c, affine))
    return Residual(body, c) if stride == 1 else body


def sandglass(c, stride, affine=False, reduction=2):
    h = -(-c // reduction)
    layers = [] if stride == 2 else [conv(c, c, 3, 1, 1, groups=c), bn(c, affine), nn.ReLU6()]
    layers += [conv(c, h, 1), bn(h, affine), conv(h, c, 1), bn(c, affine), nn.ReLU6(),
               conv(c, c, 3, stride, 1, groups=c), bn(c, affine)]
    body = nn.Sequential(*layers)
    return Residual(body, c) if stride == 1 else body


def operation(name, c, stride, affine=False):
    """A candidate operation: affine=False in the search's form, True in an evaluation network's."""
    if name == "none":
        return Zero(stride)
    if name in ("max_pool_3x3", "avg_pool_3x3"):  # the search adds a BatchNorm after a pooling, evaluation does not
        pool = nn.MaxPool2d(3, stride, 1) if name == "max_pool_3x3" else nn.AvgPool2d(3, stride, 1,
                                                                                      count_include_pad=False)
        return pool if affine else nn.Sequential(pool, bn(c))
    if name == "skip_connect":
        return nn.Identity() if stride == 1 else FactorizedReduce(c, c, affine)
    if name.startswith("sep_conv_"):
        return sep_conv(c, int(name[-1]), stride, affine)
    if name.startswith("dil_conv_"):
        return dil_conv(c, int(name[-1]), stride, affine)
    if name == "inverted_residual_3x3":
        return inverted_residual(c, stride, affine)
    if name == "sandglass_3x3":
        return sandglass(c, stride, affine)
    raise ValueError(name)


class MixedOp(nn.Module):
    def __init__(self, ops, c, stride, lean):
        super().__init__()
        self.ops = nn.ModuleList(operation(name, c, stride) for name in ops)
        self.terms = [i for i, name in enumerate(ops) if not (lean and name == "none")]

    def forward(self, x, weights):
        return sum(weights[i] * self.ops[i](x) for i in self.terms)


class Cell(nn.Module):
    def __init__(self, ops, c_pp, c_p, c, reduction, reduction_prev, lean):
        super().__init__()
        self.reduction = reduction
        self.pre0 = FactorizedReduce(c_pp, c) if reduction_prev else nn.Sequential(nn.ReLU(), conv(c_pp, c, 1), bn(c))
        self.pre1 = nn.Sequential(nn.ReLU(), conv(c_p, c, 1), bn(c))
        self.edges = nn.ModuleList()
        for i in range(STEPS):
            for j in range(2 + i):
                self.edges.append(MixedOp(ops, c, 2 if reduction and j < 2 else 1, lean))

    def forward(self, s0, s1, weights):
        states = [self.pre0(s0), self.pre1(s1)]
        offset = 0
        for _ in range(STEPS):
            node = sum(self.edges[offset + j](h, weights[offset + j]) for j, h in enumerate(states))
            offset += len(states)
            states.append(node)
        return torch.cat(states[2:], dim=1)


def cell_stack(c, layers, make_cell):
    """The skeleton of DARTS' CIFAR networks: a stem to 3C channels and L cells, each reading the two
    outputs before it, channels doubled at the reduction cells (L/3 and 2L/3).

    make_cell(c_pp, c_p, c, reduction, reduction_prev) returns (cell, its output channels). Returns
    the stem, the cells and the output channels of each cell.
    """
    c_curr = 3 * c
    stem = nn.Sequential(conv(3, c_curr, 3, padding=1), nn.BatchNorm2d(c_curr))
    c_pp, c_p, c_curr = c_curr, c_curr, c
    cells, outputs = nn.ModuleList(), []
    reduction_prev = False
    for i in range(layers):
        reduction = i in (layers // 3, 2 * layers // 3)
        if reduction:
            c_curr *= 2
        cell, channels = make_cell(c_pp, c_p, c_curr, reduction, reduction_prev)
        cells.append(cell)
        outputs.append(channels)
        reduction_prev = reduction
        c_pp, c_p = c_p, channels
    return stem, cells, outputs


class Network(nn.Module):
    def __init__(self, ops, c, layers, lean, classes=10):
        super().__init__()
        self.stem, self.cells, outputs = cell_stack(c, layers, lambda c_pp, c_p, c_curr, reduction, reduction_prev: (
            Cell(ops, c_pp, c_p, c_curr, reduction, reduction_prev, lean), STEPS * c_curr))
        self.classifier = nn.Linear(outputs[-1], classes)
        edges = sum(2 + i for i in range(STEPS))
        self.alphas = [(1e-3 * torch.randn(edges, len(ops))).requires_grad_() for _ in range(2)]

    def weights(self):
        return list(self.parameters())

    def forward(self, x):
        normal = F.softmax(self.alphas[0], dim=-1)
        reduce = F.softmax(self.alphas[1], dim=-1)
        s0 = s1 = self.stem(x)
        for cell in self.cells:
            s0, s1 = s1, cell(s0, s1, reduce if cell.reduction else normal)
        return self.classifier(F.adaptive_avg_pool2d(s1, 1).flatten(1))


class Search:
    """One bilevel step: the architecture step, then the weight step."""

    def __init__(self, net, order, lean, lr=0.025, momentum=0.9, weight_decay=3e-4, clip=5.0):
        self.net, self.order, self.lean, self.lr = net, order, lean, lr
        self.momentum, self.weight_decay, self.clip = momentum, weight_decay, clip
        self.weights = net.weights()
        self.sgd = torch.optim.SGD(self.weights, lr, momentum=momentum, weight_decay=weight_decay)
        self.adam = torch.optim.Adam(net.alphas, 3e-4, betas=(0.5, 0.999), weight_decay=1e-3)

    def loss(self, x, y, net=None):
        return F.cross_entropy((net or self.net)(x), y)

    def grad(self, loss, wanted, net=None):
        """The gradients of `wanted`; the reference way computes every gradient and picks."""
        if self.lean:
            return torch.autograd.grad(loss, wanted)
        net = net or self.net
        everything = net.alphas + net.weights()
        for t in everything:
            t.grad = None
        loss.backward()
        return [t.grad for t in wanted]

    def step(self, xt, yt, xv, yv):
        alpha_grads = self.first_order(xv, yv) if self.order == "first" else self.second_order(xt, yt, xv, yv)
        for a, g in zip(self.net.alphas, alpha_grads):
            a.grad = g
        self.adam.step()
        grads = self.grad(self.loss(xt, yt), self.weights)
        for w, g in zip(self.weights, grads):
            w.grad = g
        nn.utils.clip_grad_norm_(self.weights, self.clip)
        self.sgd.step()

    def first_order(self, xv, yv):
        return self.grad(self.loss(xv, yv), self.net.alphas)

    @torch.no_grad()
    def _move(self, backup, direction, scale):
        for w, b, d in zip(self.weights, backup, direction):
            w.copy_(b + scale * d if d is not None else b)

    def second_order(self, xt, yt, xv, yv):
        xi = self.lr
        # w' = w - xi * (momentum * buf + grad L_train + wd * w)
        grads = self.grad(self.loss(xt, yt), self.weights)
        backup = [w.detach().clone() for w in self.weights]
        virtual = self.net if self.lean else copy.deepcopy(self.net)  # the reference builds a new network
        with torch.no_grad():
            for w, v, g in zip(self.weights, virtual.weights(), grads):
                d = g + self.weight_decay * w
                buf = self.sgd.state.get(w, {}).get("momentum_buffer")
                if buf is not None:
                    d = d + self.momentum * buf
                v.copy_(w - xi * d)
        wanted = virtual.alphas + virtual.weights()
        val = self.grad(self.loss(xv, yv, virtual), wanted, virtual)
        d_alpha, dw = val[:2], val[2:]
        eps = 0.01 / torch.cat([g.flatten() for g in dw]).norm()
        self._move(backup, dw, eps)
        plus = torch.autograd.grad(self.loss(xt, yt), self.net.alphas)  # the reference's way too
        self._move(backup, dw, -eps)
        minus = torch.autograd.grad(self.loss(xt, yt), self.net.alphas)
        self._move(backup, [None] * len(backup), 0)
        return [da - xi * (p - m) / (2 * eps) for da, p, m in zip(d_alpha, plus, minus)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="paper")
    parser.add_argument("--space", choices=sorted(SPACES), default="darts")
    parser.add_argument("--order", choices=["first", "second"], default="first")
    parser.add_argument("--style", choices=["reference", "lean"], default="reference",
                        help="the reference code's way of doing the work, or jdarts' shortcuts (default: reference)")
    parser.add_argument("--channels-last", action="store_true",
                        help="keep the images (and so the activations) channels-last, as jdarts does on a CPU")
    add_step_arguments(parser)
    args = parser.parse_args()
    check_step_arguments(parser, args)
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    batch, c, layers = SIZES[args.size]
    lean = args.style == "lean"
    net = Network(SPACES[args.space], c, layers, lean)
    net.train()
    search = Search(net, args.order, lean)
    print(f"pytorch {torch.__version__}: {args.space} space, batch {batch}, C {c}, L {layers}, synthetic data, "
          f"{torch.get_num_threads()} threads, {args.style} style"
          f"{', channels-last' if args.channels_last else ''}", flush=True)
    layout = torch.channels_last if args.channels_last else torch.contiguous_format

    def batches():
        xt, xv = (torch.randn(batch, 3, 32, 32).contiguous(memory_format=layout) for _ in range(2))
        yt, yv = torch.randint(0, 10, (batch,)), torch.randint(0, 10, (batch,))
        return xt, yt, xv, yv

    times = time_steps(args, args.order, batches, search.step)
    print(f"pytorch {args.order} order: median {statistics.median(times):.2f} s/step over {len(times)} steps")
    print(peak_memory_line())


if __name__ == "__main__":
    main()
