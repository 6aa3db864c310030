#!/usr/bin/env python3
"""Independent reference values for the specs in this folder.

Run from the repository root (Python 3, standard library only, a minute or two):

    python3 src/statistics/__tests__/reference-values.py

and paste the printed values into the specs. Nothing here shares code or method with the
TypeScript under test, which uses Acklam's approximation + Halley, the incomplete gamma and
incomplete beta continued fractions, and Newton on the log tail:

* normal quantiles: statistics.NormalDist().inv_cdf (Wichura's AS241, full double precision);
* normal CDF: 0.5 * math.erfc(-x / sqrt(2)) (NormalDist().cdf uses 1 + erf and loses the far tail);
* Student t CDF, integer df: the exact finite trigonometric sums of Abramowitz and Stegun 26.7.3
  and 26.7.4, summed with math.fsum;
* Student t CDF, any df >= 1: with t = sqrt(df) tan(theta) the density becomes proportional to
  cos(theta)^(df - 1), so F(t) = 1/2 + int_0^theta cos^(df-1) / (2 int_0^(pi/2) cos^(df-1)); both
  integrals by composite Simpson rules with many points, the normaliser numerically too (no lgamma);
  the two methods are cross-checked against each other and against published table values;
* Student t quantiles: Newton's method on either CDF until the step is below 1e-15 relative;
* intervals: the textbook formulas, written out independently (Wilson as the roots of its quadratic);
* bootstrap: the procedure the TypeScript documents (mulberry32, resample with floor(u * n),
  percentile_cont of the sorted means), reimplemented here from the published mulberry32 definition;
* quantiles: statistics.quantiles(method='inclusive'), which is numpy's default and percentile_cont.
"""
import math
from decimal import Decimal, getcontext
from fractions import Fraction
from statistics import NormalDist, quantiles

STANDARD_NORMAL = NormalDist()


def normal_cdf(x):
    return 0.5 * math.erfc(-x / math.sqrt(2))


# ---------------------------------------------------------------- Student t, exact for integer df
getcontext().prec = 40


def decimal_atan(x):
    """atan for Decimal x >= 0: halve the angle until x <= 0.1, then the Taylor series."""
    doublings = 0
    while x > Decimal('0.1'):
        x = x / (1 + (1 + x * x).sqrt())  # tan(a/2) = tan(a) / (1 + sec(a))
        doublings += 1
    total, power, k, x2 = Decimal(0), x, 1, x * x
    while power / k > Decimal(10) ** -45:
        total += power / k if k % 4 == 1 else -power / k
        power *= x2
        k += 2
    return total * 2 ** doublings


DECIMAL_PI = 4 * (4 * decimal_atan(Decimal(1) / 5) - decimal_atan(Decimal(1) / 239))  # Machin


