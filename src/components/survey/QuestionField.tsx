// One question: a fieldset with a legend for choices, a label for free text. Hint and error are
// tied to the field with aria-describedby so a screen reader reads them with it.
import type { NumberedQuestion } from '../../domain/questionnaire/visibility.ts';

interface Props {
  question: NumberedQuestion;
  value: string | undefined;
  error: string | undefined;
  disabled: boolean;
  freeTextMaxLength: number;
  onAnswer: (id: NumberedQuestion['id'], value: string) => void;
}

/** The id error-summary links point at: the question's first input. */
export const fieldId = (questionId: string): string => `field-${questionId}`;

function Title({ question }: { question: NumberedQuestion }) {
  return (
    <>
      <span className="survey-number">Вопрос {question.displayNumber}.</span> {question.text}
      {!question.required && <span className="survey-optional"> (необязательный вопрос)</span>}
    </>
  );
}

function ErrorMessage({ id, text }: { id: string; text: string }) {
  return (
    <p id={id} className="survey-error-message">
      <span className="visually-hidden">Ошибка: </span>
      {text}
    </p>
  );
}

export default function QuestionField({
  question: q,
  value,
  error,
  disabled,
  freeTextMaxLength,
  onAnswer,
}: Props) {
  const hintId = `${q.id}-hint`;
  const errorId = `${q.id}-error`;
  const describedBy =
    [q.warning ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const groupClass = error ? 'survey-group survey-group-error' : 'survey-group';
  const hint = q.warning && (
    <p id={hintId} className="survey-hint">
      {q.warning}
    </p>
  );
  const errorMessage = error && <ErrorMessage id={errorId} text={error} />;

  if (q.kind === 'freeText') {
    return (
      <div className={groupClass}>
        <label className="survey-legend" htmlFor={fieldId(q.id)}>
          <Title question={q} />
        </label>
        {hint}
        {errorMessage}
        <textarea
          id={fieldId(q.id)}
          name={q.id}
          rows={5}
          maxLength={freeTextMaxLength}
          value={value ?? ''}
          disabled={disabled}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onAnswer(q.id, e.currentTarget.value)}
        />
      </div>
    );
  }

  return (
    <div className={groupClass}>
      <fieldset aria-describedby={describedBy} disabled={disabled}>
        <legend className="survey-legend">
          <Title question={q} />
        </legend>
        {hint}
        {errorMessage}
        <div className="survey-choices">
          {(q.choices ?? []).map((choice, index) => {
            const id = index === 0 ? fieldId(q.id) : `${fieldId(q.id)}-${choice.value}`;
            return (
              <div className="survey-choice" key={choice.value}>
                <input
                  type="radio"
                  id={id}
                  name={q.id}
                  value={choice.value}
                  checked={value === choice.value}
                  onChange={() => onAnswer(q.id, choice.value)}
                />
                <label htmlFor={id}>{choice.label}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
