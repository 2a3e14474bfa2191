// Numbers, names and formulas as the explanations write them: plain Unicode text (σ, ∂, ×, −) so a
// screen reader reads them aloud and no renderer is needed. The TeX forms live in names.ts.
import type { GraphNode } from '../../engine';
import { show } from '../numbers';
import type { Text } from '../types';

/** A number as the learner would write it (4 significant digits, Unicode minus). */
export const num = (v: number) => show(v);

/** A number as an operand: negative ones in parentheses, so "2 × (−4)" reads unambiguously. */
export const arg = (v: number) => (v < 0 ? `(${show(v)})` : show(v));

/** "a × b", the first factor bare and the second parenthesised when negative. */
export const times = (a: number, b: number) => `${num(a)} × ${arg(b)}`;

/** The same words in both languages (formulas read the same in English and Korean). */
export const both = (s: string): Text => ({ en: s, ko: s });

/** Sentences joined with a space, skipping missing ones. */
export function join(...parts: (Text | undefined)[]): Text {
	const present = parts.filter((p): p is Text => p !== undefined);
	return {
		en: present.map((p) => p.en).join(' '),
		ko: present.map((p) => p.ko).join(' ')
	};
}

/** A node's name in text: its label, a constant's value, or `n<id>` for an unnamed op. */
export function nameOf(node: Pick<GraphNode, 'id' | 'op' | 'label' | 'value'>): string {
	if (node.op === 'const' && (node.label === '' || /^[-\d.]/.test(node.label)))
		return num(node.value);
	return node.label !== '' ? node.label : `n${node.id}`;
}

type Form = (a: string, b: string) => string;

/** Each op of the engine's table written out in text, operands already formatted. */
const FORMS: Readonly<Record<string, Form>> = {
	add: (a, b) => `${a} + ${b}`,
	sub: (a, b) => `${a} − ${b}`,
	mul: (a, b) => `${a} × ${b}`,
	div: (a, b) => `${a} / ${b}`,
	pow: (a, b) => `${a}^${b}`,
	max: (a, b) => `max(${a}, ${b})`,
	min: (a, b) => `min(${a}, ${b})`,
	neg: (a) => `−${a}`,
	exp: (a) => `exp(${a})`,
	log: (a) => `ln(${a})`,
	sqrt: (a) => `√(${a})`,
	abs: (a) => `|${a}|`,
	sin: (a) => `sin(${a})`,
	cos: (a) => `cos(${a})`,
	tanh: (a) => `tanh(${a})`,
	sigmoid: (a) => `σ(${a})`,
	relu: (a) => `ReLU(${a})`,
	softplus: (a) => `softplus(${a})`,
	leakyRelu: (a) => `LeakyReLU(${a})`,
	elu: (a) => `ELU(${a})`
};

const INFIX = new Set(['add', 'sub', 'mul', 'div', 'pow', 'neg']);

function form(op: string): Form {
	const f = FORMS[op];
	if (f === undefined) throw new Error(`No text form for op "${op}"`);
	return f;
}

/** What an op node computes, in its inputs' names: "x + y", "σ(z)". */
export function formulaText(node: GraphNode): string {
	const [a, b] = node.inputs.map(nameOf);
	return form(node.op)(a, b ?? a);
}

/** The same with the inputs' numbers: "−2 + 5", "2 × (−4)", "σ(1)", "(−2)^2". */
export function numbersText(node: GraphNode): string {
	const values = node.inputs.map((input) => input.value);
	const infix = INFIX.has(node.op);
	const first = infix && (node.op === 'pow' || node.op === 'neg') ? arg : num;
	const a = infix ? first(values[0]) : num(values[0]);
	const b = values.length > 1 ? (infix ? arg(values[1]) : num(values[1])) : a;
	return form(node.op)(a, b);
}
