import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.js';
import { useSession } from '../../app/session.js';
import { ErrorSummary, errorMessage, type FormProblem, problemFor, TextField } from '../../components/forms.js';
import { PageHeading } from '../../components/page.js';
import { useI18n } from '../../i18n/i18n.js';

export function SignInScreen() {
  const { t } = useI18n();
  const { signIn, signedOutReason } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: FormProblem[] = [];
    if (!email.trim()) missing.push({ fieldId: 'email', message: t('auth.emailRequired') });
    if (!password) missing.push({ fieldId: 'password', message: t('auth.passwordRequired') });
    setProblems(missing);
    if (missing.length) return;
    setBusy(true);
    try {
      await signIn(email.trim(), password);
    } catch (error) {
      const refusal = error instanceof ApiError ? error : new ApiError('UNKNOWN', String(error));
      const message = refusal.code === 'UNAUTHENTICATED' ? t('error.wrongCredentials') : errorMessage(t, refusal);
      setProblems([{ fieldId: 'email', message }]);
      setBusy(false);
    }
  };

  return (
    <div className="narrow-page">
      <PageHeading title={t('auth.title')}>{t('auth.title')}</PageHeading>
      {signedOutReason === 'expired' ? (
        <div className="notice" role="status">
          {t('auth.expired')}
        </div>
      ) : null}
      {signedOutReason === 'idle' ? (
        <div className="notice" role="status">
          {t('auth.idle')}
        </div>
      ) : null}
      {signedOutReason === 'signedOut' ? (
        <div className="notice" role="status">
          {t('auth.signedOut')}
        </div>
      ) : null}
      <ErrorSummary problems={problems} />
      <p>{t('auth.intro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField id="email" label={t('auth.email')} type="email" autoComplete="username" value={email} onChange={setEmail} error={problemFor(problems, 'email')} />
        <TextField
          id="password"
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={problemFor(problems, 'password')}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
    </div>
  );
}
