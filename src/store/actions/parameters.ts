/** Actions that change method parameters. Every change recomputes the analysis live. */
import { defaultParameters, type Parameters } from '../../model/parameters';
import { appStore } from '../store';

/** Merge parameter changes. */
export function setParameters(changes: Partial<Parameters>): void {
  appStore.setState((state) => ({ parameters: { ...state.parameters, ...changes } }));
}

function withEntry(map: Record<string, number>, key: string, value: number | undefined): Record<string, number> {
  const next = { ...map };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** Override an indicator's weight (undefined = back to the file's weight). */
export function setIndicatorWeight(indicator: string, weight: number | undefined): void {
  appStore.setState((state) => ({
    parameters: { ...state.parameters, weights: withEntry(state.parameters.weights, indicator, weight) },
  }));
}

/** Set a pillar multiplier (undefined = 1). */
export function setPillarWeight(pillar: string, weight: number | undefined): void {
  appStore.setState((state) => ({
    parameters: { ...state.parameters, pillarWeights: withEntry(state.parameters.pillarWeights, pillar, weight) },
  }));
}

/** Override a technology's relevance (undefined = back to the file's relevance). */
export function setTechnologyRelevance(technology: string, relevance: number | undefined): void {
  appStore.setState((state) => ({
    parameters: { ...state.parameters, relevance: withEntry(state.parameters.relevance, technology, relevance) },
  }));
}

/** Every method parameter back to METHODOLOGY.md defaults; the side and rivals stay. */
export function resetMethodParameters(): void {
  appStore.setState((state) => ({
    parameters: { ...defaultParameters(), side: state.parameters.side, rivals: state.parameters.rivals, year: state.parameters.year },
  }));
}
