import type { InputHTMLAttributes } from 'react';

type PasswordInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange'> & {
  value: string;
  onValue: (value: string) => void;
};

/** A password field that reports its text; inside a Field it receives the field's id and aria attributes. */
export function PasswordInput({ onValue, ...rest }: PasswordInputProps) {
  return <input type="password" {...rest} onChange={(e) => onValue(e.target.value)} />;
}
