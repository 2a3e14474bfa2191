// LaTeX (KaTeX-compatible) for a Program, built bottom-up over the node list so that a
// 5,000-term sum needs no recursion. Each op's form and operand precedences come from the op
// table; an operand is wrapped in \left( \right) only when its precedence is too low for its slot.
import { OP_LIST, PREC } from './ops';
import { CONST, VAR, type Program } from './program';

export function programToLatex(p: Program): string {
	const text: string[] = new Array(p.size);
	const prec = new Float64Array(p.size);
	for (let k = 0; k < p.size; k++) {
		const c = p.code[k];
		if (c === VAR) [text[k], prec[k]] = [variableLatex(p.text[k]), PREC.atom];
		else if (c === CONST) [text[k], prec[k]] = constantLatex(p.text[k], p.constant[k]);
		else {
			const op = OP_LIST[c];
			const inputs = op.arity === 1 ? [p.a[k]] : [p.a[k], p.b[k]];
			const args = inputs.map((i, slot) =>
				prec[i] < op.latex.min[slot] ? `\\left(${text[i]}\\right)` : text[i]
			);
			text[k] = op.latex.render(args);
			prec[k] = op.latex.prec;
		}
	}
	return text[p.size - 1];
}

/** A number as written, normalised (`.5` → 0.5, `1e-3` → 0.001); huge or tiny ones as a·10^{b}. */
export function numberLatex(value: number): [string, number] {
	// A negative constant (a graph node made in code; the parser's are never negative) reads as a
	// negation, so it is bracketed wherever -x would be.
	if (value < 0 || Object.is(value, -0)) return [`-${numberLatex(-value)[0]}`, PREC.neg];
	if (value === Infinity) return ['\\infty', PREC.atom];
	const s = String(value);
	const m = /^([\d.]+)e([+-])(\d+)$/.exec(s);
	if (!m) return [s, PREC.atom];
	const exponent = `${m[2] === '-' ? '-' : ''}${m[3]}`;
	return m[1] === '1'
		? [`10^{${exponent}}`, PREC.power]
		: [`${m[1]} \\times 10^{${exponent}}`, PREC.product];
}

/** `pi` → \pi, `e` → e, any other constant by its value. */
export function constantLatex(name: string, value: number): [string, number] {
	if (name === 'pi') return ['\\pi', PREC.atom];
	if (name === 'e') return ['e', PREC.atom];
	return numberLatex(value);
}

const GREEK = new Set(
	'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi rho sigma tau upsilon phi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega'.split(
		' '
	)
);

/** `x` → x, `w0`/`w_0` → w_{0}, `theta` → \theta, `lr` → \mathrm{lr}. */
export function variableLatex(name: string): string {
	const m = /^([A-Za-z]+)(?:_?(\d+)|_([A-Za-z0-9_]+))$/.exec(name);
	const base = m ? m[1] : name;
	const sub = m ? (m[2] ?? m[3]) : undefined;
	const body =
		base.length === 1
			? base
			: GREEK.has(base)
				? `\\${base}`
				: `\\mathrm{${base.replaceAll('_', '\\_')}}`;
	return sub === undefined ? body : `${body}_{${sub.replaceAll('_', '\\_')}}`;
}
