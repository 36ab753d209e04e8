import type { SaveResult, SettingField, SettingsForm } from '../../../core/sidebar';
import type { SidebarBoot } from '../functions';
import { h, progressBar, replace } from './dom';
import { t } from './i18n';
import { call, errorText } from './server';

type Saved = SaveResult & { form: SettingsForm };

function input(field: SettingField): HTMLInputElement | HTMLSelectElement {
  const id = `setting-${field.key}`;
  if (field.options.length > 0) {
    const options = field.options.includes(field.value) ? field.options : [field.value, ...field.options];
    const select = h('select', { id, name: field.key }, ...options.map((o) => h('option', { value: o }, o)));
    select.value = field.value;
    return select;
  }
  return h('input', { id, name: field.key, type: 'text', value: field.value });
}

function renderForm(root: HTMLElement, form: SettingsForm, boot: SidebarBoot): void {
  if (form.sheet === null) {
    replace(
      root,
      h('div', { class: 'warning', 'data-test': 'settings-missing' }, t('sidebar.settings.noSheet')),
    );
    return;
  }
  const errors = new Map<string, HTMLElement>();
  const fields = form.fields.map((field) => {
    const control = input(field);
    const error = h(
      'div',
      { class: 'error small', 'data-test': `setting-error-${field.key}` },
      field.error === null ? '' : t('sidebar.settings.inSheet', { reason: field.error }),
    );
    errors.set(field.key, error);
    return {
      field,
      control,
      element: h(
        'div',
        { class: 'form-group', 'data-test': `setting-${field.key}` },
        h('label', { for: control.id }, field.label),
        control,
        h('div', { class: 'gray small' }, t('sidebar.settings.default', { value: field.defaultValue })),
        error,
      ),
    };
  });
  const status = h('div', { class: 'status', 'data-test': 'settings-status', 'aria-live': 'polite' });
  const save = h(
    'button',
    { type: 'submit', class: 'action', 'data-test': 'settings-save' },
    t('sidebar.settings.save'),
  );
  const element = h(
    'form',
    {},
    h('p', { class: 'gray' }, t('sidebar.settings.intro')),
    ...fields.map((f) => f.element),
    h('div', { class: 'block' }, save),
    status,
  );
  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    save.disabled = true;
    replace(status, progressBar());
    const values = Object.fromEntries(fields.map((f) => [f.field.key, f.control.value]));
    try {
      const saved = await call<Saved>('sidebarSaveSettings', values, boot.lang);
      const bad = Object.keys(saved.errors);
      if (bad.length > 0) {
        // The typed values stay in the form, each unreadable one with the sheet's own reason.
        for (const [key, error] of errors) error.textContent = saved.errors[key] ?? '';
        replace(status, h('div', { class: 'error' }, t('sidebar.settings.invalid', { count: bad.length })));
        return;
      }
      renderForm(root, saved.form, boot);
      const message =
        saved.changed.length === 0
          ? t('sidebar.settings.unchanged')
          : t('sidebar.settings.saved', { count: saved.changed.length });
      replace(root.querySelector('[data-test="settings-status"]')!, h('div', { class: 'ok' }, message));
    } catch (error) {
      replace(status, h('div', { class: 'error' }, t('sidebar.failed', { message: errorText(error) })));
    } finally {
      save.disabled = false;
    }
  });
  replace(root, element);
}

export async function loadSettings(root: HTMLElement, boot: SidebarBoot): Promise<void> {
  replace(root, progressBar());
  try {
    renderForm(root, await call<SettingsForm>('sidebarSettings', boot.lang), boot);
  } catch (error) {
    replace(root, h('div', { class: 'error' }, t('sidebar.failed', { message: errorText(error) })));
  }
}
