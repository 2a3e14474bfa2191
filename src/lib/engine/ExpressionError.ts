// The one error type for bad expression source: a message saying what was expected, and where.

export class ExpressionError extends Error {
	/** 0-based offset (UTF-16 code units) in the source where the problem is. */
	readonly position: number;

	constructor(message: string, position: number) {
		super(message);
		this.name = 'ExpressionError';
		this.position = position;
	}
}
