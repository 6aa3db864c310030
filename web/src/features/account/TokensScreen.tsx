import { type FormEvent, useState } from 'react';
import { ApiError, request, toApiError } from '../../api/client.js';
import { useQuery } from '../../api/use-query.js';
import { DataTable } from '../../components/data-table.js';
import { ErrorNotice, ErrorSummary, type FormProblem, problemFor, problemsFromError, StatusMessage, TextField, fieldsUnder } from '../../components/forms.js';
import { parseWholeNumber } from '../../components/numbers.js';
import { Loading, PageHeading } from '../../components/page.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/i18n.js';

const ApiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens {
      id
      name
      prefix
      createdAt
      expiresAt
      revokedAt
    }
  }
`);

const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
      }
    }
  }
`);

const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
    }
  }
`);

/** /account/tokens: the signed-in person's own API tokens for scripts and the command line. */
export function TokensScreen() {
  const { t, format } = useI18n();
  const { data, error, loading, reload } = useQuery(ApiTokensQuery, {});
  const [name, setName] = useState('');
  const [days, setDays] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [created, setCreated] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const title = t('tokens.title');

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    const parsedDays = parseWholeNumber(days);
    if (parsedDays.kind === 'invalid') {
      setProblems([{ fieldId: 'token-expiresInDays', message: t('form.notAWholeNumber') }]);
      return;
    }
    setProblems([]);
    try {
      const { createApiToken } = await request(CreateApiTokenMutation, { input: { name, expiresInDays: parsedDays.kind === 'number' ? parsedDays.value : null } });
      setCreated(createApiToken.token);
      setName('');
      setDays('');
      void reload();
    } catch (caught) {
      const apiError = toApiError(caught);
      if (apiError.code === 'BAD_USER_INPUT') setProblems(problemsFromError(t, apiError, fieldsUnder('input', 'token'), 'token-name'));
      else setRefusal(apiError);
    }
  };

  const revoke = async (id: string) => {
    try {
      await request(RevokeApiTokenMutation, { id });
      setStatus(t('tokens.revoked'));
      void reload();
    } catch (caught) {
      setRefusal(toApiError(caught));
    }
  };

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{t('tokens.intro')}</p>
      <ErrorNotice error={refusal || error} />
      <StatusMessage message={status} />
      <ErrorSummary problems={problems} />
      <form onSubmit={(event) => void create(event)} noValidate>
        <TextField id="token-name" label={t('tokens.name')} hint={t('tokens.nameHint')} value={name} onChange={setName} error={problemFor(problems, 'token-name')} />
        <TextField id="token-expiresInDays" label={t('tokens.days')} optional inputMode="numeric" width="narrow" value={days} onChange={setDays} error={problemFor(problems, 'token-expiresInDays')} />
        <button type="submit" className="button">
          {t('tokens.create')}
        </button>
      </form>
      {created ? (
        <div className="notice notice--success" role="status">
          <p>{t('tokens.shownOnce')}</p>
          <p>
            <code className="secret" data-secret="api-token">
              {created}
            </code>
          </p>
        </div>
      ) : null}
      {loading && !data ? <Loading /> : null}
      {data && data.apiTokens.length > 0 ? (
        <DataTable
          labelledBy="tokens-caption"
          caption={t('tokens.caption')}
          columns={[{ label: t('tokens.name') }, { label: t('tokens.prefix') }, { label: t('tokens.created') }, { label: t('tokens.expires') }, { label: t('tokens.state') }]}
        >
          {data.apiTokens.map((token) => (
            <tr key={token.id}>
              <th scope="row">{token.name}</th>
              <td>
                <code>{token.prefix}…</code>
              </td>
              <td>{format.dateTime(token.createdAt)}</td>
              <td>{token.expiresAt ? format.dateTime(token.expiresAt) : t('tokens.never')}</td>
              <td>
                {token.revokedAt ? (
                  t('tokens.revokedAt', { when: format.dateTime(token.revokedAt) })
                ) : (
                  <button type="button" className="button button--secondary button--small" onClick={() => void revoke(token.id)}>
                    {t('tokens.revoke')}
                    <span className="visually-hidden"> {token.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </>
  );
}
