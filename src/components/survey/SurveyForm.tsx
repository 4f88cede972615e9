// The questionnaire of one sphere. Rendered in full on the server, so without JavaScript it is a
// plain form posting to the receiver (the organization's code typed into a <noscript> field).
// Hydrated, it takes the organization from the address (?org=), looks it up in the static
// directory, reveals follow-up questions, keeps a draft, and sends through the outbox so no
// answer is lost offline.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { AnswerSubmission, FieldError } from '../../domain/questionnaire/answerSchema.ts';
import type { Answers, NumberedQuestion } from '../../domain/questionnaire/visibility.ts';
import {
  followUpNote,
  isRevealed,
  missingAnswers,
  submittableAnswers,
} from '../../domain/survey-client/form.ts';
import {
  organizationParam,
  type KnownOrganization,
} from '../../domain/survey-client/organizationLookup.ts';
import type { SendOutcome } from '../../domain/survey-client/outcome.ts';
import {
  listOutbox,
  readDraft,
  saveDraft,
  type StorageLike,
} from '../../domain/survey-client/storage.ts';
import { newAnswerId } from '../../domain/survey-client/uuid.ts';
import { sphereName } from '../../lib/labels.ts';
import { lookUpOrganization, type DirectoryLocation } from './directory.ts';
import ErrorSummary from './ErrorSummary.tsx';
import OrganizationNotice, {
  type FindLinks,
  type OrganizationProblem,
} from './OrganizationNotice.tsx';
import { browserStorage, startOutbox, type Outbox } from './outbox.ts';
import QuestionField from './QuestionField.tsx';
import SentPanel from './SentPanel.tsx';
import SubmitStatus from './SubmitStatus.tsx';
import { reactIsland } from '../island.ts';

export interface SurveyFormProps {
  sphere: AnswerSubmission['sphere'];
  questionnaire: AnswerSubmission['questionnaire'];
  /** The sphere's variant, numbered; passed in so the question texts travel in the HTML, not the JS. */
  questions: NumberedQuestion[];
  freeTextMaxLength: number;
  /** Receiver address for both the JSON posts and the no-JavaScript form. */
  endpoint: string;
  /** The organization directory; build-time constants, the same for every organization. */
  directory: DirectoryLocation;
  /** This kind of page (portal or embed) for each sphere, for an organization of another sphere. */
  spherePages: Record<AnswerSubmission['sphere'], string>;
  /** Where to find an organization when the address names none we can use. */
  findLinks: FindLinks;
  /** Astro's default slot: the introduction, shown while the form can be used. */
  children?: ReactNode;
  /** Astro's «codeField» slot: the <noscript> organization code field of the no-JavaScript form. */
  codeField?: ReactNode;
}

type Phase = 'editing' | 'sending' | 'queued' | 'sent';

/** «pending» is the server render (and the no-JavaScript page) until the island starts. */
type Lookup =
  | { kind: 'pending' }
  | { kind: 'loading'; id: string }
  | { kind: 'found'; organization: KnownOrganization }
  | OrganizationProblem;

const statusText: Record<Phase, string> = {
  editing: '',
  sending: 'Отправляем ответы…',
  queued:
    'Статус: ожидает отправки. Ответы сохранены на этом устройстве и будут отправлены автоматически, как только появится связь с сервером.',
  sent: 'Статус: отправлено. Спасибо! Ваши ответы приняты.',
};

const restoredText = 'Восстановлены ответы, которые Вы начали вводить раньше на этом устройстве.';
const loadingText = 'Загружаем сведения об организации…';

