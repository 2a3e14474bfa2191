// Public entry of the engine (CONTRACT.md): expressions with exact gradients and Hessians, the
// op table, computational graphs for the puzzles, and gradient checking.
export { ExpressionError } from './ExpressionError';
export { parse, type Expression } from './expression';
export { MAX_DEPTH, MAX_SOURCE_LENGTH } from './parser';
export {
	OPS,
	OP_LIST,
	PREC,
	LEAKY_SLOPE,
	ELU_ALPHA,
	getOp,
	derivativeRule,
	secondDerivativeRule,
	sigmoid,
	softplus,
	type OpName,
	type OpRule,
	type LocalRule
} from './ops';
export { Graph, type Operand } from './Graph';
export { GraphNode, type Upstream } from './GraphNode';
export { graphFromExpression, type ExpressionGraph } from './graph-from-expression';
export {
	gradcheck,
	gradcheckExpression,
	numericalGradient,
	relativeError,
	DEFAULT_H,
	RELATIVE_ERROR_FLOOR,
	type GradcheckResult,
	type GradcheckOptions
} from './gradcheck';

// The tensor half: fused float64 ops with their vector-Jacobian products, small MLPs on one flat
// parameter vector (with their data sets and loss-landscape slices), and the loss-grid worker core.
export * as tensor from './tensor';
export * from './mlp';
export * from './grid';
