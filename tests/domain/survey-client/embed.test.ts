import { describe, expect, it } from 'vitest';
import {
  embedSnippet,
  heightFrom,
  heightMessage,
  heightMessageType,
} from '../../../src/domain/survey-client/embed.ts';

describe('height messages', () => {
  it('round-trips a height, rounded up', () => {
    expect(heightFrom(heightMessage(812.2))).toBe(813);
  });

  it('ignores messages of other kinds and absurd heights', () => {
    expect(heightFrom({ type: 'other', height: 10 })).toBeUndefined();
    expect(heightFrom({ type: heightMessageType, height: -1 })).toBeUndefined();
    expect(heightFrom({ type: heightMessageType, height: Infinity })).toBeUndefined();
    expect(heightFrom('nok-anketa:height')).toBeUndefined();
  });
});

describe('embedSnippet', () => {
  const snippet = embedSnippet(
    'https://nok.example/embed/anketa/kultura/?org=abinskiy-kdc',
    'Анкета: «Дом культуры» & <клуб>',
  );

  it('has an iframe with a title and the address, organization included', () => {
    expect(snippet).toContain(
      '<iframe src="https://nok.example/embed/anketa/kultura/?org=abinskiy-kdc" title="Анкета: «Дом культуры» &amp; &lt;клуб&gt;"',
    );
    // The listener finds its iframe by the same address, query and all.
    expect(snippet).toContain(
      'document.querySelector("iframe[src=\\"https://nok.example/embed/anketa/kultura/?org=abinskiy-kdc\\"]")',
    );
  });

  it('accepts heights only from its own iframe and the portal origin', () => {
    expect(snippet).toContain('e.source !== frame.contentWindow');
    expect(snippet).toContain('e.origin !== "https://nok.example"');
    expect(snippet).toContain(`d.type !== '${heightMessageType}'`);
  });

  it('cannot be broken out of by a crafted address', () => {
    const crafted = embedSnippet(
      'https://nok.example/embed/"></iframe><script>alert(1)</script>/',
      't',
    );
    expect(crafted).not.toContain('"></iframe><script>alert');
  });
});