function SurveyForm(props: SurveyFormProps) {
  const {
    sphere,
    questionnaire,
    questions,
    freeTextMaxLength,
    endpoint,
    directory,
    children,
    codeField,
  } = props;
  // false on the server and in the first client render, so hydration matches the full no-JS form.
  const [enhanced, setEnhanced] = useState(false);
  const [lookup, setLookup] = useState<Lookup>({ kind: 'pending' });
  const [answers, setAnswers] = useState<Answers>({});
  const [phase, setPhase] = useState<Phase>('editing');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [summaryKey, setSummaryKey] = useState(0);
  const [restored, setRestored] = useState(false);
  const storage = useRef<StorageLike | undefined>(undefined);
  const outbox = useRef<Outbox | undefined>(undefined);
  const pendingId = useRef<string | undefined>(undefined);
  const pageTitle = useRef<string | undefined>(undefined);

  const showErrors = (list: FieldError[]) => {
    setErrors(list);
    setSummaryKey((k) => k + 1);
  };

  const applyOutcome = (outcome: SendOutcome) => {
    if (outcome.kind === 'retry') return setPhase('queued');
    pendingId.current = undefined;
    if (outcome.kind === 'sent') {
      setAnswers({});
      setErrors([]);
      return setPhase('sent');
    }
    setPhase('editing');
    showErrors(outcome.errors);
  };

  const lookUp = (id: string) => {
    setLookup({ kind: 'loading', id });
    void lookUpOrganization(directory, sphere, id).then((result) => {
      // A queued answer was restored already; a draft is restored only for an organization the
      // directory confirms. Set together with the lookup, so the draft effect never sees
      // «found» with empty answers (which would delete the draft).
      if (result.kind === 'found' && pendingId.current === undefined && storage.current) {
        const draft = readDraft(storage.current, id);
        if (draft) setAnswers(draft);
        setRestored(draft !== undefined);
      }
      setLookup(
        result.kind === 'unknown' || result.kind === 'unavailable'
          ? { kind: result.kind, id }
          : result,
      );
    });
  };

  useEffect(() => {
    const store = browserStorage();
    storage.current = store;
    const param = organizationParam(window.location.search);
    if (param.kind === 'id') {
      const queued = listOutbox(store).find((e) => e.submission.organization === param.id);
      if (queued) {
        pendingId.current = queued.submission.id;
        // Read back from JSON, so no key holds undefined.
        setAnswers(queued.submission.answers as Answers);
        setPhase('queued');
      }
      lookUp(param.id);
    } else {
      setLookup({ kind: param.kind });
    }
    setEnhanced(true);
    // Started whatever the address says: answers queued on any survey page still go out.
    outbox.current = startOutbox(
      endpoint,
      store,
      (id, outcome) => id === pendingId.current && applyOutcome(outcome),
    );
    return () => outbox.current?.stop();
  }, [endpoint]);

  const organization = lookup.kind === 'found' ? lookup.organization : undefined;

  // Every change is kept, so a reload or a closed tab loses nothing.
  useEffect(() => {
    if (enhanced && phase === 'editing' && organization && storage.current)
      saveDraft(storage.current, organization.id, answers);
  }, [answers, enhanced, phase, organization?.id]);

  // The tab and the history name the organization, as the per-organization pages did.
  useEffect(() => {
    if (!organization) return;
    pageTitle.current ??= document.title;
    document.title = `${organization.name} — ${pageTitle.current}`;
  }, [organization?.id]);

  const onAnswer = (id: NumberedQuestion['id'], value: string) =>
    setAnswers((a) => ({ ...a, [id]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (phase !== 'editing' || !outbox.current || !organization) return;
    const missing = missingAnswers(questions, answers);
    if (missing.length > 0) return showErrors(missing);
    // A filled honeypot is a bot: it is told «sent», as the receiver would tell it, and nothing goes out.
    const honeypot = event.currentTarget.elements.namedItem('website');
    if (honeypot instanceof HTMLInputElement && honeypot.value !== '')
      return applyOutcome({ kind: 'sent' });
    const submission: AnswerSubmission = {
      id: newAnswerId(crypto),
      organization: organization.id,
      questionnaire,
      sphere,
      answers: submittableAnswers(questions, answers),
    };
    pendingId.current = submission.id;
    setErrors([]);
    setRestored(false);
    setPhase('sending');
    outbox.current.enqueue(submission);
  };

  const restart = () => {
    setPhase('editing');
    setRestored(false);
  };

  // An answer already queued or sent belongs to an organization that was checked when it was
  // given, so a directory that cannot be reached now does not hide it.
  const settled = phase !== 'editing';
  const problem =
    lookup.kind === 'absent' ||
    lookup.kind === 'malformed' ||
    lookup.kind === 'unknown' ||
    lookup.kind === 'otherSphere' ||
    (lookup.kind === 'unavailable' && !settled)
      ? lookup
      : undefined;
  const loading = lookup.kind === 'loading' && !settled;
  // Opened without an organization (the «/anketa/» page links each variant so), the questions
  // are shown to read, not to answer.
  const preview = lookup.kind === 'absent';
  const formShown = (!problem || preview) && !loading;
  const shown = enhanced ? questions.filter((q) => isRevealed(q, answers)) : questions;
  const errorFor = new Map(errors.flatMap((e) => (e.field ? [[e.field, e.message] as const] : [])));
  const locked = phase === 'sending' || phase === 'queued' || preview;

  return (
    <div className="survey">
      {organization ? (
        <p className="lead">
          {organization.name}, {organization.territory}{' '}
          <span className="muted">({sphereName[organization.sphere]})</span>
        </p>
      ) : (
        <p className="lead">Вариант анкеты для организаций сферы «{sphereName[sphere]}»</p>
      )}
      {(!problem || preview) && children}
      <div role="status" className="survey-status" data-phase={phase}>
        {problem ? (
          <OrganizationNotice
            problem={problem}
            findLinks={props.findLinks}
            spherePages={props.spherePages}
          />
        ) : loading ? (
          loadingText
        ) : phase === 'editing' && restored ? (
          restoredText
        ) : null}
      </div>
      {problem?.kind === 'unavailable' && (
        <button
          type="button"
          className="survey-button survey-button-secondary"
          onClick={() => lookUp(problem.id)}
        >
          Повторить
        </button>
      )}
      {!formShown ? null : phase === 'sent' ? (
        <SentPanel onRestart={restart} />
      ) : (
        <form method="post" action={endpoint} noValidate onSubmit={onSubmit}>
          <input type="hidden" name="sphere" value={sphere} />
          <input type="hidden" name="questionnaire" value={questionnaire} />
          {/* Without JavaScript the organization is typed in; with it, this field never exists. */}
          {!enhanced && codeField}
          {/* Honeypot: hidden from people and assistive technology, filled by bots. */}
          <div className="survey-hp" aria-hidden="true">
            <label htmlFor="survey-website">Не заполняйте это поле</label>
            <input
              id="survey-website"
              name="website"
              type="text"
              tabIndex={-1}
              autoComplete="off"
              defaultValue=""
            />
          </div>
          {questions.map((q) =>
            shown.includes(q) ? (
              <QuestionField
                key={q.id}
                question={q}
                value={answers[q.id]}
                error={errorFor.get(q.id)}
                disabled={locked}
                freeTextMaxLength={freeTextMaxLength}
                onAnswer={onAnswer}
              />
            ) : (
              <p key={q.id} className="survey-skipped">
                {followUpNote(q, questions)}
              </p>
            ),
          )}
          {/* The citizen is at the end of a long form when they send it: the errors, like the
              state below, appear where the button is, and take focus, rather than a page's
              height above. */}
          {errors.length > 0 && (
            <ErrorSummary
              errors={errors}
              linkable={new Set(shown.map((q) => q.id))}
              focusKey={summaryKey}
            />
          )}
          {!locked && (
            <button type="submit" className="survey-button">
              Отправить ответы
            </button>
          )}
        </form>
      )}
      {!problem && (
        <SubmitStatus
          phase={phase}
          text={statusText[phase]}
          onRetry={() => outbox.current?.retryNow()}
        />
      )}
    </div>
  );
}

export default reactIsland(SurveyForm);
