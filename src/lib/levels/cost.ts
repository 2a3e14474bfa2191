// What a run costs, in "gradient evaluations": the unit a level's evaluation budget is counted in,
// so that methods of different price can be compared on the same budget.
//
//   full gradient      1        the reference unit.
//   function value     ½        reverse mode computes the value on its forward pass and the gradient
//                              on a backward pass of about the same work, so a value alone is about
//                              half a gradient. Only the random methods pay for values: they decide
//                              by comparing them. A gradient method never reads the loss at its new
//                              point (the next gradient's forward pass computes it anyway), so the
//                              value the map shows is free.
//   Hessian            n        n = number of variables: an exact Hessian is n Hessian-vector
//                              products, each about the price of one gradient (Pearlmutter 1994).
//                              A Newton step so costs 1 + n: its gradient and its Hessian.
//   mini-batch of b    b / N    a gradient's work is linear in the examples it averages over, so an
//                              epoch of mini-batches costs what one full gradient does.
import type { EvaluationCounts, OptimizerName } from '../optimizers';

export const VALUE_COST = 0.5;

export interface CostInputs {
	/** Cumulative counts from the optimizer (StepRecord.evaluations). */
	counts: EvaluationCounts;
	/** Number of variables of the objective. */
	dimension: number;
	/** Examples behind the loss (N), when it is a mean over a data set. */
	examples?: number;
	/** How many of the steps so far were taken by a random method (one value each). */
	randomSteps: number;
}

/** The cumulative cost of a run so far, from totals (so no rounding piles up step by step). */
export function evaluationCost({ counts, dimension, examples, randomSteps }: CostInputs): number {
	const batches = counts.examples > 0 ? counts.examples / (examples ?? counts.examples) : 0;
	return counts.gradient + dimension * counts.hessian + batches + VALUE_COST * randomSteps;
}

/** Whether a step by `name` pays for a value rather than a gradient (see the table above). */
export function paysForValues(name: OptimizerName): boolean {
	return name === 'random-search' || name === 'random-local-search';
}

/** Budgets are compared with a little slack: b/N summed over an epoch is 1 only up to rounding. */
export const BUDGET_SLACK = 1e-9;
