/**
 * The Method page: every assumption as a control, and every formula of the method explained in
 * Japanese and English, with the worked example computed live by the engine.
 */
import { useMemo } from 'react';
import type { MessageKey } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { ADVANTAGE_CLASSES } from '../../model/results';
import { useLocale, useT } from '../../app/i18n-hooks';
import { ParameterPanel } from '../../app/parameters/ParameterPanel';
import { ViewHeader } from '../../app/ViewHeader';
import { FORMULAS } from './formulas';
import { computeWorkedExample } from './worked-example';
import '../../i18n/register/method';

function Formula({ children }: { children: string }) {
  return <pre className="formula">{children}</pre>;
}

function Section({ title, body, formulas = [] }: { title: MessageKey; body: MessageKey[]; formulas?: string[] }) {
  const t = useT();
  return (
    <section className="method-section">
      <h3>{t(title)}</h3>
      {body.map((key, index) => (
        <div key={key}>
          <p>{t(key)}</p>
          {formulas[index] ? <Formula>{formulas[index]}</Formula> : null}
        </div>
      ))}
    </section>
  );
}

const CLASS_TEXT: Record<(typeof ADVANTAGE_CLASSES)[number], MessageKey> = {
  durable: 'method.s6.durable',
  eroding: 'method.s6.eroding',
  contested: 'method.s6.contested',
  recoverable: 'method.s6.recoverable',
  structural: 'method.s6.structural',
};

function WorkedExample() {
  const t = useT();
  const locale = useLocale();
  const example = useMemo(() => computeWorkedExample(), []);
  if (!example.ok) return <p role="alert">{t('method.example.failed', { message: example.message })}</p>;
  const { assessment } = example;
  const a = formatNumber(assessment.asymmetry, locale, 4);
  const years = formatNumber(assessment.yearsToParity, locale, 2);
  const className = assessment.advantageClass ? t(`class.${assessment.advantageClass}`) : '–';
  return (
    <section className="method-section worked-example" aria-labelledby="worked-example-title">
      <h3 id="worked-example-title">{t('method.example')}</h3>
      <p>{t('method.example.setup')}</p>
      <ol>
        <li data-testid="example-a">{t('method.example.a', { a })}</li>
        <li data-testid="example-t">{t('method.example.t', { t: years })}</li>
        <li data-testid="example-d">
          {t('method.example.class', { class: className, a, t: years, d: formatNumber(assessment.score, locale, 4) })}
        </li>
      </ol>
    </section>
  );
}

export default function MethodView() {
  const t = useT();
  return (
    <div className="method-view">
      <ViewHeader title={t('method.title')} />
      <p className="lead">{t('method.intro')}</p>
      <section className="card" aria-labelledby="assumptions-title">
        <h3 id="assumptions-title">{t('params.title')}</h3>
        <ParameterPanel />
      </section>
      <article className="card method-text">
        <section className="method-section">
          <h3>{t('method.terms')}</h3>
          <ul>
            <li>{t('method.terms.side')}</li>
            <li>{t('method.terms.rival')}</li>
            <li>{t('method.terms.direction')}</li>
            <li>{t('method.terms.year')}</li>
          </ul>
        </section>
        <Section title="method.s1" body={['method.s1.body']} formulas={[FORMULAS.coalition]} />
        <section className="method-section">
          <h3>{t('method.s2')}</h3>
          <p>{t('method.s2.quantity')}</p>
          <Formula>{FORMULAS.quantity}</Formula>
          <Formula>{FORMULAS.quantityEdges}</Formula>
          <p>{t('method.s2.ordinal')}</p>
          <Formula>{FORMULAS.ordinal}</Formula>
          <p>{t('method.s2.text')}</p>
        </section>
        <section className="method-section">
          <h3>{t('method.s3')}</h3>
          <p>{t('method.s3.body')}</p>
          <Formula>{FORMULAS.composite}</Formula>
          <Formula>{FORMULAS.coverage}</Formula>
        </section>
        <Section title="method.s4" body={['method.s4.body']} formulas={[FORMULAS.trend]} />
        <section className="method-section">
          <h3>{t('method.s5')}</h3>
          <p>{t('method.s5.body')}</p>
          <Formula>{FORMULAS.projection}</Formula>
          <Formula>{FORMULAS.parity}</Formula>
        </section>
        <section className="method-section">
          <h3>{t('method.s6')}</h3>
          <ul className="class-list">
            {ADVANTAGE_CLASSES.map((name) => (
              <li key={name}>
                <span className={`class-swatch class-${name}`} aria-hidden="true" /> {t(CLASS_TEXT[name])}
              </li>
            ))}
          </ul>
        </section>
        <Section title="method.s7" body={['method.s7.body']} formulas={[FORMULAS.score]} />
        <Section title="method.s8" body={['method.s8.body']} formulas={[FORMULAS.sensitivity]} />
        <Section title="method.s9" body={['method.s9.body']} formulas={[FORMULAS.partners]} />
        <WorkedExample />
        <p className="help">{t('method.reference')}</p>
      </article>
    </div>
  );
}
