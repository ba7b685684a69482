import { waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PrintJob, Response } from '../../../shared/ipc/contract';
import { createServices, type AppServices } from '../../app/services';
import type { FakeHandlers } from '../../bridge/fakeBridge';
import { baseHandlers, fakeHost, fileRef, sampleWorkshop } from '../../testing/fakeHost';
import { exportRoadmapPdf } from './exportPdf';

type PdfAnswer = Response<'export:pdf'>;

const SAVED: PdfAnswer = { status: 'saved', name: 'Q3 planning.pdf', displayPath: '~/Tradeoff' };
const UNAVAILABLE: PdfAnswer = {
  status: 'unavailable',
  message: 'This Tradeoff has no PDF engine.',
};
const NEEDS_TARGET: PdfAnswer = {
  status: 'failed',
  message: 'Choose a folder and a file name in the Export dialog.',
};

async function servicesFor(dialogs: 'in-app' | 'native', handlers: FakeHandlers) {
  const api = fakeHost(handlers, dialogs);
  const services = createServices(api);
  services.ui.setState({
    host: await api.app.info({}),
    session: { ...services.ui.getState().session, file: fileRef() },
  });
  services.documents.getState().load(sampleWorkshop('Q3 planning'));
  return { api, services };
}

function answerDialog(services: AppServices, kind: string, answer: (resolve: never) => void) {
  return waitFor(() => {
    const dialog = services.ui.getState().dialog;
    expect(dialog?.kind).toBe(kind);
    if (dialog) answer(dialog.resolve as never);
  });
}

describe('exportRoadmapPdf', () => {
  it('has the host print the open workshop, under its title, and says where the file went', async () => {
    const { api, services } = await servicesFor('native', { 'export:pdf': () => SAVED });
    await expect(exportRoadmapPdf(services)).resolves.toBe(true);
    expect(api.requestsTo('export:pdf')).toEqual([
      {
        doc: services.documents.getState().doc,
        workshopFileName: 'Q3 planning.tradeoff',
        suggestedName: 'Q3 planning.pdf',
      },
    ]);
    expect(services.ui.getState().notices.map((n) => n.text)).toEqual([
      'Saved “Q3 planning.pdf” in ~/Tradeoff.',
    ]);
  });

  it('in a browser host with an engine, asks where to save, then prints there', async () => {
    const answers = [NEEDS_TARGET, SAVED];
    const { api, services } = await servicesFor('in-app', {
      'export:pdf': () => answers.shift() ?? SAVED,
    });
    const exporting = exportRoadmapPdf(services);
    await answerDialog(services, 'saveFile', (resolve: (t: unknown) => void) =>
      resolve({ folderId: 'folder-0001', fileName: 'Q3 planning.pdf' }),
    );
    await expect(exporting).resolves.toBe(true);
    const requests = api.requestsTo('export:pdf');
    expect(requests).toHaveLength(2);
    expect(requests[0]?.target).toBeUndefined();
    expect(requests[1]?.target).toEqual({ folderId: 'folder-0001', fileName: 'Q3 planning.pdf' });
  });

  it('without an engine, goes straight to the browser’s print dialog at the preferred page size', async () => {
    const { services } = await servicesFor('in-app', {
      'export:pdf': () => UNAVAILABLE,
      'prefs:get': () => ({ preferences: { theme: 'dark', pdfPageSize: 'Letter' }, notice: null }),
    });
    const printed: PrintJob[] = [];
    const fallback = vi.fn(async (job: PrintJob) => void printed.push(job));

    await expect(exportRoadmapPdf(services, fallback)).resolves.toBe(false);
    expect(services.ui.getState().dialog).toBeNull();
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatchObject({
      doc: services.documents.getState().doc,
      workshopFileName: 'Q3 planning.tradeoff',
      pageSize: 'Letter',
    });
    expect(Number.isNaN(Date.parse(printed[0]?.requestedAt ?? ''))).toBe(false);
    expect(services.ui.getState().notices[0]?.text).toMatch(/choose “Save as PDF”/);
  });

  it('falls back to the print dialog when a host answers that it has no engine after all', async () => {
    const { services } = await servicesFor('native', { 'export:pdf': () => UNAVAILABLE });
    const fallback = vi.fn(() => Promise.resolve());
    await exportRoadmapPdf(services, fallback);
    expect(fallback).toHaveBeenCalledTimes(1);
    expect(services.ui.getState().dialog).toBeNull();
  });

  it('reports a print view that could not be printed', async () => {
    const { services } = await servicesFor('in-app', { 'export:pdf': () => UNAVAILABLE });
    const exporting = exportRoadmapPdf(services, () =>
      Promise.reject(new Error('1 chart was not drawn within 15 s')),
    );
    await answerDialog(services, 'error', (resolve: () => void) => resolve());
    await exporting;
    expect(services.ui.getState().busy).toBeNull();
  });

  it('reports what the host could not write, and leaves it at that', async () => {
    const { services } = await servicesFor('native', {
      'export:pdf': () => ({
        status: 'failed',
        message: '“Q3 planning.pdf” could not be saved (no permission). Nothing was written.',
      }),
    });
    const exporting = exportRoadmapPdf(services);
    await answerDialog(services, 'error', (resolve: () => void) => resolve());
    await expect(exporting).resolves.toBe(false);
  });

  it('does nothing without an open workshop', async () => {
    const api = fakeHost(baseHandlers('native'));
    const services = createServices(api);
    await expect(exportRoadmapPdf(services)).resolves.toBe(false);
    expect(api.calls).toEqual([]);
  });
});
