import { LANGUAGE_ROLES, ROLES, type Language, type Role } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui';

interface RoleFieldsProps {
  role: Role;
  language: Language | null;
  languages: Language[];
  errors: Record<string, string>;
  onChange: (role: Role, language: Language | null) => void;
}

/** Role select, plus the target language when the role is given per language (translator, reviewer). */
export function RoleFields({ role, language, languages, errors, onChange }: RoleFieldsProps) {
  const { t } = useTranslation();
  const perLanguage = LANGUAGE_ROLES.includes(role);
  return (
    <div className="form__row">
      <Field label={t('members:role')} error={errors.role}>
        <select
          value={role}
          onChange={(e) => onChange(e.target.value as Role, LANGUAGE_ROLES.includes(e.target.value as Role) ? (language ?? languages[0]) : null)}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`common:role.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      {perLanguage && (
        <Field label={t('members:language')} error={errors.language}>
          <select value={language ?? ''} onChange={(e) => onChange(role, e.target.value as Language)}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {t(`common:language.${l}`)}
              </option>
            ))}
          </select>
        </Field>
      )}
    </div>
  );
}
