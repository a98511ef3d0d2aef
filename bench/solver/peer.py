#!/usr/bin/python3
"""Peer timings for bench/solver/run.sh: eddy's two solver steps written in plain numpy/scipy.

The same algorithms as the Java solvers (tsm.md §2.3-2.6), vectorised the ordinary numpy way:
  spectral  pseudo-spectral vorticity, CN-RK4 (Carpenter-Kennedy low-storage), 2/3 brick-wall filter on advection,
            Kolmogorov forcing curl on the nodes, implicit -nu|k|^2 - drag; 4 irfft2 + 1 rfft2 per stage.
  fv        JAX-CFD implicit-diffusion step on the MAC grid: linear interpolation of the advecting velocity,
            Lax-Wendroff + Van Leer TVD face values, flux-form convection, forcing sin(4y) - 0.1 u, FFT projection
            and FFT backward-Euler diffusion with the 5-point Laplacian's eigenvalues.
FFTs: scipy.fft with workers=THREADS. "float" runs float32/complex64 arrays end to end.
Prints tab-separated lines: peer <solver> <N> <precision> <threads> <ms/step>.
Usage: peer.py SIZES THREADS REPS   (e.g. 256,1024 2 7)
       peer.py check DIR            compare with the Java solvers' 20-step results written by
                                    SolverStepBenchmark check DIR (64², analytic start; exit 1 if they differ > 1e-10)
"""
import glob
import sys
import time

import numpy as np
import scipy.fft as sfft

CN_RK4 = (
    [0, 0.1496590219993, 0.3704009573644, 0.6222557631345, 0.9582821306748, 1],
    [0, -0.4178904745, -1.192151694643, -1.697784692471, -1.514183444257],
    [0.1496590219993, 0.3792103129999, 0.8229550293869, 0.6994504559488, 0.1530572479681],
)


