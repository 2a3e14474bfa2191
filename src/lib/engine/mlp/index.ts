// Multilayer perceptrons on one flat parameter vector, their data sets and loss-landscape slices.
export * from './spec';
export * from './init';
export * from './random';
export { Mlp } from './Mlp';
export * from './datasets';
export * from './directions';
