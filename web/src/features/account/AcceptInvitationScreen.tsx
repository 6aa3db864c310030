import { type FormEvent, useState } from 'react';
import { request, toApiError } from '../../api/client.js';
import { Link, useRouter } from '../../app/router.js';
import { useSession } from '../../app/session.js';
import { ErrorSummary, type FormProblem, problemFor, problemsFromError, TextField } from '../../components/forms.js';
import { PageHeading } from '../../components/page.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/i18n.js';

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...SessionTokens
    }
  }
`);

/** /accept-invitation: a person joins an office with the code an administrator gave them. */
export function AcceptInvitationScreen() {
  const { t } = useI18n();
  const { adoptSession } = useSession();
  const { navigate } = useRouter();
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const title = t('invitation.title');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblems([]);
    try {
      const { acceptInvitation } = await request(AcceptInvitationMutation, { input: { code: code.trim(), password } });
      adoptSession(acceptInvitation);
      navigate('/processes', { replace: true });
    } catch (caught) {
      const apiError = toApiError(caught);
      setProblems(
        apiError.code === 'UNAUTHENTICATED'
          ? [{ fieldId: 'invitation-code', message: t('invitation.refused') }]
          : problemsFromError(t, apiError, (path) => (path.endsWith('password') ? 'invitation-password' : 'invitation-code'), 'invitation-code'),
      );
    }
  };

  return (
    <div className="narrow-page">
      <PageHeading title={title}>{title}</PageHeading>
      <p>{t('invitation.intro')}</p>
      <ErrorSummary problems={problems} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField id="invitation-code" label={t('invitation.code')} value={code} onChange={setCode} error={problemFor(problems, 'invitation-code')} />
        <TextField
          id="invitation-password"
          label={t('auth.password')}
          hint={t('invitation.passwordHint')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={problemFor(problems, 'invitation-password')}
        />
        <button type="submit" className="button">
          {t('invitation.accept')}
        </button>
      </form>
      <p>
        <Link to="/sign-in">{t('auth.signIn')}</Link>
      </p>
    </div>
  );
}
