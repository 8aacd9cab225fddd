import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';

describe('logger', () => {
  it('redacts secrets wherever they appear in a logged object', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger('test', 'info', sink);
    logger.info(
      {
        password: 'p1',
        credentials: { rut: '1-9', password: 'p2' },
        supplier: { password: 'p3', token: 't1' },
        req: { headers: { cookie: 'session=abc', authorization: 'Bearer xyz' } },
      },
      'saving',
    );
    const output = lines.join('');
    for (const secret of ['p1', 'p2', 'p3', 't1', 'session=abc', 'Bearer xyz', '1-9']) {
      expect(output).not.toContain(secret);
    }
    expect(output).toContain('[redacted]');
  });
});
