// Small seeded two-feature classification sets for the game's model levels. Each generator is
// deterministic for its seed (mulberry32, arithmetic and Math.sqrt/sin/cos/log only), has balanced
// labels (classes alternate: row i has class i mod k) and returns X row-major (n × 2).

import { gaussian, mulberry32, uniform, type Random } from './random';

export interface Dataset {
	X: Float64Array;
	y: Float64Array;
	n: number;
	features: 2;
}

export interface DatasetOptions {
	seed?: number;
	/** Noise scale; each generator documents its default. */
	noise?: number;
}

type Point = (random: Random, index: number, label: number, noise: number) => [number, number];

function checkSize(n: number, classes: number): void {
	if (!Number.isInteger(n) || n < classes || n % classes !== 0) {
		throw new Error(`Data set size must be a positive multiple of ${classes}, got ${n}`);
	}
}

function generate(
	n: number,
	classes: number,
	options: DatasetOptions,
	noise: number,
	point: Point
): Dataset {
	checkSize(n, classes);
	const random = mulberry32(options.seed ?? 1);
	const X = new Float64Array(2 * n);
	const y = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const label = i % classes;
		const [a, b] = point(random, Math.floor(i / classes), label, options.noise ?? noise);
		X[2 * i] = a;
		X[2 * i + 1] = b;
		y[i] = label;
	}
	return { X, y, n, features: 2 };
}

/** Two interleaved spirals (as in TensorFlow Playground): radius 0→5 over 1.75 turns; noise uniform ±noise (default 0.2). */
export function twoSpirals(n: number, options: DatasetOptions = {}): Dataset {
	const perClass = n / 2;
	return generate(n, 2, options, 0.2, (random, i, label, noise) => {
		const r = (i / perClass) * 5;
		const t = ((1.75 * i) / perClass) * 2 * Math.PI + label * Math.PI;
		return [
			r * Math.sin(t) + uniform(random, -noise, noise),
			r * Math.cos(t) + uniform(random, -noise, noise)
		];
	});
}

/** Two interleaving half circles (as scikit-learn's make_moons); Gaussian noise sd (default 0.1). */
export function moons(n: number, options: DatasetOptions = {}): Dataset {
	const perClass = n / 2;
	return generate(n, 2, options, 0.1, (random, i, label, noise) => {
		const t = perClass > 1 ? (Math.PI * i) / (perClass - 1) : 0;
		const [x, y] = label === 0 ? [Math.cos(t), Math.sin(t)] : [1 - Math.cos(t), 0.5 - Math.sin(t)];
		return [x + noise * gaussian(random), y + noise * gaussian(random)];
	});
}

/** An outer circle (label 0, radius 1) around an inner one (label 1, radius 0.5); Gaussian noise sd (default 0.05). */
export function circles(n: number, options: DatasetOptions = {}): Dataset {
	const perClass = n / 2;
	return generate(n, 2, options, 0.05, (random, i, label, noise) => {
		const t = (2 * Math.PI * i) / perClass;
		const r = label === 0 ? 1 : 0.5;
		return [r * Math.cos(t) + noise * gaussian(random), r * Math.sin(t) + noise * gaussian(random)];
	});
}

/** XOR quadrants in [−1, 1]²: label 1 where the signs differ; points keep 0.05 from the axes, plus Gaussian noise sd (default 0). */
export function xor(n: number, options: DatasetOptions = {}): Dataset {
	return generate(n, 2, options, 0, (random, _i, label, noise) => {
		const sx = random() < 0.5 ? -1 : 1;
		const sy = label === 1 ? -sx : sx;
		const x = sx * uniform(random, 0.05, 1) + noise * gaussian(random);
		return [x, sy * uniform(random, 0.05, 1) + noise * gaussian(random)];
	});
}

/** `classes` Gaussian blobs (default 2) centred on a circle of radius 2; sd noise (default 0.5). */
export function blobs(n: number, options: DatasetOptions & { classes?: number } = {}): Dataset {
	const classes = options.classes ?? 2;
	if (!Number.isInteger(classes) || classes < 2)
		throw new Error(`blobs: classes must be an integer ≥ 2, got ${classes}`);
	return generate(n, classes, options, 0.5, (random, _i, label, noise) => {
		const angle = (2 * Math.PI * label) / classes;
		return [
			2 * Math.cos(angle) + noise * gaussian(random),
			2 * Math.sin(angle) + noise * gaussian(random)
		];
	});
}
