/**
 * The engine: model definition and composition, the compiler (right-hand side, analytic Jacobian and its sparsity
 * pattern; parameter-only quantities computed once per parameter vector), stiff and non-stiff solvers with dense
 * output (the stiff one with dense or sparse LU), events and dosing, steady state. It knows no biology.
 */
export { composeModel, didYouMean, EVIDENCE_KINDS } from './model.js';
export type { ComposedModel, DerivedDef, EvidenceKind, ModuleDef, ParameterDef, StateDef } from './model.js';
export { compileModel } from './compile.js';
export type { CachedVectorFn, CompiledModel, CompileOptions, ModelKernels, ScalarFn, VectorFn } from './compile.js';
export { ModelError, SolverError } from './errors.js';
export { scheduleEvents } from './events.js';
export type { BolusEvent, EngineEvent, InfusionEvent, ParameterChangeEvent, StateTriggerEvent, TimedAction, TriggerAction } from './events.js';
export { simulate } from './simulate.js';
export type { FiredTrigger, SimulateInput, SimulateOptions, SimulationResult } from './simulate.js';
export { steadyState } from './steady-state.js';
export type { SteadyState, SteadyStateOptions } from './steady-state.js';
export { RosenbrockStepper } from './solvers/rosenbrock.js';
export { DormandPrinceStepper } from './solvers/dopri5.js';
export { RODAS5P } from './solvers/rodas5p-tableau.js';
export type { LinearSolver, Method, OdeSystem, SolverStats, Stepper, StepperOptions } from './solvers/types.js';
export { densePattern, sparseLu, sparsityPattern } from './sparse.js';
export type { SparseLu, SparseLuOptions, SparsityPattern } from './sparse.js';
export { parseExpr } from './expr/parse.js';
export { differentiate } from './expr/derivative.js';
export { formatExpr } from './expr/ast.js';
export type { Expr } from './expr/ast.js';
