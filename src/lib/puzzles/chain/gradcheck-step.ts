// "Choose h": the same centred difference at h = 10⁰ … 10⁻¹², each with its relative error to the
// exact derivative, computed by the engine's gradcheck in float64. The error first falls like h²
// (truncation) and then grows like ε/h (round-off); the learner names the exponent of the best row.
import { show } from '../numbers';
import { pick, rng, round } from '../random';
import type {
	Explained,
	Field,
	GradcheckPuzzle,
	GradcheckRow,
	Puzzle,
	PuzzleDef,
	Text
} from '../types';
import { check, FUNCTIONS, row, stepOf, STEP_EXPONENTS, type Checked } from './gradcheck-functions';

export interface StepInstance {
	readonly c: Checked;
	/** One row per exponent of STEP_EXPONENTS, in that order. */
	readonly rows: readonly GradcheckRow[];
	/** The exponent k of the row with the smallest relative error. */
	readonly best: number;
}

/** A clear winner: at most half the error of every other row, and both kinds of error visible. */
function clear(i: StepInstance): boolean {
	const errors = i.rows.map((r) => r.relativeError);
	if (Math.abs(i.c.analytic) < 0.1 || !errors.every(Number.isFinite)) return false;
	const least = errors[-i.best];
	return (
		errors.every((e, j) => j === -i.best || least < 0.5 * e) &&
		errors[0] >= 1e-3 &&
		errors[errors.length - 1] >= 1e-6
	);
}

export function stepInstance(seed: number): StepInstance {
	const r = rng(seed);
	let i: StepInstance | undefined;
	// A few draws at most in practice; the bound only keeps a page from ever hanging.
	for (let k = 0; k < 10_000 && !(i && clear(i)); k++) {
		const fn = pick(r, FUNCTIONS);
		const c = check(fn, round(r, fn.lo, fn.hi, 1));
		const rows = STEP_EXPONENTS.map((e) => row(c, stepOf(e)));
		let best = 0;
		rows.forEach((w, j) => {
			if (w.relativeError < rows[-best].relativeError) best = -j;
		});
		i = { c, rows, best };
	}
	return i!;
}

const e2 = (v: number) => show(v, 2);
const errorAt = (i: StepInstance, k: number) => e2(i.rows[-k].relativeError);

function explain(puzzle: Puzzle, _field: Field, given: number): Explained {
	const i = stepInstance(puzzle.seed);
	const best = `The smallest relative error, ${errorAt(i, i.best)}, is at h = 10^${show(i.best)}.`;
	const bestKo = `가장 작은 상대 오차 ${errorAt(i, i.best)}는 h = 10^${show(i.best)}에 있습니다.`;
	if (!STEP_EXPONENTS.includes(given)) {
		return {
			mistake: given === -i.best ? 'sign-slip' : undefined,
			explanation: {
				en: `k is the exponent of one of the rows, a whole number from 0 down to −12 (h = 10^k is small, so k is not positive). ${best}`,
				ko: `k는 표의 한 행의 지수로, 0부터 −12까지의 정수입니다(h = 10^k는 작으므로 k는 양수가 아닙니다). ${bestKo}`
			}
		};
	}
	const here = `h = 10^${show(given)}: ${errorAt(i, given)}`;
	if (given > i.best) {
		return {
			explanation: {
				en: `At ${here}. That step is still too large: truncation error dominates, and it shrinks like h², about a hundredfold per row. ${best}`,
				ko: `${here}. 이 간격은 아직 너무 큽니다. 절단 오차가 지배하며, 이 오차는 h²에 비례해 한 행마다 약 100배씩 줄어듭니다. ${bestKo}`
			}
		};
	}
	return {
		explanation: {
			en: `At ${here}. That step is too small: f(x+h) and f(x−h) agree in almost every digit, so their rounding error (about ε·|f| with ε ≈ 2.2·10⁻¹⁶) divided by 2h dominates and grows like 1/h. ${best}`,
			ko: `${here}. 이 간격은 너무 작습니다. f(x+h)와 f(x−h)가 거의 모든 자릿수에서 같아서, 그 반올림 오차(약 ε·|f|, ε ≈ 2.2·10⁻¹⁶)를 2h로 나눈 값이 지배하며 1/h에 비례해 커집니다. ${bestKo}`
		}
	};
}

function worked(i: StepInstance): Text {
	const last = STEP_EXPONENTS[STEP_EXPONENTS.length - 1];
	const path = `${errorAt(i, 0)} (h = 1) → ${errorAt(i, i.best)} (h = 10^${show(i.best)}) → ${errorAt(i, last)} (h = 10^${show(last)})`;
	return {
		en: `The relative error goes ${path}: it falls while truncation error (∝ h²) shrinks and rises once round-off (∝ ε/h) takes over, so k = ${show(i.best)}. The exact derivative is never in doubt; a check like this one catches bugs in code that computes gradients.`,
		ko: `상대 오차는 ${path}로 변합니다. 절단 오차(∝ h²)가 줄어드는 동안 작아지다가 반올림 오차(∝ ε/h)가 커지면 다시 커지므로 k = ${show(i.best)}입니다. 정확한 도함수 자체는 의심할 필요가 없습니다. 이런 검사는 기울기를 계산하는 코드의 버그를 잡아냅니다.`
	};
}

const title: Text = { en: 'Choosing h', ko: 'h 고르기' };

function prompt(i: StepInstance): Text {
	const at = `$x = ${show(i.c.x)}$`;
	return {
		en: `The table compares the exact derivative of $f$ at ${at} with centred differences for steps $h = 10^0$ down to $10^{-12}$. Which step agrees best? Enter the exponent $k$ of that $h = 10^k$ (for example −3).`,
		ko: `표는 ${at}에서 $f$의 정확한 도함수를 간격 $h = 10^0$부터 $10^{-12}$까지의 중앙 차분과 비교합니다. 어느 간격이 가장 잘 맞나요? 그 $h = 10^k$의 지수 $k$를 입력하세요(예: −3).`
	};
}

export const CHOOSE_H: PuzzleDef = {
	id: 'gradcheck.choose-h',
	version: 1,
	tier: 'gradcheck',
	title,
	make(seed: number): GradcheckPuzzle {
		const i = stepInstance(seed);
		return {
			kind: 'gradcheck',
			id: CHOOSE_H.id,
			version: CHOOSE_H.version,
			seed,
			tier: 'gradcheck',
			title,
			prompt: prompt(i),
			formulaTex: `f(x) = ${i.c.expression.toLatex()},\\quad f'(x) = ${i.c.fn.derivativeTex}`,
			fields: [
				{
					key: 'bestExponent',
					kind: 'number',
					label: { en: 'k of the best step h = 10^k', ko: '가장 좋은 간격 h = 10^k의 k' },
					tex: 'k',
					expected: i.best
				}
			],
			analytic: i.c.analytic,
			rows: i.rows
		};
	},
	explain,
	hint: () => ({
		en: 'Read down the relative-error column: it first falls, then rises again. Which row is lowest?',
		ko: '상대 오차 열을 위에서 아래로 읽어 보세요. 처음에는 줄다가 다시 커집니다. 어느 행이 가장 작나요?'
	}),
	worked: (puzzle) => worked(stepInstance(puzzle.seed))
};
