/** osteosim library entry point: each layer's index says what it offers. */
export * from './engine/index.js';
export * from './model/index.js';
