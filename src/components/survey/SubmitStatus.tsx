// The state of a sent answer (sending, queued offline, sent), just below the form where the
// submit button was. A queued answer hides the button, so without this the citizen saw nothing
// happen: the status takes focus (and so scrolls into view) when the answer is queued.
import { useEffect, useRef } from 'react';

interface Props {
  phase: 'editing' | 'sending' | 'queued' | 'sent';
  text: string;
  onRetry: () => void;
}

export default function SubmitStatus({ phase, text, onRetry }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (phase === 'queued') box.current?.focus();
  }, [phase]);
  return (
    <div className="survey-submit">
      <div role="status" className="survey-status" data-phase={phase} tabIndex={-1} ref={box}>
        {text}
      </div>
      {phase === 'queued' && (
        <button type="button" className="survey-button survey-button-secondary" onClick={onRetry}>
          Отправить сейчас
        </button>
      )}
    </div>
  );
}
