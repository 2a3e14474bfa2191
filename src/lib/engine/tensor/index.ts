// Tensor ops on row-major Float64Arrays with their vector-Jacobian products (see each module).
export * from './linear';
export * from './activations';
export * from './losses';
