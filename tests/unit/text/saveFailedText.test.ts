/** "Gagal menyimpan:" once, in both languages, whether or not the failure's sentence carries it. */
import { describe, expect, it } from 'vitest';
import { errorText } from '../../../shared/errors';
import { withPrefixOnce } from '../../../shared/saveFailedText';

describe('the save status prefix', () => {
  it('is not repeated before a WRITE_FAILED sentence, in Indonesian or English', () => {
    expect(withPrefixOnce('Gagal menyimpan: ', errorText('WRITE_FAILED', { detail: 'ruang disk penuh' }))).toBe('Gagal menyimpan: ruang disk penuh');
    expect(withPrefixOnce('Saving failed: ', errorText('WRITE_FAILED', { detail: 'disk full' }, 'en'))).toBe('Saving failed: disk full');
  });
  it('is added before a sentence that does not carry it', () => {
    expect(withPrefixOnce('Gagal menyimpan: ', errorText('FILE_READ_ONLY'))).toBe(`Gagal menyimpan: ${errorText('FILE_READ_ONLY')}`);
  });
});
