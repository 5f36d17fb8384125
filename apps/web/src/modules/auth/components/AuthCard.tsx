import type { ReactNode } from 'react';
import { LanguageSwitcher } from '../../ui-language';

/** The small centred card of the pages before sign-in, with the product name and the UI language. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="auth-page">
      <div className="auth-page__lang">
        <LanguageSwitcher />
      </div>
      <section className="auth-card">
        <p className="brand brand--large">Interlinea</p>
        <h1 className="auth-card__title">{title}</h1>
        {children}
      </section>
    </main>
  );
}
