// Benchmark: 1,000 Adam steps on Rosenbrock through `descend` (the parsed engine expression, so
// the figure includes reverse-mode gradients as a level would run them).
import { parse } from '../src/lib/engine/index';
import { descend } from '../src/lib/optimizers/index';
import { measure } from './timing';

const STEPS = 1000;

export async function runDescendBench(): Promise<{
	workload: string;
	ms_median: number;
	steps_per_second: number;
}> {
	const rosenbrock = parse('(1 - x)^2 + 100*(y - x^2)^2');
	const run = () => {
		descend(rosenbrock, { x: -1.2, y: 1 }, { name: 'adam', lr: 0.01 }, { steps: STEPS });
	};
	const { median } = await measure(run, { warmup: 3, runs: 9 });
	return {
		workload: `descend: ${STEPS} Adam steps on Rosenbrock (parsed expression)`,
		ms_median: median,
		steps_per_second: (STEPS / median) * 1000
	};
}
