import { describe, expect, it } from 'vitest';
import { classifyResponse, errorsOf } from '../../../src/domain/survey-client/outcome.ts';

const now = 0;

describe('classifyResponse', () => {
  it('treats 201 (stored) and 200 as confirmed', () => {
    expect(classifyResponse(201, { id: 'x', status: 'accepted' }, null, now)).toEqual({
      kind: 'sent',
    });
    expect(classifyResponse(200, undefined, null, now)).toEqual({ kind: 'sent' });
  });

  it('keeps the receiver reasons of a 422 for the error summary', () => {
    const errors = [{ field: 'q2', message: 'Вопрос 2: ответьте на вопрос.' }];
    expect(classifyResponse(422, { errors }, null, now)).toEqual({ kind: 'refused', errors });
  });

  it('retries 429 after Retry-After, and 408 and 5xx after the backoff', () => {
    expect(classifyResponse(429, { errors: [] }, '12', now)).toEqual({
      kind: 'retry',
      afterMs: 12_000,
    });
    expect(classifyResponse(429, undefined, null, now)).toEqual({ kind: 'retry' });
    expect(classifyResponse(408, undefined, null, now)).toEqual({ kind: 'retry' });
    expect(classifyResponse(503, undefined, null, now)).toEqual({ kind: 'retry' });
  });

  it('stops on other 4xx with the receiver message, or a general one naming the code', () => {
    const forbidden = {
      errors: [{ field: null, message: 'Отправка с этого сайта не разрешена.' }],
    };
    expect(classifyResponse(403, forbidden, null, now)).toEqual({
      kind: 'failed',
      errors: forbidden.errors,
    });
    const failed = classifyResponse(404, '<html>', null, now);
    expect(failed.kind).toBe('failed');
    expect(failed.kind === 'failed' && failed.errors[0]?.message).toContain('404');
  });
});

describe('errorsOf', () => {
  it('drops malformed entries and falls back to one general message', () => {
    expect(errorsOf({ errors: [{ field: 1, message: 'x' }, 'y'] }, 'общее')).toEqual([
      { field: null, message: 'общее' },
    ]);
    expect(
      errorsOf({ errors: [{ field: null, message: 'a' }, { message: 'b' }] }, 'общее'),
    ).toEqual([{ field: null, message: 'a' }]);
  });
});