def brick_wall(n):
    """2/3 rule on the rfft2 layout (rows = full axis y, columns = half axis x), as tsm.md section 2.6."""
    columns = n // 2 + 1
    mask = np.zeros((n, columns))
    a = int(2 / 3 * n)
    kept_columns = int(2 / 3 * columns)
    mask[: a // 2, :kept_columns] = 1
    mask[n - (a - a // 2):, :kept_columns] = 1
    return mask


def spectral_step(n, dt, nu, drag, real, workers):
    cplx = np.complex64 if real == np.float32 else np.complex128
    ky = (np.fft.fftfreq(n) * n)[:, None]
    kx = (np.fft.rfftfreq(n) * n)[None, :]
    k2 = kx ** 2 + ky ** 2
    inv = np.where(k2 > 0, 1 / np.where(k2 > 0, k2, 1), 0)
    lin = (-nu * k2 - drag).astype(real)
    iky = (1j * ky).astype(cplx)
    ikx = (1j * kx).astype(cplx)
    iky_inv = (1j * ky * inv).astype(cplx)
    mikx_inv = (-1j * kx * inv).astype(cplx)
    mask = brick_wall(n).astype(real)
    y = np.arange(n) * 2 * np.pi / n
    fx = np.repeat(np.sin(4 * y)[:, None], n, axis=1)
    curl = (-1j * ky * sfft.rfft2(fx)).astype(cplx)
    shape = (n, n)

    def explicit(w):
        u = sfft.irfft2(iky_inv * w, s=shape, workers=workers)
        v = sfft.irfft2(mikx_inv * w, s=shape, workers=workers)
        wx = sfft.irfft2(ikx * w, s=shape, workers=workers)
        wy = sfft.irfft2(iky * w, s=shape, workers=workers)
        return mask * sfft.rfft2(-(u * wx + v * wy), workers=workers) + curl

    alpha, beta, gamma = CN_RK4

    def step(w):
        h = 0
        for k in range(len(beta)):
            h = explicit(w) + beta[k] * h
            mu = real(0.5 * dt * (alpha[k + 1] - alpha[k]))
            w = (w + real(gamma[k] * dt) * h + mu * lin * w) / (1 - mu * lin)
        return w

    return step


def fv_step(n, dt, nu, drag, real, workers):
    dx = 2 * np.pi / n
    kx = np.arange(n // 2 + 1)[None, :]
    ky = np.arange(n)[:, None]
    lam = (2 * np.cos(2 * np.pi * kx / n) - 2) / dx ** 2 + (2 * np.cos(2 * np.pi * ky / n) - 2) / dx ** 2
    pinv = np.where(np.abs(lam) > 10 * np.finfo(np.float32).eps, 1 / np.where(lam == 0, 1, lam), 0).astype(real)
    diffusion = (1 / (1 - nu * dt * lam)).astype(real)
    y_u = (np.arange(n) + 0.5) * dx
    force_u = np.repeat(np.sin(4 * y_u)[:, None], n, axis=1).astype(real)
    half = real(0.5)
    courant = real(dt / dx)
    shape = (n, n)

    def tvd(c, vel, axis):
        """Van Leer-limited Lax-Wendroff value of c at the face between i and i+1 along axis."""
        c_ip1 = np.roll(c, -1, axis)
        diff = c_ip1 - c
        cr = courant * vel
        pos = vel > 0
        low = np.where(pos, c, c_ip1)
        high = np.where(pos, c + half * (1 - cr) * diff, c_ip1 - half * (1 + cr) * diff)
        denom = np.where(diff != 0, diff, 1)
        r = np.where(pos, (c - np.roll(c, 1, axis)) / denom, (np.roll(c, -2, axis) - c_ip1) / denom)
        with np.errstate(divide="ignore", invalid="ignore"):
            phi = np.where(r > 0, 2 * r / (1 + r), 0)
        return low - phi * (low - high)

    def convection(u, v):
        a_ux = half * (u + np.roll(u, -1, 1))
        a_uy = half * (v + np.roll(v, -1, 1))
        a_vx = half * (u + np.roll(u, -1, 0))
        a_vy = half * (v + np.roll(v, -1, 0))
        fux = tvd(u, a_ux, 1) * a_ux
        fuy = tvd(u, a_uy, 0) * a_uy
        fvx = tvd(v, a_vx, 1) * a_vx
        fvy = tvd(v, a_vy, 0) * a_vy
        cu = -((fux - np.roll(fux, 1, 1)) + (fuy - np.roll(fuy, 1, 0))) / dx
        cv = -((fvx - np.roll(fvx, 1, 1)) + (fvy - np.roll(fvy, 1, 0))) / dx
        return cu, cv

    def step(state):
        u, v = state
        cu, cv = convection(u, v)
        u = u + dt * (cu + force_u - drag * u)
        v = v + dt * (cv - drag * v)
        div = ((u - np.roll(u, 1, 1)) + (v - np.roll(v, 1, 0))) / dx
        q = sfft.irfft2(sfft.rfft2(div, workers=workers) * pinv, s=shape, workers=workers)
        u = u - (np.roll(q, -1, 1) - q) / dx
        v = v - (np.roll(q, -1, 0) - q) / dx
        u = sfft.irfft2(sfft.rfft2(u, workers=workers) * diffusion, s=shape, workers=workers)
        v = sfft.irfft2(sfft.rfft2(v, workers=workers) * diffusion, s=shape, workers=workers)
        return u.astype(real, copy=False), v.astype(real, copy=False)

    return step


def initial_velocity(n, real, seed=0):
    """Smooth random periodic velocity, peak wavenumber ~4, max speed 7 (timing does not depend on the details)."""
    rng = np.random.default_rng(seed)
    k = np.hypot((np.fft.fftfreq(n) * n)[:, None], (np.fft.rfftfreq(n) * n)[None, :])
    envelope = np.exp(-((k - 4) ** 2) / 8) * (k > 0)
    fields = [sfft.irfft2(sfft.rfft2(rng.standard_normal((n, n))) * envelope, s=(n, n)) for _ in range(2)]
    scale = 7 / np.max(np.hypot(*fields))
    return [(f * scale).astype(real) for f in fields]


def timed(step, state, batch, reps):
    end = time.perf_counter() + 2.0
    rounds = 0
    while rounds < 3 or (time.perf_counter() < end and rounds < 200):
        for _ in range(batch):
            state = step(state)
        rounds += 1
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        for _ in range(batch):
            state = step(state)
        times.append((time.perf_counter() - t0) * 1e3 / batch)
    return float(np.median(times)), state


def check(directory):
    n, dt = 64, 0.01
    x = np.arange(n) * 2 * np.pi / n
    xx, yy = np.meshgrid(x, x)
    w = 3 * np.sin(xx) * np.cos(2 * yy) + 2 * np.cos(3 * xx + yy) + np.sin(5 * yy - 2 * xx)
    step = spectral_step(n, dt, 1e-3, 0.1, np.float64, 1)
    wh = sfft.rfft2(w)
    for _ in range(20):
        wh = step(wh)
    reference = sfft.irfft2(wh, s=(n, n))
    files = sorted(glob.glob(f"{directory}/spectral_*.bin"))
    if not files:
        raise SystemExit(f"no spectral_<backend>.bin in {directory}")
    errors = {f.rsplit("spectral_", 1)[1][:-4]: np.abs(np.fromfile(f, "<f8").reshape(n, n) - reference).max()
              for f in files}
    spectral = max(errors.values())
    dx = 2 * np.pi / n
    i = np.arange(n)
    xu, yu = np.meshgrid((i + 1) * dx, (i + 0.5) * dx)
    xv, yv = np.meshgrid((i + 0.5) * dx, (i + 1) * dx)
    state = (2 * np.sin(xu) * np.cos(yu) + np.cos(2 * yu), -2 * np.cos(xv) * np.sin(yv) + 0.5 * np.sin(3 * xv))
    fstep = fv_step(n, dt, 1e-3, 0.1, np.float64, 1)
    for _ in range(20):
        state = fstep(state)
    fv = max(np.abs(np.fromfile(f"{directory}/fv_{c}.bin", "<f8").reshape(n, n) - s).max() for c, s in zip("uv", state))
    per_backend = ", ".join(f"{e:.1e} ({b})" for b, e in errors.items())
    print(f"Peer agreement (64², 20 steps from analytic fields, double): spectral max|Δω| = {per_backend}, "
          f"finite volume max|Δu|,|Δv| = {fv:.1e}.")
    if spectral > 1e-10 or fv > 1e-10:
        raise SystemExit("peer and Java solvers disagree: they do not implement the same algorithm")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "check":
        check(sys.argv[2])
        return
    sizes = [int(s) for s in (sys.argv[1] if len(sys.argv) > 1 else "256,1024").split(",")]
    threads = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    reps = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    for n in sizes:
        dt = 0.5 * (2 * np.pi / n) / 7
        batch = max(1, round(10 * 256 * 256 / (n * n)))
        for name, real in (("double", np.float64), ("float", np.float32)):
            u, v = initial_velocity(n, real)
            w = sfft.rfft2(((np.roll(v, -1, 1) - v) - (np.roll(u, -1, 0) - u)) / (2 * np.pi / n))
            w = w.astype(np.complex64 if real == np.float32 else np.complex128)
            ms, w = timed(spectral_step(n, dt, 1e-3, 0.1, real, threads), w, batch, reps)
            if not np.all(np.isfinite(w)):
                raise SystemExit("peer spectral run blew up")
            print(f"peer\tspectral\t{n}\t{name}\t{threads}\t{ms:.3f}", flush=True)
            ms, (u, v) = timed(fv_step(n, dt, 1e-3, 0.1, real, threads), (u, v), batch, reps)
            if not (np.all(np.isfinite(u)) and np.all(np.isfinite(v))):
                raise SystemExit("peer fv run blew up")
            print(f"peer\tfv\t{n}\t{name}\t{threads}\t{ms:.3f}", flush=True)


if __name__ == "__main__":
    main()
