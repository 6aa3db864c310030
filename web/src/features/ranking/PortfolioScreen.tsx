import { type FormEvent, useState } from 'react';
import { ApiError, request, toApiError } from '../../api/client.js';
import { useQuery } from '../../api/use-query.js';
import { useSignedIn } from '../../app/session.js';
import { RangesTable } from '../../components/ranges-table.js';
import { ErrorNotice, ErrorSummary, type FormProblem, problemFor, TextField } from '../../components/forms.js';
import { parseWholeNumber } from '../../components/numbers.js';
import { Loading, PageHeading } from '../../components/page.js';
import { graphql } from '../../gql/index.js';
import type { PortfolioQuery } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';

const PortfolioCandidatesQuery = graphql(`
  query PortfolioCandidates($organizationId: ID) {
    candidateRanking(organizationId: $organizationId, first: 100) {
      edges {
        node {
          processId
          processName
          rank
        }
      }
    }
  }
`);

const PortfolioSummaryQuery = graphql(`
  query Portfolio($organizationId: ID, $top: Int!, $processIds: [ID!]) {
    portfolioSummary(organizationId: $organizationId, top: $top, processIds: $processIds) {
      candidates
      processIds
      draws
      fteFreedP50
      probabilityPositiveNpv
      hoursSaved {
        p10
        p50
        p90
      }
      netAnnualBenefit {
        p10
        p50
        p90
      }
      npv {
        p10
        p50
        p90
      }
      excludedProcessIds
      display {
        hoursSaved {
          p10
          p50
          p90
        }
        netAnnualBenefit {
          p10
          p50
          p90
        }
        npv {
          p10
          p50
          p90
        }
        probabilityPositiveNpv
      }
      methodVersion
    }
  }
`);

const MAX_PORTFOLIO = 50;

/** /portfolio: the top N candidates, or a hand-made selection, taken together (draws summed draw by draw). */
export function PortfolioScreen() {
  const { t, format } = useI18n();
  const session = useSignedIn();
  const organizationId = session.organization.id;
  const candidates = useQuery(PortfolioCandidatesQuery, { organizationId });
  const [mode, setMode] = useState<'top' | 'chosen'>('top');
  const [top, setTop] = useState('5');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [summary, setSummary] = useState<PortfolioQuery['portfolioSummary'] | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const title = t('portfolio.title');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    const count = parseWholeNumber(top);
    const typed: FormProblem[] = [];
    if (mode === 'top' && (count.kind !== 'number' || count.value < 1 || count.value > MAX_PORTFOLIO)) typed.push({ fieldId: 'portfolio-top', message: t('portfolio.topProblem', { max: MAX_PORTFOLIO }) });
    if (mode === 'chosen' && (chosen.size === 0 || chosen.size > MAX_PORTFOLIO)) typed.push({ fieldId: 'portfolio-chosen', message: t('portfolio.chosenProblem', { max: MAX_PORTFOLIO }) });
    setProblems(typed);
    if (typed.length) return;
    setBusy(true);
    try {
      const { portfolioSummary } = await request(PortfolioSummaryQuery, {
        organizationId,
        top: mode === 'top' && count.kind === 'number' ? count.value : MAX_PORTFOLIO,
        processIds: mode === 'chosen' ? [...chosen] : null,
      });
      setSummary(portfolioSummary);
    } catch (caught) {
      setRefusal(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  const names = new Map(candidates.data?.candidateRanking.edges.map((edge) => [edge.node.processId, edge.node.processName]) ?? []);
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{t('portfolio.intro')}</p>
      <ErrorNotice error={refusal || candidates.error} />
      <ErrorSummary problems={problems} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className="field">
          <legend className="legend">{t('portfolio.which')}</legend>
          <div className="radio">
            <input id="portfolio-mode-top" type="radio" name="mode" checked={mode === 'top'} onChange={() => setMode('top')} />
            <label htmlFor="portfolio-mode-top">{t('portfolio.modeTop')}</label>
          </div>
          <div className="radio">
            <input id="portfolio-mode-chosen" type="radio" name="mode" checked={mode === 'chosen'} onChange={() => setMode('chosen')} />
            <label htmlFor="portfolio-mode-chosen">{t('portfolio.modeChosen')}</label>
          </div>
        </fieldset>
        {mode === 'top' ? (
          <TextField id="portfolio-top" label={t('portfolio.top')} inputMode="numeric" width="narrow" value={top} onChange={setTop} error={problemFor(problems, 'portfolio-top')} />
        ) : (
          <fieldset className={`field${problemFor(problems, 'portfolio-chosen') ? ' field--error' : ''}`} id="portfolio-chosen" tabIndex={-1}>
            <legend className="legend">{t('portfolio.chosen')}</legend>
            {problemFor(problems, 'portfolio-chosen') ? <p className="field-error">{problemFor(problems, 'portfolio-chosen')}</p> : null}
            {candidates.loading && !candidates.data ? <Loading /> : null}
            <ul className="checkbox-list">
              {candidates.data?.candidateRanking.edges.map(({ node }) => (
                <li key={node.processId} className="checkbox">
                  <input
                    id={`portfolio-${node.processId}`}
                    type="checkbox"
                    checked={chosen.has(node.processId)}
                    onChange={(event) => {
                      const next = new Set(chosen);
                      if (event.target.checked) next.add(node.processId);
                      else next.delete(node.processId);
                      setChosen(next);
                    }}
                  />
                  <label htmlFor={`portfolio-${node.processId}`}>
                    {node.rank}. {node.processName}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        <button type="submit" className="button" disabled={busy}>
          {t('portfolio.compute')}
        </button>
      </form>
      {summary ? (
        <section className="form-section" aria-labelledby="portfolio-result" aria-live="polite">
          <h2 id="portfolio-result">{t('portfolio.result', { count: summary.candidates })}</h2>
          <p>{summary.processIds.map((id) => names.get(id) ?? id).join(', ')}</p>
          {summary.excludedProcessIds.length > 0 ? (
            <p data-figure="portfolio-excluded">
              {t('portfolio.excluded', { names: summary.excludedProcessIds.map((id) => names.get(id) ?? id).join(', ') })}
            </p>
          ) : null}
          <RangesTable
            labelledBy="portfolio-result"
            hoursSaved={summary.display.hoursSaved}
            netAnnualBenefit={summary.display.netAnnualBenefit}
            npv={summary.display.npv}
            figures="portfolio-"
          />
          <p>
            {t('portfolio.extra', {
              probability: format.percent(summary.display.probabilityPositiveNpv, 0),
              fte: format.number(summary.fteFreedP50, 1),
              draws: format.integer(summary.draws),
              method: summary.methodVersion,
            })}
          </p>
        </section>
      ) : null}
    </>
  );
}
