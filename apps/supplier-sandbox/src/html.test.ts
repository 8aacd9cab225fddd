import { describe, expect, it } from 'vitest';
import { formatClp, html } from './html';

describe('html', () => {
  it('escapes interpolated text and attributes but not nested markup', () => {
    const name = `<script>alert("x")</script> & 'y'`;
    const inner = html`<b>${name}</b>`;
    expect(html`<p title="${name}">${inner}${[1, 2]}${null}${false}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;">' +
        '<b>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</b>12</p>',
    );
  });

  it('formats Chilean pesos with dots', () => {
    expect(formatClp(1990)).toBe('$1.990');
    expect(formatClp(12990)).toBe('$12.990');
    expect(formatClp(899990)).toBe('$899.990');
    expect(formatClp(1234567)).toBe('$1.234.567');
    expect(formatClp(990)).toBe('$990');
  });
});
