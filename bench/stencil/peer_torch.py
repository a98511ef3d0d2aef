#!/usr/bin/python3
"""PyTorch (CPU) timing peer of eddy's learned-interpolation (LI) training step.

The same training step as the Java/SameDiff one (module `stencil`, docs/stencil.md), written from the formulas in
docs/stencil.md and ../shared/specs/tsm.md §2-4, in float32:

  CNN        input 0.1*(u, v); L x (periodic 3x3 conv, width W, ReLU); periodic 3x3 conv to 8*15 = 120 logits.
             He-normal hidden weights, output weights 0.1/sqrt(fan_in), zero biases.
  stencils   coefficients[128] = bias + logits . M  (constant 1x1 conv); M = an orthonormal basis of {c : sum c = 0}
             for each of the 8 interpolations, bias = linear interpolation [0,1/2,1/2,0] (x) [0,1,0,0].
  FV step    MAC grid, state [B, 2, N(y), N(x)]: u on x-faces, v on y-faces.
             interpolations m = 4*tag + 2*component + face (tag u = advecting velocity, tag c = advected value;
             face 0 along x, 1 along y), from 4x4 windows of the state padded periodically by (1, 2);
             learned c wrapped in the Van Leer TVD blend (upwind by the sign of the learned face velocity);
             w* = w + dt (conv(w) + f - drag w), conv(c) = -sum_d backward-diff_d(a_d c_d)/h;
             projection w** = w* - grad L^+ div w* (backward div, forward grad, FFT pseudo-inverse of the 5-point L);
             implicit diffusion w = (I - nu dt L)^-1 w** (FFT-diagonal).
             Kolmogorov flow: f_x = sin(4 y), y = (j + 1/2) h, drag 0.1, nu 1e-3, dt = pi/(7N).
  loss       mean over (batch, K steps, u/v, y, x) of (w_k - target_k)^2, K steps unrolled.
  optimiser  clip global norm 0.25 -> Adam(0.9, 0.98, 1e-8) -> decoupled weight decay 1e-4 -> x lr
             (torch.optim.AdamW applies exactly that chain); a non-finite gradient norm skips the update.

The peer exists to time the step; its numerics are only sanity-checked (--check): zero network output gives a
discretely divergence-free step that matches the scheme's linear-interpolation/TVD variant, and Adam lowers the loss.

Usage:
  peer_torch.py --n 32 --batch 8 --layers 4 --width 32 --unroll 8 --threads 1 --steps 3 [--checkpoint]
  peer_torch.py --check
  peer_torch.py --compare stencil/target/bench/peer-reference.txt   (written by the PeerReferenceStep bench class)
Prints one result line starting with 'RESULT' (key=value pairs) per measurement.
"""
import argparse
import math
import os
import resource
import sys
import time

import torch
import torch.nn.functional as F
from torch.utils.checkpoint import checkpoint as recompute

INTERPOLATIONS = 8
STENCIL = 16
FREE = STENCIL - 1  # accuracy order 1: one constraint (sum = 1)


def stencil_index(ox, oy):
    """Coefficient index of stencil offset (ox, oy) in {-1..2}^2, x outer, y inner."""
    return 4 * (ox + 1) + (oy + 1)


def null_space_basis():
    """Orthonormal basis [16, 15] of {c : sum c = 0}: the Helmert basis (any orthonormal basis gives the same set)."""
    basis = torch.zeros(STENCIL, FREE, dtype=torch.float64)
    for k in range(1, STENCIL):
        basis[:k, k - 1] = 1.0
        basis[k, k - 1] = -float(k)
        basis[:, k - 1] /= math.sqrt(k * (k + 1))
    return basis


def stencil_map(dtype):
    """(weight [128, 120, 1, 1], bias [128]) of the constant 1x1 conv logits -> coefficients."""
    basis = null_space_basis()
    weight = torch.zeros(INTERPOLATIONS * STENCIL, INTERPOLATIONS * FREE, dtype=torch.float64)
    bias = torch.zeros(INTERPOLATIONS * STENCIL, dtype=torch.float64)
    for m in range(INTERPOLATIONS):
        weight[m * STENCIL:(m + 1) * STENCIL, m * FREE:(m + 1) * FREE] = basis
        along_x = (m % 2) == 0
        bias[m * STENCIL + stencil_index(0, 0)] = 0.5
        bias[m * STENCIL + (stencil_index(1, 0) if along_x else stencil_index(0, 1))] = 0.5
    return weight[:, :, None, None].to(dtype), bias.to(dtype)


