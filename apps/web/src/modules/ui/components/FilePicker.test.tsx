import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../../app/i18n';
import { Field } from './Field';
import { FilePicker } from './FilePicker';

describe('FilePicker', () => {
  it('speaks the interface language instead of the browser’s, and keeps the input reachable by its label', async () => {
    const onFiles = jest.fn();
    render(
      <I18nextProvider i18n={createI18n('de')}>
        <Field label="TMX-Datei">
          <FilePicker accept=".tmx" testId="tmx" onFiles={onFiles} />
        </Field>
      </I18nextProvider>,
    );
    expect(screen.getByText('Datei auswählen')).toBeInTheDocument();
    expect(screen.getByTestId('tmx-chosen')).toHaveTextContent('Keine Datei ausgewählt');

    const input = screen.getByLabelText('TMX-Datei');
    expect(input).toHaveAttribute('type', 'file');
    await userEvent.upload(input, new File(['<tmx/>'], 'memory.tmx', { type: 'application/xml' }));
    expect(screen.getByTestId('tmx-chosen')).toHaveTextContent('memory.tmx');
    expect(onFiles).toHaveBeenCalledTimes(1);
  });
});
