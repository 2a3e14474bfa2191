// W3: forward + backward of a seeded ~200-node scalar expression graph (add, mul, tanh, exp, log,
// sigmoid, relu, pow), 10,000 repetitions: the engine's compiled tape (through the public
// Expression.gradient) against the same graph as TF.js CPU scalar ops under tf.grads.
// Values stay finite by construction: exp only sees tanh(·), log only sees 1 + (·)^2.
import * as tf from '@tensorflow/tfjs-core';
import { CompiledExpression } from '../src/lib/engine/expression';
import { parse } from '../src/lib/engine/index';
import { mulberry32, type Random } from '../src/lib/engine/mlp/random';
import { measure } from './timing';
import { useTfCpu } from './w1-landscape';

const REPS = 10_000;
/** TF.js takes ~ms per repetition, so it runs TF_REPS and its time is scaled up linearly to REPS. */
const TF_REPS = 100;
const VARIABLES = ['a', 'b', 'c', 'd', 'f', 'g', 'h', 'k'];

type Tree =
	| { kind: 'var'; name: string }
	| { kind: 'const'; value: number }
	| { kind: 'add' | 'mul'; args: [Tree, Tree] }
	| { kind: 'tanh' | 'sigmoid' | 'relu' | 'expTanh' | 'logSquare'; arg: Tree };

/** A random tree of the given depth; each op counts the nodes it adds to the tape. */
function grow(random: Random, depth: number): Tree {
	if (depth === 0 || random() < 0.08) {
		return random() < 0.8
			? { kind: 'var', name: VARIABLES[Math.floor(random() * VARIABLES.length)] }
			: { kind: 'const', value: Math.round((random() * 2 - 1) * 100) / 100 };
	}
	const r = random();
	if (r < 0.5)
		return {
			kind: r < 0.3 ? 'add' : 'mul',
			args: [grow(random, depth - 1), grow(random, depth - 1)]
		};
	const unary = ['tanh', 'sigmoid', 'relu', 'expTanh', 'logSquare'] as const;
	return { kind: unary[Math.floor(random() * unary.length)], arg: grow(random, depth - 1) };
}

function source(t: Tree): string {
	switch (t.kind) {
		case 'var':
			return t.name;
		case 'const':
			return `${t.value < 0 ? `(${t.value})` : t.value}`;
		case 'add':
			return `(${source(t.args[0])} + ${source(t.args[1])})`;
		case 'mul':
			return `(${source(t.args[0])} * ${source(t.args[1])})`;
		case 'expTanh':
			return `exp(tanh(${source(t.arg)}))`;
		case 'logSquare':
			return `log(1 + (${source(t.arg)})^2)`;
		default:
			return `${t.kind}(${source(t.arg)})`;
	}
}

function tfEval(t: Tree, x: Record<string, tf.Scalar>): tf.Scalar {
	switch (t.kind) {
		case 'var':
			return x[t.name];
		case 'const':
			return tf.scalar(t.value);
		case 'add':
			return tf.add(tfEval(t.args[0], x), tfEval(t.args[1], x));
		case 'mul':
			return tf.mul(tfEval(t.args[0], x), tfEval(t.args[1], x));
		case 'tanh':
			return tf.tanh(tfEval(t.arg, x));
		case 'sigmoid':
			return tf.sigmoid(tfEval(t.arg, x));
		case 'relu':
			return tf.relu(tfEval(t.arg, x));
		case 'expTanh':
			return tf.exp(tf.tanh(tfEval(t.arg, x)));
		case 'logSquare':
			return tf.log(tf.add(tf.scalar(1), tf.pow(tfEval(t.arg, x), tf.scalar(2))));
	}
}

/** Nodes on the compiled tape (leaves included; each variable is one shared leaf). */
function tapeSize(text: string): number {
	const expr = parse(text);
	return expr instanceof CompiledExpression ? expr.program.size : NaN;
}

/** The first seeded tree whose tape has 180–240 nodes and uses every variable. */
function pickTree(): { tree: Tree; text: string } {
	const random = mulberry32(3);
	for (;;) {
		const tree = grow(random, 9);
		const text = source(tree);
		const size = tapeSize(text);
		if (size >= 180 && size <= 240 && parse(text).variables.length === VARIABLES.length)
			return { tree, text };
	}
}

export async function runW3(): Promise<{
	workload: string;
	engine_ms_median: number;
	tfjs_cpu_ms_median: number;
}> {
	await useTfCpu();
	const { tree, text } = pickTree();
	const expr = parse(text);
	const size = tapeSize(text);
	const random = mulberry32(17);
	const at = Object.fromEntries(VARIABLES.map((v) => [v, random() * 2 - 1]));
	const tfGrads = tf.grads((...xs: tf.Tensor[]) =>
		tfEval(tree, Object.fromEntries(VARIABLES.map((v, i) => [v, xs[i] as tf.Scalar])))
	);
	const tfGradient = () =>
		tf.tidy(() => tfGrads(VARIABLES.map((v) => tf.scalar(at[v]))).map((g) => g.dataSync()[0]));

	// Both must compute the same thing before either is timed (float32 tolerance for TF.js).
	const mine = expr.gradient(at);
	const theirs = tfGradient();
	VARIABLES.forEach((v, i) => {
		const err = Math.abs(mine[v] - theirs[i]) / Math.max(Math.abs(mine[v]), 1e-3);
		if (!(err < 1e-3)) throw new Error(`W3: d/d${v} engine ${mine[v]} vs TF.js ${theirs[i]}`);
	});

	let sink = 0;
	const engine = await measure(() => {
		for (let i = 0; i < REPS; i++) sink += expr.gradient(at).a;
	});
	const tfjs = await measure(
		() => {
			for (let i = 0; i < TF_REPS; i++) sink += tfGradient()[0];
		},
		{ warmup: 1, runs: 7 }
	);
	if (!Number.isFinite(sink)) throw new Error('W3: non-finite gradient');
	return {
		workload: `W3 scalar graph: ${size}-node expression, forward+backward ×${REPS.toLocaleString('en')}`,
		engine_ms_median: engine.median,
		tfjs_cpu_ms_median: tfjs.median * (REPS / TF_REPS)
	};
}
