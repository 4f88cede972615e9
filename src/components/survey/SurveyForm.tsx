// The questionnaire for one organization. Rendered in full on the server, so without
// JavaScript it is a plain form posting to the receiver; hydrated, it reveals follow-up
// questions, keeps a draft, and sends through the outbox so no answer is lost offline.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { AnswerSubmission, FieldError } from '../../domain/questionnaire/answerSchema.ts';
import type { Answers, NumberedQuestion } from '../../domain/questionnaire/visibility.ts';
import { isRevealed, missingAnswers, submittableAnswers } from '../../domain/survey-client/form.ts';
import type { SendOutcome } from '../../domain/survey-client/outcome.ts';
import { listOutbox, readDraft, saveDraft, type StorageLike } from '../../domain/survey-client/storage.ts';
import { newAnswerId } from '../../domain/survey-client/uuid.ts';
import ErrorSummary from './ErrorSummary.tsx';
import { browserStorage, startOutbox, type Outbox } from './outbox.ts';
import QuestionField from './QuestionField.tsx';
import SentPanel from './SentPanel.tsx';

export interface SurveyFormProps {
  organization: string;
  sphere: AnswerSubmission['sphere'];
  questionnaire: AnswerSubmission['questionnaire'];
  /** The sphere's variant, numbered; passed in so the question texts travel in the HTML, not the JS. */
  questions: NumberedQuestion[];
  freeTextMaxLength: number;
  /** Receiver address for both the JSON posts and the no-JavaScript form. */
  endpoint: string;
}

type Phase = 'editing' | 'sending' | 'queued' | 'sent';

const statusText: Record<Phase, string> = {
  editing: '',
  sending: 'Отправляем ответы…',
  queued: 'Статус: ожидает отправки. Ответы сохранены на этом устройстве и будут отправлены автоматически, как только появится связь с сервером.',
  sent: 'Статус: отправлено. Спасибо! Ваши ответы приняты.',
};

const restoredText = 'Восстановлены ответы, которые Вы начали вводить раньше на этом устройстве.';

export default function SurveyForm({ organization, sphere, questionnaire, questions, freeTextMaxLength, endpoint }: SurveyFormProps) {
  // false on the server and in the first client render, so hydration matches the full no-JS form.
  const [enhanced, setEnhanced] = useState(false);
  const [answers, setAnswers] = useState<Answers>({});
  const [phase, setPhase] = useState<Phase>('editing');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [summaryKey, setSummaryKey] = useState(0);
  const [restored, setRestored] = useState(false);
  const storage = useRef<StorageLike | undefined>(undefined);
  const outbox = useRef<Outbox | undefined>(undefined);
  const pendingId = useRef<string | undefined>(undefined);

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

  useEffect(() => {
    const store = browserStorage();
    storage.current = store;
    const queued = listOutbox(store).find((e) => e.submission.organization === organization);
    if (queued) {
      pendingId.current = queued.submission.id;
      // Read back from JSON, so no key holds undefined.
      setAnswers(queued.submission.answers as Answers);
      setPhase('queued');
    } else {
      const draft = readDraft(store, organization);
      if (draft) setAnswers(draft);
      setRestored(draft !== undefined);
    }
    setEnhanced(true);
    outbox.current = startOutbox(endpoint, store, (id, outcome) => id === pendingId.current && applyOutcome(outcome));
    return () => outbox.current?.stop();
  }, [organization, endpoint]);

  // Every change is kept, so a reload or a closed tab loses nothing.
  useEffect(() => {
    if (enhanced && phase === 'editing' && storage.current) saveDraft(storage.current, organization, answers);
  }, [answers, enhanced, phase, organization]);

  const onAnswer = (id: NumberedQuestion['id'], value: string) => setAnswers((a) => ({ ...a, [id]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (phase !== 'editing' || !outbox.current) return;
    const missing = missingAnswers(questions, answers);
    if (missing.length > 0) return showErrors(missing);
    // A filled honeypot is a bot: it is told «sent», as the receiver would tell it, and nothing goes out.
    const honeypot = event.currentTarget.elements.namedItem('website');
    if (honeypot instanceof HTMLInputElement && honeypot.value !== '') return applyOutcome({ kind: 'sent' });
    const submission: AnswerSubmission = { id: newAnswerId(crypto), organization, questionnaire, sphere, answers: submittableAnswers(questions, answers) };
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

  const shown = enhanced ? questions.filter((q) => isRevealed(q, answers)) : questions;
  const errorFor = new Map(errors.flatMap((e) => (e.field ? [[e.field, e.message] as const] : [])));
  const locked = phase === 'sending' || phase === 'queued';

  return (
    <div className="survey">
      <div role="status" className="survey-status" data-phase={phase}>
        {phase === 'editing' && restored ? restoredText : statusText[phase]}
      </div>
      {phase === 'queued' && (
        <button type="button" className="survey-button survey-button-secondary" onClick={() => outbox.current?.retryNow()}>
          Отправить сейчас
        </button>
      )}
      {phase === 'sent' ? (
        <SentPanel onRestart={restart} />
      ) : (
        <form method="post" action={endpoint} noValidate onSubmit={onSubmit}>
          <input type="hidden" name="organization" value={organization} />
          <input type="hidden" name="sphere" value={sphere} />
          <input type="hidden" name="questionnaire" value={questionnaire} />
          {errors.length > 0 && <ErrorSummary errors={errors} linkable={new Set(shown.map((q) => q.id))} focusKey={summaryKey} />}
          {/* Honeypot: hidden from people and assistive technology, filled by bots. */}
          <div className="survey-hp" aria-hidden="true">
            <label htmlFor="survey-website">Не заполняйте это поле</label>
            <input id="survey-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
          </div>
          {shown.map((q) => (
            <QuestionField
              key={q.id}
              question={q}
              value={answers[q.id]}
              error={errorFor.get(q.id)}
              disabled={locked}
              freeTextMaxLength={freeTextMaxLength}
              onAnswer={onAnswer}
            />
          ))}
          {!locked && (
            <button type="submit" className="survey-button">
              Отправить ответы
            </button>
          )}
        </form>
      )}
    </div>
  );
}
