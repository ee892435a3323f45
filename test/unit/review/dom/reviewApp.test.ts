// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ReviewHostMessage, ReviewViewModel, ReviewWebviewMessage } from '../../../../src/protocol/reviewProtocol';
import { reviewStrings } from '../../../../src/review/reviewStrings';
import { ReviewApp } from '../../../../webview-ui/src/review/reviewApp';
import { WebviewChannel } from '../../../../webview-ui/src/webviewChannel';

function start(): { posted: ReviewWebviewMessage[]; root: HTMLElement; send(message: ReviewHostMessage): void } {
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.appendChild(root);
  const posted: ReviewWebviewMessage[] = [];
  (globalThis as unknown as { acquireVsCodeApi: () => unknown }).acquireVsCodeApi = () => ({
    postMessage: (message: ReviewWebviewMessage) => posted.push(message),
    getState: () => undefined,
    setState: () => undefined,
  });
  new ReviewApp(root, new WebviewChannel(new Set(['strings', 'review', 'saveResult']))).start();
  const send = (message: ReviewHostMessage): void => void window.dispatchEvent(new MessageEvent('message', { data: message }));
  // As the host does after `ready`: the words (English here) first.
  send({ type: 'strings', strings: reviewStrings() });
  return { posted, root, send };
}

const model = (achieved = ''): ReviewViewModel => ({
  quarter: '2026-Q4',
  quarters: ['2026-Q4', '2026-Q3'],
  today: '2026-12-02',
  closed: false,
  score: 0.8,
  band: 'green',
  graded: 2,
  keyResultsCounted: 3,
  calibration: { verdict: 'healthy', sentence: 'The ambition looks right.', quarters: [] },
  objectives: [
    {
      id: 'o1',
      title: '<img src=x onerror=alert(1)>',
      status: 'active',
      career: ['quality'],
      score: 0.8,
      band: 'green',
      keyResults: [
        { id: 'c1', title: 'Graded', status: 'done', weight: 1, grade: 0.8, gradeLocked: false },
        { id: 'c2', title: 'Open', status: 'doing', weight: 1, target: 4, current: 3, suggestedGrade: 0.8, gradeLocked: false },
      ],
      answers: { achieved, formulation: '', notes: '' },
      answersLocked: { achieved: false, formulation: false },
      checkIns: 2,
      lastCheckIn: '2026-11-20',
      confidence: [
        { date: '2026-10-10', value: 0.6 },
        { date: '2026-11-20', value: 0.8 },
      ],
    },
    { id: 'o2', title: 'Not scored', status: 'active', career: [], keyResults: [], answers: { achieved: '', formulation: '', notes: '' }, answersLocked: { achieved: false, formulation: false }, checkIns: 0, confidence: [] },
  ],
  gradeDistribution: [0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0],
  quarterScores: [
    { quarter: '2026-Q3', score: 0.6, band: 'yellow' },
    { quarter: '2026-Q4', score: 0.8, band: 'green' },
  ],
});

describe('quarter review view', () => {
  it('says ready first, then draws every chart with its text equivalent', () => {
    const view = start();
    expect(view.posted).toEqual([{ type: 'ready' }]);
    view.send({ type: 'review', review: model() });
    expect(view.root.querySelectorAll('.chart.objective-scores .bar')).toHaveLength(1);
    expect(view.root.querySelector('.chart.objective-scores .bar')?.getAttribute('class')).toBe('bar band-green');
    expect(view.root.querySelector('.chart.objective-scores svg')?.getAttribute('aria-label')).toBe('Objective scores: <img src=x onerror=alert(1)> 0.8 (green).');
    expect(view.root.querySelector('img')).toBeNull();
    expect([...view.root.querySelectorAll('.chart.grade-distribution .bar-value')].map((node) => node.textContent)).toEqual(['2']);
    expect([...view.root.querySelectorAll('.chart.quarter-scores .point')].map((node) => node.getAttribute('class'))).toEqual(['point band-yellow', 'point band-green']);
    expect(view.root.querySelectorAll('.chart.confidence .point')).toHaveLength(2);
    expect([...view.root.querySelectorAll('.chart.grade-distribution tbody tr')].map((row) => row.textContent)).toEqual(['0.82', 'not graded1']);
    expect(view.root.querySelectorAll('section.objective:nth-of-type(2) .chart.confidence svg')).toHaveLength(0);
    expect(view.root.querySelector('.calibration')?.textContent).toBe('Calibration: The ambition looks right.');
  });

  it('offers the suggested grade first and sends a chosen grade by opaque id', () => {
    const view = start();
    view.send({ type: 'review', review: model() });
    const select = view.root.querySelector('tr[data-key-result-id="c2"] select') as HTMLSelectElement;
    expect([...select.options].slice(0, 2).map((option) => option.textContent)).toEqual(['Not graded', '0.8 (suggested by progress)']);
    select.value = '0.8';
    select.dispatchEvent(new Event('change'));
    expect(view.posted.at(-1)).toEqual({ type: 'setGrade', requestId: 1, keyResultId: 'c2', grade: 0.8 });
  });

  it('sends both answers in one request, and keeps typed text when the review is posted again', () => {
    const view = start();
    view.send({ type: 'review', review: model() });
    const section = view.root.querySelector('section.objective') as HTMLElement;
    const achieved = section.querySelector('textarea[data-question="achieved"]') as HTMLTextAreaElement;
    const save = section.querySelector('button.save-answers') as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    achieved.value = 'Shipped it.  \n';
    achieved.dispatchEvent(new Event('input'));
    expect(save.disabled).toBe(false);
    // A change elsewhere posts the review again: the typed answer stays.
    view.send({ type: 'review', review: model() });
    expect((view.root.querySelector('textarea[data-question="achieved"]') as HTMLTextAreaElement).value).toBe('Shipped it.  \n');
    save.click();
    expect(view.posted.at(-1)).toEqual({ type: 'saveAnswers', requestId: 1, objectiveId: 'o1', achieved: 'Shipped it.', formulation: '' });
    view.send({ type: 'saveResult', requestId: 1, ok: true });
    expect(section.querySelector('.save-status')?.textContent).toMatch(/^Saved/);
    view.send({ type: 'review', review: model('Shipped it.') });
    expect(save.disabled).toBe(true);
  });

  it('says why a save was refused', () => {
    const view = start();
    view.send({ type: 'review', review: model() });
    const achieved = view.root.querySelector('textarea[data-question="achieved"]') as HTMLTextAreaElement;
    achieved.value = '# heading';
    achieved.dispatchEvent(new Event('input'));
    (view.root.querySelector('button.save-answers') as HTMLButtonElement).click();
    view.send({ type: 'saveResult', requestId: 1, ok: false, reason: 'This answer would change how the notes read.' });
    expect(view.root.querySelector('.message-bar')?.textContent).toContain('This answer would change how the notes read.');
    expect(view.root.querySelector('.save-status')?.textContent).toBe('Not saved: This answer would change how the notes read.');
  });

  it('asks for another quarter and for the export', () => {
    const view = start();
    view.send({ type: 'review', review: model() });
    const select = view.root.querySelector('#review-quarter') as HTMLElement & { value: string };
    select.value = '2026-Q3';
    select.dispatchEvent(new Event('change'));
    (view.root.querySelector('.export-review') as HTMLElement).click();
    expect(view.posted.slice(1)).toEqual([{ type: 'showQuarter', quarter: '2026-Q3' }, { type: 'export' }]);
  });
});
