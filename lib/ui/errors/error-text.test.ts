import { describe, expect, it } from 'vitest';
import { describeError, errorOfBody, isNetworkFailure, type Messages } from './error-text';

const table: Record<string, string> = {
  wrong_credentials: '이메일 또는 비밀번호가 맞지 않습니다.',
  file_too_large: '파일이 {mb}MB보다 큽니다.',
  code_forbidden: '이 작업을 할 권한이 없습니다.',
  http_status: '요청이 실패했습니다({status}).',
};
const ko: Messages = {
  has: (k) => k in table,
  format: (k, p) =>
    table[k]!.replace(/\{(\w+)\}/g, (_, n) => {
      if (!p || !(n in p)) throw new Error(`missing ${n}`);
      return String(p[n]);
    }),
};

describe('describeError', () => {
  it('translates a known reason with its parameters', () => {
    expect(
      describeError({ code: 'unauthenticated', reason: 'wrong_credentials', message: 'The email or password is not correct.' }, ko, 'ko'),
    ).toBe('이메일 또는 비밀번호가 맞지 않습니다.');
    expect(describeError({ code: 'payload_too_large', reason: 'file_too_large', params: { mb: 20 }, message: 'x' }, ko, 'ko')).toBe(
      '파일이 20MB보다 큽니다.',
    );
  });

  it('shows the server text for a reason it does not know', () => {
    expect(describeError({ code: 'forbidden', reason: 'brand_new_rule', message: 'New rule says no.' }, ko, 'ko')).toBe(
      'New rule says no.',
    );
  });

  it('falls back to the server text when a parameter is missing', () => {
    expect(describeError({ code: 'payload_too_large', reason: 'file_too_large', message: 'Too big.' }, ko, 'ko')).toBe('Too big.');
  });

  it('uses the category in Korean when no reason is sent, the server text in English', () => {
    expect(describeError({ code: 'forbidden', message: 'Only the note author may change it.' }, ko, 'ko')).toBe(
      '이 작업을 할 권한이 없습니다.',
    );
    expect(describeError({ code: 'forbidden', message: 'Only the note author may change it.' }, ko, 'en')).toBe(
      'Only the note author may change it.',
    );
  });

  it('never invents a key from a reason with dots or capitals', () => {
    expect(describeError({ reason: 'a.b', message: 'server' }, ko, 'ko')).toBe('server');
  });

  it('says the status when there is nothing else', () => {
    expect(describeError({ status: 502 }, ko, 'ko')).toBe('요청이 실패했습니다(502).');
  });
});

describe('errorOfBody', () => {
  it('reads the error envelope and tolerates garbage', () => {
    expect(errorOfBody(409, { error: { code: 'conflict', reason: 'already_approved', message: 'm', params: { n: 1 } } })).toEqual({
      status: 409,
      code: 'conflict',
      reason: 'already_approved',
      message: 'm',
      params: { n: 1 },
    });
    expect(errorOfBody(500, null)).toEqual({ status: 500, code: undefined, reason: undefined, params: undefined, message: undefined });
    expect(errorOfBody(500, { error: { code: 5, params: 'x' } }).code).toBeUndefined();
  });
});

describe('isNetworkFailure', () => {
  it("recognises the browsers' fetch failures", () => {
    expect(isNetworkFailure(new TypeError('Failed to fetch'))).toBe(true);
    expect(isNetworkFailure(new TypeError('NetworkError when attempting to fetch resource.'))).toBe(true);
    expect(isNetworkFailure(new Error('Failed to fetch'))).toBe(false);
  });
});