def t_upper_tail_exact(t, df):
    """P(T > t), t >= 0, integer df, from Abramowitz and Stegun 26.7.3 (odd df) and 26.7.4 (even df),
    A(t|df) = P(|T| < t), evaluated in 40-digit decimal arithmetic (no cancellation, no rounding drift)."""
    t, n = Decimal(repr(t)), Decimal(df)
    cos2 = n / (n + t * t)
    sin = t / (n + t * t).sqrt()
    if df % 2 == 1:
        # A = 2/pi (theta + sin (cos + 2/3 cos^3 + 2*4/(3*5) cos^5 + ... + cos^(df-2) term))
        theta = decimal_atan(t / n.sqrt())
        cos = cos2.sqrt()
        total, term = Decimal(0), cos
        for k in range(1, (df - 1) // 2 + 1):
            total += term
            term = term * cos2 * (2 * k) / (2 * k + 1)
        a = 2 / DECIMAL_PI * (theta + sin * total)
    else:
        # A = sin (1 + 1/2 cos^2 + 1*3/(2*4) cos^4 + ... + cos^(df-2) term)
        total, term = Decimal(0), Decimal(1)
        for k in range(1, df // 2 + 1):
            total += term
            term = term * cos2 * (2 * k - 1) / (2 * k)
        a = sin * total
    return (1 - a) / 2


def t_cdf_exact(t, df):
    tail = t_upper_tail_exact(abs(t), df)
    return float(1 - tail) if t >= 0 else float(tail)


def t_density_exact(t, df):
    # Only steers Newton's method; its accuracy does not limit the quantile.
    return math.exp(math.lgamma((df + 1) / 2) - math.lgamma(df / 2) - 0.5 * math.log(df * math.pi)
                    - (df + 1) / 2 * math.log1p(t * t / df))


# ---------------------------------------------------------------- Student t, Simpson for any df >= 1
def simpson(f, a, b, steps):
    h = (b - a) / steps
    odd = math.fsum(f(a + i * h) for i in range(1, steps, 2))
    even = math.fsum(f(a + i * h) for i in range(2, steps, 2))
    return h / 3 * (f(a) + f(b) + 4 * odd + 2 * even)


_normalisers = {}


def wallis(df):
    """int_0^(pi/2) cos(theta)^(df-1) dtheta, numerically; beyond 40/sqrt(df) the integrand is < e^-800."""
    if df not in _normalisers:
        end = min(math.pi / 2, 40 / math.sqrt(df))
        # Near pi/2 the integrand behaves like (pi/2 - theta)^(df - 1): substitute theta = pi/2 - s^2
        # when the whole quarter is used, so that non-integer df stays smooth at the end point.
        if end == math.pi / 2:
            f = lambda s: math.sin(s * s) ** (df - 1) * 2 * s  # cos(pi/2 - s^2) = sin(s^2)
            _normalisers[df] = simpson(f, 0, math.sqrt(math.pi / 2), 400000)
        else:
            _normalisers[df] = simpson(lambda th: math.cos(th) ** (df - 1), 0, end, 400000)
    return _normalisers[df]


def t_cdf_simpson(t, df, steps=200000):
    theta = math.atan(abs(t) / math.sqrt(df))
    half = simpson(lambda th: math.cos(th) ** (df - 1), 0, theta, steps) / (2 * wallis(df))
    return 0.5 + half if t >= 0 else 0.5 - half


def t_density_simpson(t, df):
    theta = math.atan(t / math.sqrt(df))
    return math.cos(theta) ** (df + 1) / (2 * wallis(df) * math.sqrt(df))


def t_quantile(p, df, upper_tail, density):
    """Newton's method on P(T > t) = min(p, 1 - p) (both exact in binary), then the sign."""
    tail = min(p, 1 - p)
    t = -STANDARD_NORMAL.inv_cdf(tail)  # below the t quantile, so Newton approaches from one side
    for _ in range(200):
        step = (upper_tail(t, df) - tail) / density(t, df)
        t += step
        if abs(step) < 1e-15 * t:
            break
    return t if p > 0.5 else -t


def t_quantile_exact(p, df):
    return t_quantile(p, df, lambda t, df: float(t_upper_tail_exact(t, df)), t_density_exact)


def t_quantile_simpson(p, df):
    return t_quantile(p, df, lambda t, df: 1 - t_cdf_simpson(t, df), t_density_simpson)


def show(label, value):
    print(f'{label}: {value!r}')


print('# normal quantiles (AS241)')
for p in (1e-300, 1e-100, 1e-15, 1e-10, 0.001, 0.025, 0.3, 0.5, 0.9, 0.975, 0.999999, 1 - 1e-12):
    show(f'  normalQuantile({p!r})', STANDARD_NORMAL.inv_cdf(p))

print('# normal cdf (erfc)')
for x in (-37.5, -20.0, -8.0, -3.0, -1.0, 0.0, 0.5, 1.959963984540054, 4.0, 9.0):
    show(f'  normalCdf({x!r})', normal_cdf(x))

print('# published t table values reproduced (difference should be < 1e-12)')
TABLE = {(0.975, 1): 12.706204736174705, (0.975, 2): 4.302652729749464, (0.975, 5): 2.570581835636314,
         (0.975, 10): 2.228138851986274, (0.975, 30): 2.042272456301238, (0.975, 100): 1.983971518523552,
         (0.95, 4): 2.131846786326649}
for (p, df), published in TABLE.items():
    print(f'  p={p} df={df}: exact sums {t_quantile_exact(p, df) - published:+.1e}, '
          f'simpson {t_quantile_simpson(p, df) - published:+.1e}')

print('# t cdf; integer df by the exact sums (Simpson difference in brackets), others by Simpson')
for t, df in ((2.0, 3), (-1.5, 7), (12.0, 1), (-40.0, 2), (3.5, 1000), (1.96, 200000), (-2.5, 1000000)):
    exact = t_cdf_exact(t, df)
    print(f'  studentTCdf({t!r}, {df!r}): {exact!r}  [{t_cdf_simpson(t, df) - exact:+.1e}]')
for t, df in ((0.7, 29.5), (-2.0, 1.5), (5.0, 3.7)):
    show(f'  studentTCdf({t!r}, {df!r})', t_cdf_simpson(t, df))

print('# t quantiles; integer df by the exact sums (Simpson difference in brackets), others by Simpson')
for p, df in ((0.975, 3), (0.975, 7), (0.975, 29), (0.9, 12), (0.9995, 1), (0.9995, 2), (0.9995, 6),
              (0.999999, 3), (0.025, 15), (1e-10, 50), (0.995, 1000), (0.975, 100000), (0.9995, 200000),
              (0.975, 1000000)):
    exact = t_quantile_exact(p, df)
    print(f'  studentTQuantile({p!r}, {df!r}): {exact!r}  [{t_quantile_simpson(p, df) - exact:+.1e}]')
for p, df in ((0.995, 2.5), (0.975, 1.5), (0.9, 12.3), (0.99, 7.25)):
    show(f'  studentTQuantile({p!r}, {df!r})', t_quantile_simpson(p, df))

z95 = STANDARD_NORMAL.inv_cdf(0.975)
z90 = STANDARD_NORMAL.inv_cdf(0.95)
z99 = STANDARD_NORMAL.inv_cdf(0.995)


def wilson(x, n, z):
    # Roots of (p - x/n)^2 = z^2 p (1 - p) / n, i.e. (n + z^2) p^2 - (2x + z^2) p + x^2/n = 0.
    qa, qb, qc = n + z * z, -(2 * x + z * z), x * x / n
    root = math.sqrt(qb * qb - 4 * qa * qc)
    return (-qb - root) / (2 * qa), (-qb + root) / (2 * qa)


print('# Wilson score intervals')
for x, n, z, level in ((0, 10, z95, 0.95), (1, 10, z95, 0.95), (5, 10, z95, 0.95), (10, 10, z95, 0.95),
                       (81, 263, z95, 0.95), (81, 263, z99, 0.99), (3, 7, z90, 0.90)):
    show(f'  wilsonInterval({x}, {n}, {level})', wilson(x, n, z))


def katz(a, n_a, b, n_b, z):
    cells = [a, n_a - a, b, n_b - b]
    if 0 in cells:
        cells = [cell + 0.5 for cell in cells]
    a, non_a, b, non_b = cells
    log_rr = math.log(a / (a + non_a)) - math.log(b / (b + non_b))
    se = math.sqrt(non_a / (a * (a + non_a)) + non_b / (b * (b + non_b)))  # = 1/a - 1/n_a + 1/b - 1/n_b
    return math.exp(log_rr), math.exp(log_rr - z * se), math.exp(log_rr + z * se)


print('# Katz risk-ratio intervals')
for args, z, level in (((12, 100, 30, 100), z95, 0.95), ((15, 80, 9, 120), z90, 0.90),
                       ((0, 50, 8, 50), z95, 0.95), ((7, 40, 0, 35), z95, 0.95)):
    show(f'  katzRiskRatioInterval{args + (level,)}', katz(*args, z))


def ratio_of_means(a, b, z):
    mean_a, sd_a, n_a = a
    mean_b, sd_b, n_b = b
    se = math.hypot(sd_a / (mean_a * math.sqrt(n_a)), sd_b / (mean_b * math.sqrt(n_b)))
    ratio = mean_a / mean_b
    return ratio, se, ratio * math.exp(-z * se), ratio * math.exp(z * se)


print('# ratio of means, delta method on the log scale')
show('  ratioOfMeansInterval((4.6, 1.9, 120), (9.1, 3.2, 150), 0.95)', ratio_of_means((4.6, 1.9, 120), (9.1, 3.2, 150), z95))
show('  ratioOfMeansInterval((30, 12, 25), (42, 15, 30), 0.99)', ratio_of_means((30, 12, 25), (42, 15, 30), z99))

print('# t intervals of a mean')
sample = [Fraction(v) for v in (4, 7, 5, 9, 5)]  # by hand: mean 6, squares 4 1 1 9 1, variance 16/4, sd 2
mean = sum(sample) / len(sample)
variance = sum((v - mean) ** 2 for v in sample) / (len(sample) - 1)
assert (mean, variance) == (6, 4)
for level in (0.95, 0.90):
    half = t_quantile_exact((1 + level) / 2, 4) * 2 / math.sqrt(5)
    show(f'  tIntervalOfMean(6, 2, 5, {level})', (6 - half, 6 + half))
half = t_quantile_exact(0.975, 24) * 3.5 / math.sqrt(25)
show('  tIntervalOfMean(41.2, 3.5, 25, 0.95)', (41.2 - half, 41.2 + half))


def mulberry32(seed):
    """Tommy Ettinger's mulberry32, as published (JavaScript), with 32-bit wrap-around made explicit."""
    state = seed & 0xFFFFFFFF

    def imul(x, y):
        return (x * y) & 0xFFFFFFFF

    def next_value():
        nonlocal state
        state = (state + 0x6D2B79F5) & 0xFFFFFFFF
        t = state
        t = imul(t ^ (t >> 15), t | 1)
        t = (t ^ ((t + imul(t ^ (t >> 7), t | 61)) & 0xFFFFFFFF)) & 0xFFFFFFFF
        return (t ^ (t >> 14)) / 4294967296

    return next_value


def percentile_cont(sorted_values, p):
    position = (len(sorted_values) - 1) * p
    below = math.floor(position)
    above = min(below + 1, len(sorted_values) - 1)
    return sorted_values[below] + (sorted_values[above] - sorted_values[below]) * (position - below)


def bootstrap_mean(values, seed, draws=10000, level=0.95):
    random = mulberry32(seed)
    n = len(values)
    means = []
    for _ in range(draws):
        total = 0.0
        for _ in range(n):
            total += values[math.floor(random() * n)]  # summed in draw order, as the TypeScript does
        means.append(total / n)
    means.sort()
    return percentile_cont(means, (1 - level) / 2), percentile_cont(means, (1 + level) / 2)


print('# mulberry32 and the seeded bootstrap')
generator = mulberry32(42)
show('  seededRandom(42), first five', [generator() for _ in range(5)])
generator = mulberry32(0)
show('  seededRandom(0), first three', [generator() for _ in range(3)])
BOOTSTRAP_SAMPLE = [10.2, 11.8, 9.1, 12.4, 10.9, 13.3, 8.7, 11.1, 10.4, 12.0, 9.8, 11.6]
show('  bootstrap sample mean', math.fsum(BOOTSTRAP_SAMPLE) / len(BOOTSTRAP_SAMPLE))
show('  bootstrapMeanInterval(sample, seed 2024)', bootstrap_mean(BOOTSTRAP_SAMPLE, 2024))
show('  bootstrapMeanInterval(sample, seed 7, 2000 draws, level 0.9)', bootstrap_mean(BOOTSTRAP_SAMPLE, 7, 2000, 0.9))

print('# quantiles, numpy default / percentile_cont (statistics.quantiles, inclusive)')
QUANTILE_SAMPLE = sorted([3.5, 1.25, 9.0, 4.75, 2.0, 7.5, 6.0])
show('  deciles of ' + repr(QUANTILE_SAMPLE), quantiles(QUANTILE_SAMPLE, n=10, method='inclusive'))
show('  quartiles of [1, 2, 3, 4]', quantiles([1, 2, 3, 4], n=4, method='inclusive'))
