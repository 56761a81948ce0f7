import { describe, expect, it } from 'vitest';
import { parseFault } from '../../../src/transport/fault.ts';
import { htmlText, looksLikeMarkup } from '../../../src/transport/html-text.ts';

const MB = 1024 * 1024;

describe('htmlText', () => {
  it('keeps the text, drops script/style/head, reads a closed title', () => {
    const page = htmlText(
      '<html><head><title>502 Bad Gateway</title><style>p{}</style></head><body><h1>Bad</h1><script>x()</script>gateway</body></html>',
    );
    expect(page.title).toBe('502 Bad Gateway');
    expect(page.text.replace(/\s+/g, ' ').trim()).toBe('Bad gateway');
  });

  it('reads 1 MB of unclosed <script>, <style>, <title> and "<" in linear time', () => {
    const hostile = [
      `<title>${'<script>'.repeat(MB / 8)}`,
      `<p>${'<style>'.repeat(MB / 7)}`,
      `ok ${'x<'.repeat(MB / 2)}`,
      `${'<a '.repeat(MB / 3)}`,
    ];
    for (const page of hostile) {
      const started = performance.now();
      htmlText(page);
      looksLikeMarkup(page);
      expect(performance.now() - started).toBeLessThan(500);
    }
  });

  it('parseFault reads only the start of a 1 MB page, quickly', () => {
    const started = performance.now();
    const fault = parseFault(`<html><body>Proxy error${' <br'.repeat(MB / 4)}`);
    expect(performance.now() - started).toBeLessThan(500);
    expect(fault?.message.startsWith('Proxy error')).toBe(true);
  });
});
