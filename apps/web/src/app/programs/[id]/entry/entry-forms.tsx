'use client';

import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { saveKpiValue, signIn, type EntryState } from './actions';

const EMPTY: EntryState = { errors: [], saved: null };

function Messages({ messages, id }: { messages: EntryState['errors']; id: string }) {
  if (messages.length === 0) return null;
  return (
    <span className="field-error" role="alert" id={id}>
      {messages.map((m) => m.message).join(' ')}
    </span>
  );
}

function FieldError({ state, field }: { state: EntryState; field: string }) {
  return (
    <Messages id={`${field}-error`} messages={state.errors.filter((e) => e.field === field)} />
  );
}

/** The fields whose messages stand next to their input; any other message is the form's. */
const FIELDS_WITH_MESSAGES = ['fiscalYear', 'target', 'actual', 'runningTotal', 'source'];

export function SignInForm({ back }: { back: string }) {
  const [state, action, pending] = useActionState(signIn, EMPTY);
  return (
    <form action={action} className="entry-form">
      <input type="hidden" name="back" value={back} />
      <label>
        API トークン / API token
        <input
          type="password"
          name="token"
          autoComplete="off"
          required
          aria-describedby="token-error"
        />
      </label>
      <FieldError state={state} field="token" />
      <button type="submit" disabled={pending}>
        サインイン / Sign in
      </button>
    </form>
  );
}

export interface KpiChoice {
  id: string;
  label: string;
  /** The version of each fiscal year already stored, so an edit is checked against what was read. */
  versions: Record<number, number>;
}

export function KpiValueForm({ kpis, defaultYear }: { kpis: KpiChoice[]; defaultYear: number }) {
  const [state, action, pending] = useActionState(saveKpiValue, EMPTY);
  const [kpiId, setKpiId] = useState(kpis[0]?.id ?? '');
  const [year, setYear] = useState(defaultYear);
  // The version of the chosen year as the page read it: the API refuses the save if it changed since.
  const version = kpis.find((kpi) => kpi.id === kpiId)?.versions[year];
  // Submitted by hand rather than through `action`: React resets a form after its action runs, and a
  // refused entry must come back as the editor typed it.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => action(form));
  };
  return (
    <form onSubmit={submit} className="entry-form">
      <input type="hidden" name="expectedVersion" value={version ?? ''} />
      {state.saved !== null ? (
        <p className="saved" role="status">
          保存しました（{state.saved}）。変更は監査ログに記録されました。 / Saved; the change is in
          the audit log.
        </p>
      ) : null}
      {/* A stale version among them: the input names no field the editor can see. */}
      <Messages
        id="form-error"
        messages={state.errors.filter((e) => !FIELDS_WITH_MESSAGES.includes(e.field))}
      />
      <label>
        KPI
        <select
          name="kpiId"
          required
          value={kpiId}
          onChange={(event) => setKpiId(event.target.value)}
        >
          {kpis.map((kpi) => (
            <option key={kpi.id} value={kpi.id}>
              {kpi.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        年度（西暦） / Fiscal year
        <input
          type="number"
          name="fiscalYear"
          value={year}
          onChange={(event) => setYear(Number(event.target.value))}
          required
          aria-describedby="fiscalYear-error"
        />
      </label>
      <FieldError state={state} field="fiscalYear" />
      {(['target', 'actual', 'runningTotal'] as const).map((name) => (
        <fieldset key={name} className="measure">
          <legend>
            {
              {
                target: '目標 / Target',
                actual: '実績 / Actual',
                runningTotal: '累計 / Running total',
              }[name]
            }
          </legend>
          <input
            type="text"
            inputMode="decimal"
            name={name}
            aria-label={`${name} value`}
            aria-describedby={`${name}-error`}
          />
          <select name={`${name}Absence`} aria-label={`${name}: why empty`} defaultValue="">
            <option value="">（値を入力 / a value）</option>
            <option value="NOT_REPORTED">未報告 / not reported</option>
            <option value="NOT_APPLICABLE">対象外 / no target</option>
            <option value="AMBIGUOUS">不明 / unclear</option>
          </select>
          <FieldError state={state} field={name} />
        </fieldset>
      ))}
      <label>
        達成状況（資料の語） / Status as the source words it
        <input type="text" name="status" placeholder="達成" />
      </label>
      <label>
        注記 / Note
        <input type="text" name="note" />
      </label>
      <label>
        出典の注記（どの資料から） / Where the figures come from
        <input type="text" name="sourceNote" required aria-describedby="source-error" />
      </label>
      <FieldError state={state} field="source" />
      <button type="submit" disabled={pending}>
        保存 / Save
      </button>
    </form>
  );
}
