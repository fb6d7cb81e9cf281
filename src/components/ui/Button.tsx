import type { ButtonHTMLAttributes } from "react";

const VARIANTS = {
  primary: "bg-brand-800 text-white border-2 border-brand-800 hover:bg-brand-900",
  secondary: "bg-white text-slate-900 border-2 border-slate-700 hover:bg-slate-100",
  danger: "bg-red-700 text-white border-2 border-red-700 hover:bg-red-800",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

export function buttonClass(variant: ButtonVariant = "primary"): string {
  return `inline-block px-4 py-2 font-semibold no-underline disabled:opacity-60 ${VARIANTS[variant]}`;
}

export function Button({ variant = "primary", className = "", type = "submit", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} className={`${buttonClass(variant)} ${className}`} {...props} />;
}
