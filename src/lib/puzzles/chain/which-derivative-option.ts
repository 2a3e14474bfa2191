// The pieces of the "which derivative?" table: an option is one candidate derivative written
// three ways (TeX, plain text for screen readers, and a number at (x, y) so tests can hold it
// against finite differences), with the reason it is right or the slip it stands for.
import type { OpName } from '../../engine';
import type { Text } from '../types';

export interface Option {
	readonly tex: string;
	readonly text: Text;
	readonly value: (x: number, y: number) => number;
	/** Why it is right, or what a learner did to get it. */
	readonly why: Text;
}

/** One question form: d/dx (or d/dy) of one op of the engine's op table. */
export interface FormDef {
	readonly id: string;
	readonly op: OpName;
	/** The op's input the asked variable feeds. */
	readonly input: 0 | 1;
	readonly wrt: 'x' | 'y';
	/** The seeded parameter: an inner scale k in op(kx), an exponent or a base; [1] when none. */
	readonly ks: readonly number[];
	/** x must be positive (ln and √ of x, in the function or in a distractor). */
	readonly positive?: boolean;
	/** The op's inputs (a, b) at (x, y). */
	args(x: number, y: number, k: number): [number, number];
	/** d(input)/d(wrt): the chain-rule factor in front of the op's local derivative. */
	chain(k: number): number;
	/** The op's inputs in TeX, for the op table's own LaTeX renderer. */
	texArgs(k: number): string[];
	right(k: number): Option;
	/** Plausible wrong answers; the generator drops any that equal the right one for this k. */
	wrong(k: number): Option[];
}

export const same = (s: string): Text => ({ en: s, ko: s });

export const option = (
	tex: string,
	plain: string | Text,
	value: Option['value'],
	why: Text
): Option => ({
	tex,
	text: typeof plain === 'string' ? same(plain) : plain,
	value,
	why
});

/** `kx` as TeX and plain text (just `x` when k = 1). */
export const inner = (k: number) => (k === 1 ? 'x' : `${k}x`);
/** The chain-rule factor written in front: `2 \cdot ` / `2·`, nothing when k = 1. */
export const factorTex = (k: number) => (k === 1 ? '' : `${k} \\cdot `);
export const factorText = (k: number) => (k === 1 ? '' : `${k}·`);

/** A two-branch derivative at a kink: `upper` where `cond` holds, `lower` elsewhere. */
export function cases(
	upper: string,
	lower: string,
	[condTex, elseTex]: readonly [string, string],
	[condText, elseText]: readonly [string, string],
	value: Option['value'],
	why: Text
): Option {
	return option(
		`\\begin{cases} ${upper} & ${condTex} \\\\ ${lower} & ${elseTex} \\end{cases}`,
		{
			en: `${plain(upper)} if ${condText}, ${plain(lower)} if ${elseText}`,
			ko: `${condText}이면 ${plain(upper)}, ${elseText}이면 ${plain(lower)}`
		},
		value,
		why
	);
}

/** The few TeX pieces the branch values use, as plain text. */
const plain = (tex: string) =>
	tex
		.replace(/e\^\{([^}]*)\}/g, 'e^($1)')
		.replace(/\\,/g, '')
		.replace(/-/g, '−');

/** The branch conditions at x = 0, as TeX and as plain text. */
export const AT_ZERO = [
	['x > 0', 'x < 0'],
	['x > 0', 'x < 0']
] as const;

export const forgotChain = (k: number): Text => ({
	en: `forgets the chain factor: the inner ${inner(k)} changes ${k} times as fast as x`,
	ko: `연쇄 법칙의 인수를 빠뜨렸습니다. 안쪽의 ${inner(k)}는 x보다 ${k}배 빠르게 변합니다`
});
export const ITSELF: Text = {
	en: 'is the function itself, not its slope',
	ko: '기울기가 아니라 함수 자체입니다'
};
export const SIGN: Text = { en: 'has the wrong sign', ko: '부호가 반대입니다' };

/** op(kx) with its right derivative k·op′(kx) and a pool of slips, all as functions of k. */
export function unary(
	op: OpName,
	ks: readonly number[],
	right: (k: number) => Option,
	wrong: (k: number) => Option[],
	positive = false
): FormDef {
	return {
		id: op,
		op,
		input: 0,
		wrt: 'x',
		ks,
		positive,
		args: (x, _y, k) => [k * x, k * x],
		chain: (k) => k,
		texArgs: (k) => [inner(k)],
		right,
		wrong
	};
}

/** The inner scales k of op(kx). */
export const K = [1, 2, 3];
