import { describe, expect, it } from 'vitest';
import { printJobIdFrom } from './printRoute';

describe('printJobIdFrom', () => {
  it.each([
    ['?print=Ab12_cd-34efgh', 'Ab12_cd-34efgh'],
    ['?x=1&print=job-000001', 'job-000001'],
    ['?print=', ''],
    ['', null],
    ['?printer=1', null],
  ])('%j → %j', (search, jobId) => {
    expect(printJobIdFrom(search)).toBe(jobId);
  });
});
