import { useId } from 'react';
import {
  assignColumn,
  columnSamples,
  IMPORT_FIELDS,
  setTagColumns,
  type ColumnMapping,
  type MappingProposal,
  type SingleField,
} from '../../../../shared/backlog/csv/mapping';
import type { CsvTable } from '../../../../shared/backlog/csv/parse';

const NONE = '';

interface FieldMappingProps {
  table: CsvTable;
  mapping: ColumnMapping;
  reasons: MappingProposal['reasons'];
  onChange(mapping: ColumnMapping): void;
}

const REASON_TEXT = { header: 'by its header', values: 'guessed from its values' } as const;

/** One line per field of an item: the column it comes from, editable, and a sample of it. */
export function FieldMapping({ table, mapping, reasons, onChange }: FieldMappingProps) {
  const columnOptions = table.columns.map((column) => (
    <option key={column.index} value={String(column.index)}>
      {column.name}
    </option>
  ));

  return (
    <div className="backlog-mapping">
      <table className="backlog-mapping__table">
        <caption className="visually-hidden">Which column feeds each field</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Column in the file</th>
            <th scope="col">First values</th>
          </tr>
        </thead>
        <tbody>
          {IMPORT_FIELDS.map((info) => {
            if (info.field === 'tags') {
              return (
                <TagColumns
                  key="tags"
                  table={table}
                  mapping={mapping}
                  found={reasons.tags !== undefined}
                  onChange={onChange}
                />
              );
            }
            const field: SingleField = info.field;
            const index = mapping.fields[field];
            const reason = reasons[field];
            const proposed = reason !== undefined && index !== null;
            return (
              <tr key={field}>
                <th scope="row">
                  {info.label}
                  {info.required ? (
                    <span className="backlog-mapping__required"> (required)</span>
                  ) : null}
                  {proposed ? (
                    <span className="backlog-mapping__reason">Found {REASON_TEXT[reason]}</span>
                  ) : null}
                </th>
                <td>
                  <select
                    className="field__input"
                    aria-label={`Column for ${info.label}`}
                    value={index === null ? NONE : String(index)}
                    onChange={(event) =>
                      onChange(
                        assignColumn(
                          table,
                          mapping,
                          field,
                          event.target.value === NONE ? null : Number(event.target.value),
                        ),
                      )
                    }
                  >
                    <option value={NONE}>Not imported</option>
                    {columnOptions}
                  </select>
                </td>
                <td className="backlog-mapping__sample">
                  {index === null ? '' : columnSamples(table, index, 2).join(' · ')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ReadingOptions mapping={mapping} onChange={onChange} />
    </div>
  );
}

function TagColumns({
  table,
  mapping,
  found,
  onChange,
}: {
  table: CsvTable;
  mapping: ColumnMapping;
  found: boolean;
  onChange(mapping: ColumnMapping): void;
}) {
  const free = table.columns.filter((column) => !mapping.tags.includes(column.index));
  return (
    <tr>
      <th scope="row">
        Tags
        {found && mapping.tags.length > 0 ? (
          <span className="backlog-mapping__reason">Found by their headers</span>
        ) : null}
      </th>
      <td>
        <ul className="backlog-tag-columns" aria-label="Columns read as tags">
          {mapping.tags.map((index) => {
            const name = table.columns[index]?.name ?? `Column ${index + 1}`;
            return (
              <li key={index} className="backlog-tag-columns__chip">
                {name}
                <button
                  type="button"
                  className="backlog-tag-columns__remove"
                  aria-label={`Stop reading ${name} as tags`}
                  onClick={() =>
                    onChange(
                      setTagColumns(
                        mapping,
                        mapping.tags.filter((tag) => tag !== index),
                      ),
                    )
                  }
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
        <select
          className="field__input"
          aria-label="Add a column to the tags"
          value={NONE}
          onChange={(event) => {
            if (event.target.value !== NONE) {
              onChange(setTagColumns(mapping, [...mapping.tags, Number(event.target.value)]));
            }
          }}
        >
          <option value={NONE}>Add a column…</option>
          {free.map((column) => (
            <option key={column.index} value={String(column.index)}>
              {column.name}
            </option>
          ))}
        </select>
      </td>
      <td className="backlog-mapping__sample">
        {mapping.tags
          .flatMap((index) => columnSamples(table, index, 1))
          .slice(0, 3)
          .join(' · ')}
      </td>
    </tr>
  );
}

function ReadingOptions({
  mapping,
  onChange,
}: {
  mapping: ColumnMapping;
  onChange(mapping: ColumnMapping): void;
}) {
  const numbersId = useId();
  const confidenceId = useId();
  return (
    <div className="backlog-mapping__options">
      <div className="field">
        <label htmlFor={numbersId} className="field__label">
          Numbers are written like
        </label>
        <select
          id={numbersId}
          className="field__input"
          value={mapping.numberStyle}
          onChange={(event) =>
            onChange({
              ...mapping,
              numberStyle: event.target.value === 'decimal-comma' ? 'decimal-comma' : 'auto',
            })
          }
        >
          <option value="auto">1,200.5 (comma groups thousands)</option>
          <option value="decimal-comma">1.200,5 (comma is the decimal mark)</option>
        </select>
      </div>
      {mapping.fields.confidence === null ? null : (
        <div className="field">
          <label htmlFor={confidenceId} className="field__label">
            Confidence is written as
          </label>
          <select
            id={confidenceId}
            className="field__input"
            value={mapping.confidenceScale}
            onChange={(event) =>
              onChange({
                ...mapping,
                confidenceScale: event.target.value === 'fraction' ? 'fraction' : 'percent',
              })
            }
          >
            <option value="percent">80 or 80% (a percentage)</option>
            <option value="fraction">0.8 (a fraction)</option>
          </select>
        </div>
      )}
    </div>
  );
}
