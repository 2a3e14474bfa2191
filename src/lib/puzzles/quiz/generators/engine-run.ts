// The engine and optimizers as the group-A generators use them, so every numeric key is the
// engine's own number: a formula parsed by the engine, stepped by the optimizers' Descent model.
import { getOp, derivativeRule, parse } from '../../../engine';
import {
	createDescent,
	type OptimizerSettings,
	type StepRecord,
	type Vector
} from '../../../optimizers';

/** The records of `steps` optimizer steps on the formula `source` from `start`. */
export function runSteps(
	source: string,
	start: Vector,
	settings: OptimizerSettings,
	steps: number
): StepRecord[] {
	const descent = createDescent(parse(source), start, settings, { steps });
	const out: StepRecord[] = [];
	for (let record = descent.step(); record; record = descent.step()) out.push(record);
	return out;
}

/** The point after `steps` steps (the start when a step could not be taken). */
export function pointAfter(
	source: string,
	start: Vector,
	settings: OptimizerSettings,
	steps: number
): Vector {
	const records = runSteps(source, start, settings, steps);
	return records.length ? records[records.length - 1].after : start;
}

/** An op's value at x (the engine's op table: sigmoid, tanh, relu, leakyRelu, elu …). */
export const opValue = (op: string, x: number) => getOp(op).forward(x, 0);

/** An op's derivative at x, from the same table. */
export function opSlope(op: string, x: number): number {
	const rule = getOp(op);
	return derivativeRule(rule, 0)(x, 0, rule.forward(x, 0));
}

/** The exact gradient of a formula at a point (reverse mode). */
export const gradientOf = (source: string, at: Vector) => parse(source).gradient(at);

/** The value of a formula at a point. */
export const valueOf = (source: string, at: Vector) => parse(source).value(at);
