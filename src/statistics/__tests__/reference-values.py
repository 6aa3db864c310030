"""Independent reference values for src/statistics (run: python3 reference-values.py).

Only Python's standard library: NormalDist (Wichura's AS241) for normal quantiles, and the
Student t CDF by Simpson integration of its density, inverted by bisection. Neither shares code
or method with the TypeScript under test (incomplete beta continued fraction, Acklam + Halley).
"""
import math
from statistics import NormalDist

def t_density(t, nu):
    return math.exp(math.lgamma((nu + 1) / 2) - math.lgamma(nu / 2) - 0.5 * math.log(nu * math.pi)
                    - (nu + 1) / 2 * math.log1p(t * t / nu))

def t_cdf(t, nu, steps=200000):
    # integrate from 0 to |t| by Simpson's rule (change of variable u = atan keeps heavy tails finite)
    upper = math.atan(abs(t))
    h = upper / steps
    f = lambda u: t_density(math.tan(u), nu) / math.cos(u) ** 2
    s = f(0) + f(upper)
    for i in range(1, steps):
        s += (4 if i % 2 else 2) * f(i * h)
    half = s * h / 3
    return 0.5 + half if t >= 0 else 0.5 - half

def t_quantile(p, nu):
    low, high = 0.0, 1000.0
    for _ in range(200):
        mid = (low + high) / 2
        if t_cdf(mid, nu, 20000) < p: low = mid
        else: high = mid
    # polish with the fine integration
    for _ in range(60):
        mid = (low + high) / 2
        if t_cdf(mid, nu) < p: low = mid
        else: high = mid
        if high - low < 1e-12: break
    return (low + high) / 2

z975 = NormalDist().inv_cdf(0.975)
print('normal quantiles', {p: repr(NormalDist().inv_cdf(p)) for p in (0.001, 0.025, 0.5, 0.9, 0.975, 0.999999)})
print('normal cdf', {x: repr(NormalDist().cdf(x)) for x in (-3.0, -1.0, 0.5, 1.959963984540054, 4.0)})
print('t cdf', {(t, nu): repr(t_cdf(t, nu)) for (t, nu) in ((2.0, 3), (-1.5, 7), (0.7, 29.5))})
print('t quantiles', {(p, nu): repr(t_quantile(p, nu)) for (p, nu) in ((0.975, 3), (0.975, 29), (0.9, 12), (0.995, 2.5))})

def wilson(x, n, z=z975):
    p = x / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return max(0.0, c - h), min(1.0, c + h)

print('wilson', {(x, n): tuple(map(repr, wilson(x, n))) for (x, n) in ((0, 10), (1, 10), (5, 10), (10, 10), (81, 263))})

def katz(a, na, b, nb, z=z975):
    if 0 in (a, na - a, b, nb - b):
        a, b, na, nb = a + 0.5, b + 0.5, na + 1, nb + 1
    rr = (a / na) / (b / nb)
    se = math.sqrt(1 / a - 1 / na + 1 / b - 1 / nb)
    return rr, rr * math.exp(-z * se), rr * math.exp(z * se)

print('katz', {k: tuple(map(repr, katz(*k))) for k in ((12, 100, 30, 100), (0, 50, 8, 50))})

def ratio_of_means(ma, sa, na, mb, sb, nb, z=z975):
    r = ma / mb
    se = math.sqrt(sa * sa / (na * ma * ma) + sb * sb / (nb * mb * mb))
    return r, se, r * math.exp(-z * se), r * math.exp(z * se)

print('ratio of means', tuple(map(repr, ratio_of_means(4.6, 1.9, 120, 9.1, 3.2, 150))))

sample = [12.0, 15.5, 9.0, 11.25, 14.0, 10.5, 13.0, 16.0]
n = len(sample)
mean = sum(sample) / n
sd = math.sqrt(sum((v - mean) ** 2 for v in sample) / (n - 1))
t = t_quantile(0.975, n - 1)
print('t interval', repr(mean), repr(sd), repr(mean - t * sd / math.sqrt(n)), repr(mean + t * sd / math.sqrt(n)))
