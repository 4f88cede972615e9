import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validAnswers, validSubmission } from '../domain/questionnaire/fixtures.ts';
import { postJson, send, startReceiver, storeKinds, type Running } from './harness.ts';

const fresh = (overrides: Record<string, unknown> = {}) =>
  validSubmission('health', { id: randomUUID(), ...overrides });

// Every test runs against both stores: the guarantees are the receiver's, whichever holds the answers.
describe.each(storeKinds)('the receiver on %s', (kind) => {
  describe('POST /api/answers', () => {
    let r: Running;
    beforeAll(async () => {
      r = await startReceiver({ now: () => new Date('2025-06-15T21:30:00Z') }, kind);
    });
    afterAll(() => r.stop());

    it('stores a valid answer and answers 201 only with the row committed', async () => {
      const body = fresh({ answers: { ...validAnswers('health'), q16: 'Нужна парковка' } });
      const reply = await postJson(r.port, body);
      expect(reply.status).toBe(201);
      expect(reply.json()).toMatchObject({ id: body['id'], status: 'accepted' });
      const row = (await r.rows()).find((x) => x['id'] === body['id']);
      expect(row).toMatchObject({
        organization: 'gbuz-bolnica-1',
        questionnaire: '675н-2018',
        sphere: 'health',
        received_on: '2025-06-15',
        proposal: 'Нужна парковка',
      });
      expect(JSON.parse(String(row?.['answers_json']))).toEqual(validAnswers('health'));
    });

    it('answers a replay with the original response and stores nothing new', async () => {
      const body = fresh({ submittedAt: '2025-06-15T10:00:00Z' });
      const first = await postJson(r.port, body);
      const again = await postJson(r.port, { ...body, submittedAt: '2025-06-15T10:00:05Z' });
      expect(again.status).toBe(first.status);
      expect(again.text).toBe(first.text);
      expect((await r.rows()).filter((x) => x['id'] === body['id'])).toHaveLength(1);
    });

    it('refuses the same id with different answers (422) and keeps the first', async () => {
      const body = fresh();
      await postJson(r.port, body);
      const changed = await postJson(r.port, {
        ...body,
        answers: { ...validAnswers('health'), q15: 'no' },
      });
      expect(changed.status).toBe(422);
      expect(changed.json().errors[0]?.field).toBe('id');
      expect(
        (
          JSON.parse(
            String((await r.rows()).find((x) => x['id'] === body['id'])?.['answers_json']),
          ) as Record<string, string>
        )['q15'],
      ).toBe('yes');
    });

    it('refuses schema violations with 422 and field errors', async () => {
      const answers = { ...validAnswers('health'), q1: 'no' };
      const reply = await postJson(r.port, fresh({ answers }));
      expect(reply.status).toBe(422);
      expect(reply.json()).toEqual({
        errors: [
          {
            field: 'q2',
            message: 'Вопрос 2: на этот вопрос не отвечают, если на предыдущий ответили «Нет».',
          },
        ],
      });
    });

    it('refuses a wrong content type with 415', async () => {
      const reply = await send(r.port, {
        body: JSON.stringify(fresh()),
        headers: { 'Content-Type': 'text/plain' },
      });
      expect(reply.status).toBe(415);
      expect(reply.json().errors[0]?.message).toMatch(/application\/json/);
    });

    it.each([
      [
        'a charset other than UTF-8',
        { 'Content-Type': 'application/json; charset=windows-1251' },
        /UTF-8/,
      ],
      [
        'a compressed body',
        { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
        /Content-Encoding/,
      ],
    ])('refuses %s with 415 and stores nothing', async (_, headers, message) => {
      const before = (await r.rows()).length;
      const reply = await send(r.port, { body: JSON.stringify(fresh()), headers });
      expect(reply.status).toBe(415);
      expect(reply.json().errors[0]?.message).toMatch(message);
      expect(await r.rows()).toHaveLength(before);
    });

    it('takes a UTF-8 charset in any spelling', async () => {
      for (const charset of ['utf-8', 'UTF-8', '"utf-8"', 'utf8']) {
        const body = fresh({ answers: { ...validAnswers('health'), q16: 'Ёлки, «кавычки»' } });
        const reply = await send(r.port, {
          body: JSON.stringify(body),
          headers: { 'Content-Type': `application/json; charset=${charset}` },
        });
        expect(reply.status, charset).toBe(201);
        expect((await r.rows()).find((x) => x['id'] === body['id'])?.['proposal']).toBe(
          'Ёлки, «кавычки»',
        );
      }
    });

    it('refuses an organization the portal does not show, and one asked under another sphere', async () => {
      const unknown = await postJson(r.port, fresh({ organization: 'net-takoy' }));
      expect(unknown.status).toBe(422);
      expect(unknown.json().errors).toEqual([
        { field: 'organization', message: 'Организация: такой организации на портале нет.' },
      ]);
      const otherSphere = await postJson(r.port, validSubmission('culture', { id: randomUUID() }));
      expect(otherSphere.status).toBe(422);
      expect(otherSphere.json().errors).toEqual([
        {
          field: 'sphere',
          message:
            'Сфера: организация относится к сфере «охрана здоровья», а анкета — к сфере «культура».',
        },
      ]);
      expect(
        (await r.rows()).filter(
          (x) => x['organization'] !== 'gbuz-bolnica-1' || x['sphere'] !== 'health',
        ),
      ).toHaveLength(0);
    });

    it('takes random (version 4) ids only, and an upper-case copy of an id is the same respondent', async () => {
      for (const id of [
        'c232ab00-9414-11ec-b3c8-9f6bdeced846',
        '017f22e2-79b0-7cc3-98c4-dc0c0c07398f',
      ]) {
        const reply = await postJson(r.port, fresh({ id }));
        expect(reply.status, id).toBe(422);
        expect(reply.json().errors[0]?.field).toBe('id');
      }
      const body = fresh();
      const first = await postJson(r.port, body);
      const upper = await postJson(r.port, { ...body, id: String(body['id']).toUpperCase() });
      expect(upper.status).toBe(first.status);
      expect(upper.text).toBe(first.text);
      expect(
        (await r.rows()).filter((x) => String(x['id']).toLowerCase() === body['id']),
      ).toHaveLength(1);
    });

    it('takes the no-JavaScript form and sends it back to the result pages (303)', async () => {
      const fields = new URLSearchParams({
        organization: 'gbuz-bolnica-1',
        questionnaire: '675н-2018',
        sphere: 'health',
        website: '',
        ...validAnswers('health'),
      });
      const reply = await send(r.port, {
        body: fields.toString(),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      expect(reply.status).toBe(303);
      expect(reply.headers['location']).toBe('/anketa/otpravleno/');
    });

    it('refuses malformed JSON with 400', async () => {
      const reply = await send(r.port, {
        body: '{"id": ',
        headers: { 'Content-Type': 'application/json' },
      });
      expect(reply.status).toBe(400);
      expect(reply.json().errors[0]?.message).toMatch(/JSON/);
    });

    it.each([
      ['__proto__ at the top', '{"__proto__": {"polluted": 1}, "id": "x"}'],
      [
        'constructor inside answers',
        '{"answers": {"constructor": {"prototype": {"polluted": 1}}}}',
      ],
    ])('refuses prototype poisoning (%s) with 400', async (_name, body) => {
      const reply = await send(r.port, { body, headers: { 'Content-Type': 'application/json' } });
      expect(reply.status).toBe(400);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });

    it('refuses a body over 32 KB declared by Content-Length with 413', async () => {
      const big = JSON.stringify(
        fresh({ answers: { ...validAnswers('health'), q16: 'я'.repeat(20_000) } }),
      );
      expect(Buffer.byteLength(big)).toBeGreaterThan(32_768);
      const reply = await send(r.port, {
        body: big,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(big) },
      });
      expect(reply.status).toBe(413);
      expect(reply.headers['connection']).toBe('close');
    });

    it('refuses a chunked body over 32 KB with 413 without reading it to the end', async () => {
      const chunks = Array.from({ length: 4096 }, () => Buffer.alloc(1024, 0x20)); // 4 MB of spaces, never all sent
      const reply = await send(r.port, {
        chunks,
        headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      });
      expect(reply.status).toBe(413);
    });

    it('never leaks a stack trace in error responses', async () => {
      const replies = await Promise.all([
        send(r.port, { body: '{', headers: { 'Content-Type': 'application/json' } }),
        send(r.port, { method: 'PUT', body: '' }),
        send(r.port, { method: 'GET', path: '/api/nothing' }),
        postJson(r.port, { id: 1 }),
      ]);
      for (const reply of replies) {
        expect(reply.status).toBeGreaterThanOrEqual(400);
        expect(reply.text).not.toMatch(/at .*\.ts:\d+|Error:|\/work\//);
        expect(Object.keys(reply.json())).toEqual(['errors']);
      }
    });

    it('stores no IP address, user agent or time of day', async () => {
      const body = fresh();
      await postJson(r.port, body, {
        'User-Agent': 'Mozilla/5.0 TestAgent',
        'X-Forwarded-For': '203.0.113.9',
      });
      expect((await r.columns()).sort()).toEqual(
        [
          'answers_json',
          'canonical_hash',
          'id',
          'organization',
          'proposal',
          'questionnaire',
          'received_on',
          'sphere',
        ].sort(),
      );
      const dump = JSON.stringify(await r.rows());
      expect(dump).not.toMatch(/127\.0\.0\.1|203\.0\.113\.9|TestAgent|Mozilla|21:30/);
    });

    it('reports health', async () => {
      const reply = await send(r.port, { method: 'GET', path: '/api/health' });
      expect(reply.status).toBe(200);
      expect(reply.json()).toEqual({ status: 'ok' });
    });
  });

  describe('honeypot', () => {
    let r: Running;
    beforeAll(async () => {
      r = await startReceiver({}, kind);
    });
    afterAll(() => r.stop());

    it('pretends success to a filled honeypot and stores nothing', async () => {
      const body = fresh({ website: 'http://spam.example' });
      const reply = await postJson(r.port, body);
      expect(reply.status).toBe(201);
      expect(reply.json()).toMatchObject({ id: body['id'], status: 'accepted' });
      expect(await r.rows()).toHaveLength(0);
    });
  });

  describe('rate limit', () => {
    let r: Running;
    beforeAll(async () => {
      r = await startReceiver({ rateLimit: { burst: 2, perMinute: 6 } }, kind);
    });
    afterAll(() => r.stop());

    it('answers 429 with Retry-After once the bucket is empty', async () => {
      expect((await postJson(r.port, fresh())).status).toBe(201);
      expect((await postJson(r.port, fresh())).status).toBe(201);
      const limited = await postJson(r.port, fresh());
      expect(limited.status).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBe(10);
      expect(await r.rows()).toHaveLength(2);
    });
  });

  describe('rate limit behind a trusted proxy', () => {
    let r: Running;
    beforeAll(async () => {
      r = await startReceiver({ rateLimit: { burst: 1, perMinute: 1 }, trustProxy: true }, kind);
    });
    afterAll(() => r.stop());

    it('keys clients by the last X-Forwarded-For hop', async () => {
      const via = (hops: string) => postJson(r.port, fresh(), { 'X-Forwarded-For': hops });
      expect((await via('198.51.100.1, 10.0.0.1')).status).toBe(201);
      expect((await via('198.51.100.2, 10.0.0.1')).status).toBe(429); // same last hop
      expect((await via('10.0.0.2')).status).toBe(201);
    });
  });

  describe('CORS', () => {
    let r: Running;
    const allowed = 'https://minzdrav.example';
    beforeAll(async () => {
      r = await startReceiver({ allowedOrigins: [allowed] }, kind);
    });
    afterAll(() => r.stop());

    it('answers a preflight from a listed origin', async () => {
      const reply = await send(r.port, {
        method: 'OPTIONS',
        headers: {
          Origin: allowed,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type',
        },
      });
      expect(reply.status).toBe(204);
      expect(reply.headers['access-control-allow-origin']).toBe(allowed);
      expect(reply.headers['access-control-allow-methods']).toBe('POST');
      expect(reply.headers['access-control-allow-headers']).toBe('Content-Type');
    });

    it('gives an unlisted origin no CORS headers, on preflight or post', async () => {
      const preflight = await send(r.port, {
        method: 'OPTIONS',
        headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
      });
      expect(preflight.status).toBe(403);
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      const post = await postJson(r.port, fresh(), { Origin: 'https://evil.example' });
      expect(post.status).toBe(403);
      expect(post.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('lets a listed origin read the response of a post', async () => {
      const post = await postJson(r.port, fresh(), { Origin: allowed });
      expect(post.status).toBe(201);
      expect(post.headers['access-control-allow-origin']).toBe(allowed);
      expect(post.headers['vary']).toMatch(/Origin/);
    });

    it('accepts posts without Origin (non-browser clients) and from its own loopback address', async () => {
      expect((await postJson(r.port, fresh())).status).toBe(201);
      expect(
        (await postJson(r.port, fresh(), { Origin: `http://127.0.0.1:${r.port}` })).status,
      ).toBe(201);
      expect(
        (await postJson(r.port, fresh(), { Origin: `http://localhost:${r.port}` })).status,
      ).toBe(201);
    });
  });

  describe('behind a reverse proxy, with the portal’s public origin configured', () => {
    let r: Running;
    const site = 'https://nok.example.ru';
    beforeAll(async () => {
      r = await startReceiver({ publicOrigin: site, base: '/nok/', trustProxy: true }, kind);
    });
    afterAll(() => r.stop());

    it('takes posts from the public origin, whatever Host the proxy sends', async () => {
      expect(
        (await postJson(r.port, fresh(), { Origin: site, Host: '127.0.0.1:4321' })).status,
      ).toBe(201);
    });

    it('never takes its own origin from Host or X-Forwarded-Host', async () => {
      const forged = await postJson(r.port, fresh(), {
        Origin: 'https://evil.example',
        Host: 'evil.example',
        'X-Forwarded-Host': 'evil.example',
      });
      expect(forged.status).toBe(403);
      expect(
        (await postJson(r.port, fresh(), { Origin: `http://127.0.0.1:${r.port}` })).status,
      ).toBe(403);
    });

    it('sends the no-JavaScript form to the result pages at the public origin and base', async () => {
      const fields = new URLSearchParams({
        organization: 'gbuz-bolnica-1',
        questionnaire: '675н-2018',
        sphere: 'health',
        website: '',
        ...validAnswers('health'),
      });
      const post = (body: URLSearchParams) =>
        send(r.port, {
          body: body.toString(),
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: site },
        });
      expect((await post(fields)).headers['location']).toBe(`${site}/nok/anketa/otpravleno/`);
      fields.delete('q6');
      expect((await post(fields)).headers['location']).toBe(
        `${site}/nok/anketa/oshibka/?reason=invalid&fields=q6`,
      );
    });

    it('takes a no-JavaScript form’s organization from the portal page it was sent from, never from another site', async () => {
      const fields = new URLSearchParams({
        organization: '',
        questionnaire: '675н-2018',
        sphere: 'health',
        website: '',
        ...validAnswers('health'),
      });
      const post = (referer: string) =>
        send(r.port, {
          body: fields.toString(),
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            Origin: site,
            Referer: referer,
          },
        });
      const before = (await r.rows()).length;
      expect(
        (await post(`${site}/nok/anketa/okhrana-zdorovya/?org=gbuz-bolnica-1`)).headers['location'],
      ).toBe(`${site}/nok/anketa/otpravleno/`);
      expect((await r.rows()).length).toBe(before + 1);
      const foreign = await post('https://evil.example/anketa/?org=gbuz-bolnica-1');
      expect(foreign.headers['location']).toBe(
        `${site}/nok/anketa/oshibka/?reason=invalid&fields=organization`,
      );
      expect((await r.rows()).length).toBe(before + 1);
    });

    it('sends the embed page’s form to the result pages that may be framed', async () => {
      const fields = new URLSearchParams({
        organization: 'gbuz-bolnica-1',
        questionnaire: '675н-2018',
        sphere: 'health',
        website: '',
        ...validAnswers('health'),
      });
      const reply = await send(r.port, {
        path: '/api/answers?from=embed',
        body: fields.toString(),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: site },
      });
      expect(reply.headers['location']).toBe(`${site}/nok/embed/anketa/otpravleno/`);
    });
  });
});
