/**
 * Every assumption of the method as a control: core parameters, indicator weights grouped by
 * pillar, pillar multipliers, technology relevance and the Monte Carlo settings.
 */
import { DEFAULT_PARAMETERS } from '../../model/parameters';
import type { Dataset, Indicator } from '../../model/dataset';
import { localName } from '../../i18n/names';
import type { MessageKey } from '../../i18n';
import { useAppStore } from '../../store/store';
import { useActiveDataset, useAnalysis } from '../../store/selectors';
import {
  resetMethodParameters,
  setIndicatorWeight,
  setParameters,
  setPillarWeight,
  setTechnologyRelevance,
} from '../../store/actions/parameters';
import { useLocale, useT } from '../i18n-hooks';
import { NumberField } from './NumberField';

type CoreKey = 'saturation' | 'trendWindow' | 'horizon' | 'maxYears' | 'parityBand' | 'staleness';

/** Ranges of the core parameters (wide enough for any sensible assessment). */
const CORE: { key: CoreKey; label: MessageKey; min: number; max: number; step: number }[] = [
  { key: 'saturation', label: 'params.saturation', min: 0.5, max: 10, step: 0.5 },
  { key: 'trendWindow', label: 'params.trendWindow', min: 2, max: 25, step: 1 },
  { key: 'horizon', label: 'params.horizon', min: 1, max: 50, step: 1 },
  { key: 'maxYears', label: 'params.maxYears', min: 1, max: 100, step: 1 },
  { key: 'parityBand', label: 'params.parityBand', min: 0, max: 0.5, step: 0.01 },
  { key: 'staleness', label: 'params.staleness', min: 0, max: 20, step: 1 },
];

function scoredIndicators(dataset: Dataset): Indicator[] {
  return dataset.indicators.filter((indicator) => indicator.kind !== 'text' && indicator.scope === 'technology');
}

function byPillar(indicators: Indicator[]): [string, Indicator[]][] {
  const groups = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    const pillar = indicator.pillar ?? '';
    groups.set(pillar, [...(groups.get(pillar) ?? []), indicator]);
  }
  return [...groups.entries()];
}

export function ParameterPanel() {
  const t = useT();
  const locale = useLocale();
  const dataset = useActiveDataset();
  const analysis = useAnalysis();
  const parameters = useAppStore((state) => state.parameters);
  const indicators = dataset ? scoredIndicators(dataset) : [];
  const groups = byPillar(indicators);

  return (
    <div className="parameter-panel">
      <p className="help">{t('params.help')}</p>
      <button type="button" onClick={resetMethodParameters}>
        {t('params.reset')}
      </button>
      {analysis.status === 'invalid' ? (
        <div role="alert" className="params-invalid">
          <p>{t('params.invalid')}</p>
          <ul>
            {analysis.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <fieldset className="params-section">
        <legend>{t('params.section.core')}</legend>
        {CORE.map(({ key, label, min, max, step }) => (
          <NumberField
            key={key}
            label={t(label)}
            value={parameters[key]}
            defaultValue={DEFAULT_PARAMETERS[key]}
            min={min}
            max={max}
            step={step}
            onChange={(value) => setParameters({ [key]: value })}
          />
        ))}
      </fieldset>

      <fieldset className="params-section">
        <legend>{t('params.section.weights')}</legend>
        {indicators.length === 0 ? <p>{t('params.noScored')}</p> : null}
        {groups.map(([pillar, members]) => (
          <div key={pillar} className="params-group">
            <h4>{pillar || t('params.pillar.none')}</h4>
            {members.map((indicator) => (
              <NumberField
                key={indicator.id}
                label={t('params.weightOf', { name: localName(indicator, locale, indicator.id) })}
                value={parameters.weights[indicator.id] ?? indicator.weight}
                defaultValue={indicator.weight}
                min={0}
                max={10}
                step={0.25}
                onChange={(value) => setIndicatorWeight(indicator.id, value === indicator.weight ? undefined : value)}
                onReset={() => setIndicatorWeight(indicator.id, undefined)}
              />
            ))}
          </div>
        ))}
      </fieldset>

      {groups.some(([pillar]) => pillar !== '') ? (
        <fieldset className="params-section">
          <legend>{t('params.section.pillars')}</legend>
          {groups
            .filter(([pillar]) => pillar !== '')
            .map(([pillar]) => (
              <NumberField
                key={pillar}
                label={t('params.pillarOf', { name: pillar })}
                value={parameters.pillarWeights[pillar] ?? 1}
                defaultValue={1}
                min={0}
                max={10}
                step={0.25}
                onChange={(value) => setPillarWeight(pillar, value === 1 ? undefined : value)}
                onReset={() => setPillarWeight(pillar, undefined)}
              />
            ))}
        </fieldset>
      ) : null}

      {dataset && dataset.technologies.length > 0 ? (
        <fieldset className="params-section">
          <legend>{t('params.section.relevance')}</legend>
          {dataset.technologies.map((technology) => (
            <NumberField
              key={technology.id}
              label={t('params.relevanceOf', { name: localName(technology, locale, technology.id) })}
              value={parameters.relevance[technology.id] ?? technology.relevance}
              defaultValue={technology.relevance}
              min={0}
              max={10}
              step={0.25}
              onChange={(value) => setTechnologyRelevance(technology.id, value === technology.relevance ? undefined : value)}
              onReset={() => setTechnologyRelevance(technology.id, undefined)}
            />
          ))}
        </fieldset>
      ) : null}

      <fieldset className="params-section">
        <legend>{t('params.section.monteCarlo')}</legend>
        <NumberField
          label={t('params.draws')}
          value={parameters.monteCarlo.draws}
          defaultValue={DEFAULT_PARAMETERS.monteCarlo.draws}
          min={10}
          max={20000}
          step={10}
          onChange={(draws) => setParameters({ monteCarlo: { ...parameters.monteCarlo, draws } })}
        />
        <NumberField
          label={t('params.seed')}
          value={parameters.monteCarlo.seed}
          defaultValue={DEFAULT_PARAMETERS.monteCarlo.seed}
          min={0}
          max={2 ** 32 - 1}
          step={1}
          noSlider
          onChange={(seed) => setParameters({ monteCarlo: { ...parameters.monteCarlo, seed } })}
        />
      </fieldset>
    </div>
  );
}
