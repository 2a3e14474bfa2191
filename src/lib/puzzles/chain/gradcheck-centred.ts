// One gradient check by hand: the centred difference (f(x+h) − f(x−h)) / 2h at a step h large
// enough that its truncation error shows, the exact derivative from the rule, and their relative
// error. Every number comes from the engine (expressions and gradcheck, float64).
import { sigmoid } from '../../engine';
import { accepts, show } from '../numbers';
import { pick, rng, round } from '../random';
import type { Explained, Field, GradcheckPuzzle, Puzzle, PuzzleDef, Text } from '../types';
import { check, FUNCTIONS, row } from './gradcheck-functions';
import {
	analyticSlips,
	centredSlips,
	relativeSlips,
	type Instance,
	type Slip
} from './gradcheck-slips';

/**
 * Steps big enough for the truncation error to show at the two-decimal answer tolerance (smaller
 * ones are the choose-h table's job). h = 2 suits σ, whose slope is small; a draw whose x − h
 * leaves f's domain gives NaN and is drawn again.
 */
const STEPS = [2, 1, 0.5];
/** Smallest gap (and relative error) a puzzle shows, well above the 0.005 answer tolerance. */
const VISIBLE = 0.02;

/** The slips of every field, named ones first (see gradcheck-slips.ts). */
export function slipsOf(i: Instance, key: string): Slip[] {
	if (key === 'numerical') return centredSlips(i);
	if (key === 'analytic') return analyticSlips(i);
	if (key === 'relativeError') return relativeSlips(i);
	throw new Error(`Not a gradient-check field: "${key}"`);
}

const KEYS = ['numerical', 'analytic', 'relativeError'] as const;
const expectedOf = (i: Instance, key: (typeof KEYS)[number]) =>
	key === 'analytic' ? i.c.analytic : i[key];

/** Every slip is wrong (not accepted) and no two slips look alike, so each explanation fits. */
function telling(i: Instance): boolean {
	if (!Number.isFinite(i.numerical) || Math.abs(i.c.analytic) < 0.1) return false;
	if (Math.abs(i.numerical - i.c.analytic) < VISIBLE || i.relativeError < VISIBLE) return false;
	return KEYS.every((key) => {
		const values = [expectedOf(i, key), ...slipsOf(i, key).map((s) => s.value)];
		return values.every((v, j) => values.every((w, k) => j === k || !accepts(v, w)));
	});
}

/** The instance of a seed (re-made by explain, hint and worked from the puzzle's seed). */
export function instance(seed: number): Instance {
	const r = rng(seed);
	let i: Instance | undefined;
	// A few draws at most in practice; the bound only keeps a page from ever hanging.
	for (let k = 0; k < 10_000 && !(i && telling(i)); k++) {
		const fn = pick(r, FUNCTIONS);
		const c = check(fn, round(r, fn.lo, fn.hi, 1));
		const h = pick(r, STEPS);
		const { numerical, relativeError } = row(c, h);
		i = { c, h, numerical, relativeError };
	}
	return i!;
}

const FIELDS: readonly Omit<Field, 'expected'>[] = [
	{
		key: 'numerical',
		kind: 'number',
		label: { en: 'centred difference', ko: '중앙 차분' },
		tex: '\\frac{f(x+h) - f(x-h)}{2h}'
	},
	{
		key: 'analytic',
		kind: 'number',
		label: { en: 'f′(x) from the rule', ko: '규칙으로 구한 f′(x)' },
		tex: "f'(x)"
	},
	{
		key: 'relativeError',
		kind: 'number',
		label: { en: 'relative error', ko: '상대 오차' },
		tex: '\\frac{\\lvert a - n \\rvert}{\\max(\\lvert a \\rvert, \\lvert n \\rvert)}'
	}
];

function prompt(i: Instance): Text {
	const at = `$x = ${show(i.c.x)}$`;
	const step = `$h = ${show(i.h)}$`;
	return {
		en: `Check the derivative of $f$ at ${at} with the step ${step}: compute the centred difference $n$, the exact derivative $a = f'(x)$ from its rule, and their relative error (four significant digits are plenty).`,
		ko: `${at}에서 $f$의 도함수를 간격 ${step}로 검사하세요. 중앙 차분 $n$, 규칙으로 구한 정확한 도함수 $a = f'(x)$, 그리고 둘의 상대 오차를 구하세요(유효숫자 네 자리면 충분합니다).`
	};
}

