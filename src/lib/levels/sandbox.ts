// The Sandbox: no goal, no stars, no budget worth the name. Any built-in landscape or a typed
// formula (one or two variables), any optimizer and every advanced control. Data, like the levels,
// so the game reads its limits from here instead of hard-coding them.
import { OPTIMIZER_NAMES, type OptimizerName } from '../optimizers';
import type { Text } from './schema';

export interface SandboxSpec {
	id: 'sandbox';
	title: Text;
	intro: Text;
	/** Every registry landscape may be chosen (landscapes.all()). */
	landscapes: 'all';
	/** A typed formula of one or two variables, with edges the learner sets. */
	formula: { allowed: true; maxVariables: 2; defaultBounds: [number, number] };
	optimizers: readonly OptimizerName[];
	/** Wide ranges, so typos (not experiments) are refused. */
	ranges: { lr: [number, number]; momentum: [number, number]; radius: [number, number] };
	maxSteps: number;
	batchSize: true;
	schedule: true;
	switchTo: true;
}

export const SANDBOX: SandboxSpec = {
	id: 'sandbox',
	title: { en: 'Sandbox', ko: '샌드박스' },
	intro: {
		en: 'Pick any landscape or type your own formula, choose any optimizer and any setting, and watch what happens. Nothing is scored here.',
		ko: '아무 지형이나 고르거나 직접 수식을 입력하고, 원하는 최적화 방법과 설정을 골라 무슨 일이 일어나는지 지켜보세요. 여기서는 점수를 매기지 않습니다.'
	},
	landscapes: 'all',
	formula: { allowed: true, maxVariables: 2, defaultBounds: [-5, 5] },
	optimizers: OPTIMIZER_NAMES,
	ranges: { lr: [1e-6, 100], momentum: [0, 0.999], radius: [1e-6, 100] },
	maxSteps: 5000,
	batchSize: true,
	schedule: true,
	switchTo: true
};