class PeriodicCnn(torch.nn.Module):
    """Input x scale, hidden periodic 3x3 conv + ReLU layers, periodic 3x3 output conv without activation."""

    def __init__(self, inputs, outputs, layers, width, scale, generator):
        super().__init__()
        self.scale = scale
        self.convs = torch.nn.ModuleList()
        c = inputs
        for layer in range(layers + 1):
            out = outputs if layer == layers else width
            conv = torch.nn.Conv2d(c, out, 3, padding=0)
            sigma = (0.1 / math.sqrt(9 * c)) if layer == layers else math.sqrt(2.0 / (9 * c))
            with torch.no_grad():
                conv.weight.copy_(torch.randn(conv.weight.shape, generator=generator) * sigma)
                conv.bias.zero_()
            self.convs.append(conv)
            c = out

    def forward(self, x):
        x = x * self.scale
        for layer, conv in enumerate(self.convs):
            x = conv(F.pad(x, (1, 1, 1, 1), mode="circular"))
            if layer < len(self.convs) - 1:
                x = F.relu(x)
        return x


class FvStep:
    """One finite-volume step on the MAC grid with per-cell 4x4 stencils (see the module docstring)."""

    def __init__(self, n, dtype):
        self.n = n
        self.h = 2 * math.pi / n
        self.dt = 0.5 * self.h / 7.0  # CFL 0.5 at speed 7 = pi/(7N)
        self.nu = 1e-3
        self.drag = 0.1
        y = (torch.arange(n, dtype=torch.float64) + 0.5) * self.h
        forcing = torch.zeros(1, 2, n, n, dtype=torch.float64)
        forcing[0, 0] = torch.sin(4 * y)[:, None]
        self.forcing = forcing.to(dtype)
        k = torch.arange(n, dtype=torch.float64)
        ky = (2 * torch.cos(2 * math.pi * k / n) - 2)[:, None]
        kx = (2 * torch.cos(2 * math.pi * k[: n // 2 + 1] / n) - 2)[None, :]
        lam = (ky + kx) / self.h ** 2  # eigenvalues of the periodic 5-point Laplacian on the rfft2 grid (y, x)
        inverse = torch.where(lam == 0, torch.zeros_like(lam), 1.0 / torch.where(lam == 0, torch.ones_like(lam), lam))
        a = self.nu * self.dt * lam
        self.poisson = inverse.to(dtype)
        self.diffusion = (a / (1 - a)).to(dtype)

    def filtered(self, x, multiplier):
        return torch.fft.irfft2(torch.fft.rfft2(x) * multiplier, s=(self.n, self.n))

    @staticmethod
    def backward_difference(a, dim):
        return a - torch.roll(a, 1, dims=dim)

    @staticmethod
    def tvd(lines, velocity, high):
        """Van Leer TVD blend of `high` with the upwind value; lines = (c_{i-1}, c_i, c_{i+1}, c_{i+2})."""
        c0, c1, c2, c3 = lines
        positive = velocity.detach() > 0
        d = c2 - c1
        den = d + (d.detach() == 0).to(d.dtype)
        r = torch.where(positive, (c1 - c0) / den, (c3 - c2) / den)
        phi = (r + r.abs()) / (1 + r.abs())
        low = torch.where(positive, c1, c2)
        return low - phi * (low - high)

    def learned(self, w, coefficients):
        n = self.n
        batch = w.shape[0]
        padded = F.pad(w, (1, 2, 1, 2), mode="circular")
        windows = [None] * STENCIL
        for ox in range(-1, 3):
            for oy in range(-1, 3):
                windows[stencil_index(ox, oy)] = padded[:, :, oy + 1:oy + 1 + n, ox + 1:ox + 1 + n]
        stacked = torch.stack(windows, 2)  # [B, 2, 16, N, N]
        # m = 4 tag + 2 component + face
        coef = coefficients.view(batch, 2, 2, 2, STENCIL, n, n)
        interpolated = (coef * stacked[:, None, :, None]).sum(4).reshape(batch, 8, n, n)
        advecting = interpolated[:, 0:4]  # flux order: u x-face, v x-face (u at corner), u y-face (v at corner), v y-face
        advected = interpolated[:, [4, 6, 5, 7]]  # (u->x, u->y, v->x, v->y) -> flux order (u x, v x, u y, v y)
        lines = [torch.cat([windows[stencil_index(o, 0)], windows[stencil_index(0, o)]], 1) for o in range(-1, 3)]
        advected = self.tvd(lines, advecting, advected)
        return self.advance(w, advecting * advected)

    def advance(self, w, fluxes):
        conv = -(self.backward_difference(fluxes[:, 0:2], 3) + self.backward_difference(fluxes[:, 2:4], 2)) / self.h
        star = w + self.dt * (conv + self.forcing - self.drag * w)
        u, v = star[:, 0:1], star[:, 1:2]
        q = self.filtered(self.divergence(star), self.poisson)
        u = u - (torch.roll(q, -1, dims=3) - q) / self.h
        v = v - (torch.roll(q, -1, dims=2) - q) / self.h
        projected = torch.cat([u, v], 1)
        return projected + self.filtered(projected, self.diffusion)

    def divergence(self, w):
        return (self.backward_difference(w[:, 0:1], 3) + self.backward_difference(w[:, 1:2], 2)) / self.h


class LearnedInterpolation(torch.nn.Module):

    def __init__(self, n, layers, width, dtype, seed):
        super().__init__()
        generator = torch.Generator().manual_seed(seed)
        self.cnn = PeriodicCnn(2, INTERPOLATIONS * FREE, layers, width, 0.1, generator).to(dtype)
        weight, bias = stencil_map(dtype)
        self.register_buffer("map_weight", weight)
        self.register_buffer("map_bias", bias)
        self.fv = FvStep(n, dtype)

    def step(self, w):
        coefficients = F.conv2d(self.cnn(w), self.map_weight, self.map_bias)
        return self.fv.learned(w, coefficients)

    def unrolled_loss(self, w, targets, stepwise_checkpoint):
        loss = 0.0
        for k in range(targets.shape[1]):
            if stepwise_checkpoint:
                w = recompute(self.step, w, use_reentrant=False)
            else:
                w = self.step(w)
            loss = loss + ((w - targets[:, k]) ** 2).mean()
        return loss / targets.shape[1]


def divergence_free(batch, n, seed, dtype, max_speed=7.0, waves=4):
    """Random smooth MAC fields from a corner streamfunction: u = d_y psi, v = -d_x psi (backward differences)."""
    g = torch.Generator().manual_seed(seed)
    h = 2 * math.pi / n
    x = (torch.arange(n, dtype=torch.float64) + 1) * h
    psi = torch.zeros(batch, n, n, dtype=torch.float64)
    for kx in range(0, waves + 1):
        for ky in range(-waves, waves + 1):
            if kx == 0 and ky <= 0:
                continue
            amp = torch.randn(batch, 1, 1, generator=g, dtype=torch.float64) / (kx * kx + ky * ky)
            phase = 2 * math.pi * torch.rand(batch, 1, 1, generator=g, dtype=torch.float64)
            psi += amp * torch.cos(kx * x[None, None, :] + ky * x[None, :, None] + phase)
    u = (psi - torch.roll(psi, 1, dims=1)) / h
    v = -(psi - torch.roll(psi, 1, dims=2)) / h
    w = torch.stack([u, v], 1)
    return (w * (max_speed / w.abs().amax(dim=(1, 2, 3), keepdim=True))).to(dtype)


def lr_at(t, peak=1e-3, warmup=150, total=3000):
    if t < warmup:
        return peak * t / warmup
    return peak * 0.5 * (1 + math.cos(math.pi * (t - warmup) / (total - warmup))) if t < total else 0.0


class Trainer:

    def __init__(self, model, stepwise_checkpoint):
        self.model = model
        self.stepwise_checkpoint = stepwise_checkpoint
        self.optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3, betas=(0.9, 0.98), eps=1e-8,
                                           weight_decay=1e-4)
        self.updates = 0

    def step(self, w0, targets, warmup=150):
        self.optimizer.zero_grad(set_to_none=True)
        loss = self.model.unrolled_loss(w0, targets, self.stepwise_checkpoint)
        loss.backward()
        norm = torch.nn.utils.clip_grad_norm_(self.model.parameters(), 0.25)
        if torch.isfinite(norm):
            for group in self.optimizer.param_groups:
                group["lr"] = lr_at(self.updates, warmup=warmup)
            self.optimizer.step()
            self.updates += 1
        return loss.item()


def measure(args):
    torch.set_num_threads(args.threads)
    dtype = torch.float32
    model = LearnedInterpolation(args.n, args.layers, args.width, dtype, seed=42)
    trainer = Trainer(model, args.checkpoint)
    w0 = divergence_free(args.batch, args.n, 100, dtype)
    targets = torch.randn(args.batch, args.unroll, 2, args.n, args.n, generator=torch.Generator().manual_seed(5),
                          dtype=dtype)
    t0 = time.perf_counter()
    trainer.step(w0, targets)  # warm-up (allocator, oneDNN primitive cache)
    first = time.perf_counter() - t0
    walls, cpus = [], []
    for _ in range(args.steps):
        t0, c0 = time.perf_counter(), time.process_time()
        trainer.step(w0, targets)
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    walls.sort()
    cpus.sort()
    wall = walls[len(walls) // 2]
    cpu = cpus[len(cpus) // 2]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1048576.0
    params = sum(p.numel() for p in model.parameters())
    mode = "whole+recompute" if args.checkpoint else "whole"
    print(f"RESULT impl=pytorch mode={mode} n={args.n} batch={args.batch} unroll={args.unroll} "
          f"cnn={args.layers}x{args.width} threads={torch.get_num_threads()} params={params} steps={args.steps} "
          f"first_s={first:.3f} wall_s={wall:.4f} cpu_s={cpu:.4f} min_wall_s={walls[0]:.4f} rss_gb={rss:.2f} "
          f"torch={torch.__version__}", flush=True)


def check():
    """Sanity checks of the peer's numerics (float64 for the scheme, float32 for training)."""
    torch.manual_seed(3)
    n, batch = 16, 2
    dtype = torch.float64
    model = LearnedInterpolation(n, 1, 8, dtype, seed=7)
    w = divergence_free(batch, n, 11, dtype)
    fv = model.fv
    div0 = fv.divergence(w).abs().max().item()
    zero = torch.zeros(batch, INTERPOLATIONS * FREE, n, n, dtype=dtype)
    coefficients = F.conv2d(zero, model.map_weight, model.map_bias)
    sums = coefficients.view(batch, INTERPOLATIONS, STENCIL, n, n).sum(2)
    random_logits = 10 * torch.randn(batch, INTERPOLATIONS * FREE, n, n, dtype=dtype)
    random_sums = F.conv2d(random_logits, model.map_weight, model.map_bias).view(batch, 8, 16, n, n).sum(2)
    nxt = fv.learned(w, coefficients)
    div1 = fv.divergence(nxt).abs().max().item()
    # zero logits = linear interpolation of the advecting velocity, TVD(upwind, linear) of the advected value:
    # rebuild that step from rolls and compare
    reference = reference_zero_logit_step(fv, w)
    diff = (nxt - reference).abs().max().item()
    moved = (nxt - w).abs().max().item()
    print(f"CHECK initial max|div| = {div0:.2e}, after a zero-logit step {div1:.2e} (want < 1e-10)")
    print(f"CHECK bias stencils sum to 1: max|sum-1| = {(sums - 1).abs().max().item():.1e}; random logits (std 10): "
          f"{(random_sums - 1).abs().max().item():.1e}")
    print(f"CHECK zero-logit step vs a roll-based linear/TVD step: max diff {diff:.2e} (step moved the state by "
          f"{moved:.2e})")
    ok = div1 < 1e-10 and (sums - 1).abs().max().item() < 1e-12 and (random_sums - 1).abs().max().item() < 1e-10 \
        and diff < 1e-12 and moved > 1e-3
    # training lowers the loss on a fixed batch (float32)
    dtype = torch.float32
    model = LearnedInterpolation(n, 2, 16, dtype, seed=9)
    w0 = divergence_free(batch, n, 21, dtype)
    with torch.no_grad():
        targets, w = [], w0
        for _ in range(3):
            w = model.fv.learned(w, F.conv2d(torch.zeros(batch, 120, n, n), model.map_weight, model.map_bias))
            targets.append(1.05 * w)
        targets = torch.stack(targets, 1)
    trainer = Trainer(model, stepwise_checkpoint=False)
    losses = [trainer.step(w0, targets, warmup=1) for _ in range(9)]
    checkpointed = Trainer(LearnedInterpolation(n, 2, 16, dtype, seed=9), stepwise_checkpoint=True)
    losses_ckpt = [checkpointed.step(w0, targets, warmup=1) for _ in range(9)]
    print("CHECK losses over 9 Adam steps (the first has lr 0): " + " ".join(f"{x:.4e}" for x in losses))
    print("CHECK same with per-step recompute: " + " ".join(f"{x:.4e}" for x in losses_ckpt))
    ok = ok and losses[-1] < 0.9 * losses[0] and abs(losses_ckpt[-1] - losses[-1]) <= 1e-3 * losses[0]
    print("CHECK " + ("PASS" if ok else "FAIL"))
    return 0 if ok else 1


def compare(path):
    """Recomputes the Java FvStepGraph learned step written by the PeerReferenceStep bench class (float64)."""
    with open(path) as f:
        batch, n = (int(x) for x in f.readline().split())
        arrays = [torch.tensor([float(x) for x in f.readline().split()], dtype=torch.float64) for _ in range(3)]
    w0 = arrays[0].view(batch, 2, n, n)
    coefficients = arrays[1].view(batch, INTERPOLATIONS * STENCIL, n, n)
    expected = arrays[2].view(batch, 2, n, n)
    got = FvStep(n, torch.float64).learned(w0, coefficients)
    diff = (got - expected).abs().max().item()
    moved = (expected - w0).abs().max().item()
    ok = diff < 1e-10 and moved > 1e-3
    print(f"CHECK peer step vs Java FvStepGraph.learnedStep (TVD wrap, random coefficients, {n}², float64): "
          f"max diff {diff:.2e}, step moved the state by {moved:.2e}: {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


def reference_zero_logit_step(fv, w):
    """The published LI step at zero logits written with rolls: linear advecting velocity, TVD(upwind, linear) c."""
    def shift(a, s, dim):  # out[i] = a[i + s]
        return torch.roll(a, -s, dims=dim)

    u, v = w[:, 0:1], w[:, 1:2]
    fluxes, lines_all, velocities, highs = [], [], [], []
    # (advected c, advecting component, axis): u through x-face (a = u), v through x-face (a = u),
    # u through y-face (a = v), v through y-face (a = v)
    for c, a, dim in ((u, u, 3), (v, u, 3), (u, v, 2), (v, v, 2)):
        lines = [shift(c, o, dim) for o in (-1, 0, 1, 2)]
        a_face = 0.5 * (a + shift(a, 1, dim)) if a is c else None
        if a_face is None:  # advecting velocity at the other component's face: shifted along the other axis
            other = 2 if dim == 3 else 3
            a_face = 0.5 * (a + shift(a, 1, other))
        high = 0.5 * (lines[1] + lines[2])
        lines_all.append(lines)
        velocities.append(a_face)
        highs.append(high)
    lines = [torch.cat([l[o] for l in lines_all], 1) for o in range(4)]
    velocity = torch.cat(velocities, 1)
    advected = FvStep.tvd(lines, velocity, torch.cat(highs, 1))
    return fv.advance(w, velocity * advected)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=32)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--layers", type=int, default=4)
    parser.add_argument("--width", type=int, default=32)
    parser.add_argument("--unroll", type=int, default=8)
    parser.add_argument("--threads", type=int, default=int(os.environ.get("OMP_NUM_THREADS", "1")))
    parser.add_argument("--steps", type=int, default=3, help="measured Adam steps after one warm-up step")
    parser.add_argument("--checkpoint", action="store_true",
                        help="recompute each unrolled step in the backward pass (torch.utils.checkpoint)")
    parser.add_argument("--check", action="store_true", help="sanity checks of the numerics, then exit")
    parser.add_argument("--compare", metavar="FILE", help="compare one step with the Java reference FILE, then exit")
    args = parser.parse_args()
    if args.compare:
        return compare(args.compare)
    if args.check:
        return check()
    measure(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
