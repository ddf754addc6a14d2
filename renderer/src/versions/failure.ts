/** A refusal from main in the language on screen (the Fail carries the Indonesian sentence and its parameters). */
import { errorText } from '../../../shared/errors';
import type { Fail } from '../../../shared/result';
import { currentLang } from '../i18n';

export const failureText = (f: Fail): string => (currentLang() === 'en' ? errorText(f.code, f.params ?? {}, 'en') : f.message);