const title: Text = { en: 'Centred difference', ko: '중앙 차분' };

export const CENTRED: PuzzleDef = {
	id: 'gradcheck.centred',
	version: 1,
	tier: 'gradcheck',
	title,
	make(seed: number): GradcheckPuzzle {
		const i = instance(seed);
		return {
			kind: 'gradcheck',
			id: CENTRED.id,
			version: CENTRED.version,
			seed,
			tier: 'gradcheck',
			title,
			prompt: prompt(i),
			formulaTex: `f(x) = ${i.c.expression.toLatex()}`,
			fields: FIELDS.map((f) => ({
				...f,
				expected: expectedOf(i, f.key as (typeof KEYS)[number])
			})),
			// The one number a learner computes is a field, so the step table stays empty here.
			analytic: i.c.analytic,
			rows: []
		};
	},
	explain(puzzle: Puzzle, field: Field, given: number): Explained {
		const i = instance(puzzle.seed);
		const rule = workedLine(i, field.key);
		const slip = slipsOf(i, field.key).find(
			(s) => !accepts(s.value, field.expected) && accepts(given, s.value)
		);
		if (!slip) return { explanation: rule };
		return {
			mistake: slip.mistake,
			explanation: { en: `${slip.note.en} ${rule.en}`, ko: `${slip.note.ko} ${rule.ko}` }
		};
	},
	hint(_puzzle: Puzzle, field: Field): Text {
		if (field.key === 'numerical')
			return {
				en: 'Evaluate f one step h to the right and one step h to the left of x, subtract, and divide by the full width 2h.',
				ko: 'x에서 오른쪽으로 h, 왼쪽으로 h만큼 떨어진 곳의 f 값을 구해 빼고, 전체 폭 2h로 나누세요.'
			};
		if (field.key === 'analytic')
			return {
				en: 'Differentiate f with the rules (no h at all) and put x in.',
				ko: 'h 없이 미분 규칙으로 f를 미분한 다음 x를 넣으세요.'
			};
		return {
			en: 'Take the size of the gap between a and n and divide it by the larger of |a| and |n|.',
			ko: 'a와 n의 차이의 크기를 |a|와 |n| 중 큰 값으로 나누세요.'
		};
	},
	worked: (puzzle, field) => workedLine(instance(puzzle.seed), field.key)
};

const s6 = (v: number) => show(v, 6);
const paren = (s: string) => (s.startsWith('−') ? `(${s})` : s);

/** The worked line of a field, with its numbers. */
export function workedLine(i: Instance, key: string): Text {
	const { c, h } = i;
	if (key === 'numerical') {
		const [xp, xm] = [c.x + h, c.x - h];
		const line = `(f(${s6(xp)}) − f(${s6(xm)})) / (2·${show(h)}) = (${s6(c.value(xp))} − ${paren(s6(c.value(xm)))}) / ${show(2 * h)} = ${s6(i.numerical)}`;
		return { en: `${line}.`, ko: `${line}.` };
	}
	if (key === 'analytic') {
		const extra = c.fn.id === 'sigmoid' ? ` (σ(${show(c.x)}) = ${s6(sigmoid(c.x))})` : '';
		return {
			en: `f′(x) = ${c.fn.derivativeText.en}, so f′(${show(c.x)}) = ${s6(c.analytic)}${extra}.`,
			ko: `f′(x) = ${c.fn.derivativeText.ko}이므로 f′(${show(c.x)}) = ${s6(c.analytic)}${extra}입니다.`
		};
	}
	const line = `|${s6(c.analytic)} − ${s6(i.numerical)}| / max(|${s6(c.analytic)}|, |${s6(i.numerical)}|) = ${show(i.relativeError)}`;
	return {
		en: `${line}. The exact derivative is right; the gap is the centred difference's truncation error, which shrinks like h² as h gets smaller.`,
		ko: `${line}. 정확한 도함수는 옳습니다. 이 차이는 중앙 차분의 절단 오차로, h가 작아지면 h²에 비례해 줄어듭니다.`
	};
}
