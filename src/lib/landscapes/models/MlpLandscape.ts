// A landscape through a real trained network (Li et al. 2018, "Visualizing the Loss Landscape of
// Neural Nets"): a small MLP is trained by the engine on a seeded data set, then the map is the
// loss over θ* + a·d1 + b·d2, d1 and d2 filter-normalised random directions through the trained
// weights θ*. Training happens on first use, not at import, and is memoised; it is deterministic,
// so a worker that builds the same landscape gets the same weights bit for bit.
import {
	blobs,
	circles,
	filterNormalizedDirection,
	initParameters,
	Mlp,
	moons,
	twoSpirals,
	xor,
	type Dataset,
	type MlpJob,
	type MlpSpec
} from '../../engine';
import type { Bounds, CriticalPoint, Point, Text } from '../types';
import { fullObjective, projectPath, sliceObjective, type TrainedMlp } from './mlp-objectives';
import { trainAdam } from './train';
import type { ModelLandscape, StochasticLandscapeObjective } from './types';

export type DatasetName = 'spirals' | 'moons' | 'circles' | 'xor' | 'blobs';

const DATASETS: Record<DatasetName, (n: number, options: { seed: number }) => Dataset> = {
	spirals: twoSpirals,
	moons,
	circles,
	xor,
	blobs
};

export interface MlpLandscapeSpec {
	id: string;
	name: Text;
	description: Text;
	data: { set: DatasetName; examples: number; seed: number };
	net: { hidden: number[]; activation: 'sigmoid' | 'tanh' | 'relu' };
	train: { seed: number; steps: number; lr: number };
	/** Seeds of d1 and d2. */
	directions: readonly [number, number];
	/** a and b both run over [−range, range]. */
	range: number;
}

export class MlpLandscape implements ModelLandscape {
	readonly version = 1;
	readonly family = 'model';
	readonly id: string;
	readonly name: Text;
	readonly description: Text;
	readonly tex = 'L(a,b)=L(\\theta^*+a\\,\\delta_1+b\\,\\delta_2)';
	readonly bounds: Bounds;
	readonly starts: readonly Point[];
	readonly critical: readonly CriticalPoint[] = [];
	readonly objective: StochasticLandscapeObjective;
	readonly netSpec: MlpSpec;
	private built: TrainedMlp | null = null;

	constructor(readonly spec: MlpLandscapeSpec) {
		const r = spec.range;
		this.id = spec.id;
		this.name = spec.name;
		this.description = spec.description;
		this.bounds = { a: [-r, r], b: [-r, r] };
		this.starts = [
			{ a: 0.8 * r, b: 0.6 * r },
			{ a: -0.7 * r, b: 0.75 * r }
		];
		this.netSpec = {
			inputs: 2,
			hidden: spec.net.hidden,
			outputs: 1,
			activation: spec.net.activation,
			output: 'sigmoid-bce'
		};
		this.objective = sliceObjective(() => this.trained());
	}

	/** False until something needed the trained network (the UI can say "training…"). */
	get isTrained(): boolean {
		return this.built !== null;
	}

	/** The trained network, its data and slice directions (trains on the first call only). */
	trained(): TrainedMlp {
		if (this.built) return this.built;
		const { data, train, directions } = this.spec;
		const set = DATASETS[data.set](data.examples, { seed: data.seed });
		const mlp = new Mlp(this.netSpec, set.n);
		const theta = initParameters(this.netSpec, train.seed);
		const loss = trainAdam(mlp, theta, set.X, set.y, train);
		const d1 = filterNormalizedDirection(mlp.layers, theta, directions[0]);
		const d2 = filterNormalizedDirection(mlp.layers, theta, directions[1]);
		this.built = { mlp, X: set.X, y: set.y, theta, d1, d2, loss };
		return this.built;
	}

	/** The loss over every parameter, named p0 … pN−1 in the engine's flat layout. */
	full(): StochasticLandscapeObjective {
		return fullObjective(this.trained());
	}

	/** The seeded initial weights training started from, as a point of `full()`: a level's start. */
	initialPoint(): Point {
		const init = initParameters(this.netSpec, this.spec.train.seed);
		return Object.fromEntries(Array.from(init, (v, i) => [`p${i}`, v]));
	}

	/** Where points of a full-dimensional path land on this map (a least-squares projection). */
	projectPath(points: readonly (Point | Float64Array)[]): { a: number; b: number }[] {
		return projectPath(this.trained(), points);
	}

	gridJob(n: number): MlpJob {
		const { X, y, theta, d1, d2 } = this.trained();
		return {
			kind: 'mlp',
			spec: this.netSpec,
			data: { X, y },
			theta,
			d1,
			d2,
			range: { a: this.bounds.a, b: this.bounds.b },
			n
		};
	}
}
