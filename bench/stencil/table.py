#!/usr/bin/python3
"""Markdown tables from the RESULT lines of bench/stencil/run.sh (Java/SameDiff vs the PyTorch peer).

Pairs each Java row with the PyTorch row of the same grid, batch, unroll, CNN and thread count: Java's whole-unroll
mode with plain PyTorch autograd, Java's step-by-step mode (forward recomputed in the backward sweep) with PyTorch's
per-step torch.utils.checkpoint. The paper shape is measured at a reduced batch and unroll and extrapolated linearly
in batch x unroll to the full paper Adam step (batch 64, unroll 32).
"""
import shlex
import sys

PAPER_BATCH, PAPER_UNROLL = 64, 32
PEER_MODE = {"whole": "whole", "stepped": "whole+recompute"}


def parse(path):
    rows, info = [], []
    with open(path) as f:
        for line in f:
            if line.startswith("RESULT "):
                rows.append(dict(kv.split("=", 1) for kv in shlex.split(line)[1:]))
            elif line.startswith("INFO ") or line.startswith("CHECK "):
                info.append(line.rstrip())
    for r in rows:
        for key in ("n", "batch", "unroll", "threads", "steps"):
            r[key] = int(r[key])
        for key in ("wall_s", "cpu_s", "first_s", "min_wall_s"):
            r[key] = float(r[key])
    return rows, info


def conv_flops(n, cnn, inputs=2, outputs=120):
    """Multiply-adds x 2 of the periodic 3x3 convs for one sample and one step, forward only."""
    layers, width = (int(x) for x in cnn.split("x"))
    channels = [inputs] + [width] * layers + [outputs]
    return sum(2 * 9 * channels[i] * channels[i + 1] * n * n for i in range(len(channels) - 1))


def shape(r):
    return f"{r['n']}², CNN {r['cnn']}"


def main(path):
    rows, info = parse(path)
    java = [r for r in rows if r["impl"] == "java"]
    torch = [r for r in rows if r["impl"] == "pytorch"]
    print("\n".join(f"<!-- {line} -->" for line in info if line.startswith("INFO")))
    print()
    print("| shape | batch | unroll | threads | Java mode / PyTorch mode | Java Adam steps/s | PyTorch Adam steps/s "
          "| Java ms per unrolled step (wall / CPU) | PyTorch ms per unrolled step (wall / CPU) "
          "| Java / PyTorch (wall) | **Java / PyTorch (CPU)** |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for j in java:
        peers = [p for p in torch if all(p[k] == j[k] for k in ("n", "batch", "unroll", "cnn", "threads"))
                 and p["mode"] == PEER_MODE[j["mode"]]]
        p = peers[0] if peers else None
        cells = [shape(j), j["batch"], j["unroll"], j["threads"], f"{j['mode']} / {p['mode'] if p else '–'}",
                 f"{1 / j['wall_s']:.3f}", f"{1 / p['wall_s']:.3f}" if p else "–",
                 f"{1000 * j['wall_s'] / j['unroll']:.0f} / {1000 * j['cpu_s'] / j['unroll']:.0f}",
                 f"{1000 * p['wall_s'] / p['unroll']:.0f} / {1000 * p['cpu_s'] / p['unroll']:.0f}" if p else "–",
                 f"{j['wall_s'] / p['wall_s']:.2f}" if p else "–", f"**{j['cpu_s'] / p['cpu_s']:.2f}**" if p else "–"]
        print("| " + " | ".join(str(c) for c in cells) + " |")
    print()
    print("All measurements (medians of the measured steps; first = warm-up step incl. graph building; CPU = process "
          "CPU time per Adam step; conv GFLOP per CPU-second counts forward + backward of the CNN convs as 3× forward, recompute not counted):")
    print()
    print("| impl | mode | shape | batch | unroll | threads | s per Adam step (wall) | min wall s | CPU s | first step s "
          "| conv GFLOP per CPU-s | peak RSS GB |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        gflops = 3 * conv_flops(r["n"], r["cnn"]) * r["batch"] * r["unroll"] / r["cpu_s"] / 1e9
        print(f"| {r['impl']} | {r['mode']} | {shape(r)} | {r['batch']} | {r['unroll']} | {r['threads']} "
              f"| {r['wall_s']:.3f} | {r['min_wall_s']:.3f} | {r['cpu_s']:.3f} | {r['first_s']:.2f} | {gflops:.1f} "
              f"| {r['rss_gb']} |")
    paper = [r for r in rows if r["n"] == 64 and r["cnn"] == "6x256"]
    if paper:
        print()
        print(f"**Paper shape, extrapolated** to one full Adam step (batch {PAPER_BATCH}, unroll {PAPER_UNROLL}) "
              "linearly in batch × unroll from the measured reduced shape. Not measured: per-call overheads "
              "amortise better at batch 64, memory effects at full size are not modelled, and plain PyTorch autograd "
              "would need ≈ 130 GB of saved activations at full size (only the recompute rows fit 24 GiB):")
        print()
        print("| impl | mode | threads | measured at batch × unroll | measured s per Adam step (wall / CPU) "
              "| **extrapolated min per paper Adam step, from wall / from CPU** | paper Adam steps per hour (from CPU) |")
        print("|---|---|---|---|---|---|---|")
        for r in paper:
            scale = PAPER_BATCH * PAPER_UNROLL / (r["batch"] * r["unroll"])
            print(f"| {r['impl']} | {r['mode']} | {r['threads']} | {r['batch']} × {r['unroll']} "
                  f"| {r['wall_s']:.2f} / {r['cpu_s']:.2f} | **{r['wall_s'] * scale / 60:.0f} / "
                  f"{r['cpu_s'] * scale / 60:.0f}** (extrapolated) | {3600 / (r['cpu_s'] * scale):.2f} |")
        flops = 3 * conv_flops(64, "6x256") * PAPER_BATCH * PAPER_UNROLL
        print()
        print(f"CNN convs alone in one paper Adam step: ≈ {flops / 1e12:.0f} TFLOP (forward + backward as 3× forward).")


if __name__ == "__main__":
    main(sys.argv[1])
