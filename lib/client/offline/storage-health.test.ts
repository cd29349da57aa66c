import { describe, expect, it } from 'vitest';
import { storageHealthWords } from './storage-health';

describe('the device-health panel’s words', () => {
  it.each([
    [{ persisted: true, usageBytes: 2_202_009, quotaBytes: 1_288_490_188 }, 'Kept for good', '2.1 MB of 1.2 GB (0 %)'],
    [
      { persisted: false, usageBytes: 300, quotaBytes: 1024 * 1024 },
      'install the till on the Home Screen',
      '1 KB of 1.0 MB (0 %)',
    ],
    [
      { persisted: false, usageBytes: 900 * 1024 ** 2, quotaBytes: 1024 ** 3 },
      'Not kept for good',
      '900.0 MB of 1.0 GB (88 %)',
    ],
    [{ persisted: null, usageBytes: null, quotaBytes: null }, 'cannot say', 'Space used: unknown'],
  ])('%o', (health, kept, used) => {
    const words = storageHealthWords(health);
    expect(words.kept).toContain(kept);
    expect(words.used).toContain(used);
  });
});
