/** osteosim library entry point: each layer's index says what it offers. */
export * from './engine/index.js';
export * from './model/index.js';
export * as therapies from './therapies/index.js';
export * as outcomes from './outcomes/index.js';
export * as patients from './patients/index.js';
export * as trials from './studies/trials/index.js';
