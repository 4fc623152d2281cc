// Checking one captured attribute value against the spec's type. Pure.
import type { EnumRecord } from '../spec/types.ts';
import { isJidServer, isPlaceholder, isPlaceholderJid } from '../sanitize/placeholders.ts';

export type ValueCheck =
  /** A placeholder: the attribute exists, but the value says nothing about the vocabulary. */
  | { kind: 'placeholder' }
  /** Fits the type; `enumValue` is the enum's own spelling when the type is an enum. */
  | { kind: 'ok'; enumValue?: string }
  | { kind: 'enum' | 'type'; message: string }
  /** `enum:<id>` naming no enum of the repository (the validator reports it): not judged here. */
  | { kind: 'unchecked' };

/** A placeholder per the grammar: a value placeholder, the redaction marker or a placeholder JID. */
export function isPlaceholderValue(value: string): boolean {
  return isPlaceholder(value) || isPlaceholderJid(value);
}

const INT = /^-?[0-9]+$/;
const UNSIGNED = /^[0-9]+$/;
const HEX = /^[0-9A-Fa-f]+$/;

/**
 * Messages say what was expected, never what was found: the value comes from an issue.
 * `string` and `bytes` accept anything. A placeholder is never judged against the type.
 */
export function checkValue(value: string, type: string, enums: readonly EnumRecord[]): ValueCheck {
  if (isPlaceholderValue(value)) return { kind: 'placeholder' };
  if (type.startsWith('enum:')) {
    const id = type.slice('enum:'.length);
    const record = enums.find((e) => e.id === id);
    if (!record) return { kind: 'unchecked' };
    const member = record.values.find((v) => String(v.value) === value);
    if (member) return { kind: 'ok', enumValue: String(member.value) };
    return { kind: 'enum', message: `value is not one of the ${record.values.length} values of enum ${id}` };
  }
  switch (type) {
    case 'int':
      return INT.test(value) ? { kind: 'ok' } : { kind: 'type', message: 'expected an int (a whole number)' };
    case 'timestamp':
      return UNSIGNED.test(value) ? { kind: 'ok' } : { kind: 'type', message: 'expected a timestamp (whole seconds since the Unix epoch)' };
    case 'bool':
      return value === 'true' || value === 'false' ? { kind: 'ok' } : { kind: 'type', message: 'expected a bool (true or false)' };
    case 'jid':
      // A bare server JID (`s.whatsapp.net`) is a JID with an empty user part.
      return value.includes('@') || isJidServer(value) ? { kind: 'ok' } : { kind: 'type', message: 'expected a jid (user@server)' };
    case 'hex':
      return HEX.test(value) ? { kind: 'ok' } : { kind: 'type', message: 'expected hex digits' };
    default:
      return { kind: 'ok' };
  }
}
