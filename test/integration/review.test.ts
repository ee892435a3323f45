// The Quarter Review's host in a real VS Code, on a copy of examples/goals: the panel's model
// for a quarter, answers and grades sent as the webview sends them (validated, written through
// the one write path, records of a closed quarter kept), the export equal to the CLI's report,
// and Start Next Quarter… offering the review first. The drawn charts and typing in the view
// are covered by test/e2e/specs/review.e2e.mjs.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { commandIds } from '../../src/commandIds';
import { isHintCode } from '../../src/core/hints/hintCodes';
import type { GrowthBacklogApi } from '../../src/extensionApi';
import type { ReviewSurface } from '../../src/review/registerReview';
import { waitFor } from './polling';
import { indexedExtension } from './indexedExtension';

export function register(): void {
  describe('quarter review', function () {
    this.timeout(90_000);
    let api: GrowthBacklogApi;
    let review: ReviewSurface;
    let root: vscode.Uri;
    const restore = new Map<string, string>();

    const keep = (file: string): string => {
      const text = fs.readFileSync(file, 'utf8');
      if (!restore.has(file)) restore.set(file, text);
      return text;
    };

    before(async () => {
      api = await indexedExtension();
      review = api.surfaces.review as ReviewSurface;
      root = (vscode.workspace.workspaceFolders ?? [])[0]?.uri as vscode.Uri;
    });

    after(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      for (const [file, text] of restore) fs.writeFileSync(file, text);
    });

    it('opens one panel on a quarter whose model has the core review of it', async () => {
      await vscode.commands.executeCommand(commandIds.openQuarterReview, { quarter: '2026-Q4' });
      const model = await waitFor('the review posted to the webview', () => review.model()?.quarter === '2026-Q4' && review.model());
      assert.equal(review.isOpen(), true);
      assert.deepEqual(model.quarters.slice(0, 3), ['2027-Q1', '2026-Q4', '2026-Q3']);
      assert.ok(model.objectives.length > 0);
      assert.ok(model.objectives.every((objective) => /^o\d+$/.test(objective.id) && objective.keyResults.every((keyResult) => /^c\d+$/.test(keyResult.id))));
      assert.equal(JSON.stringify(model).includes('file:'), false, 'no paths reach the webview');
      assert.equal(model.gradeDistribution.length, 11);
      assert.ok(model.calibration.sentence.length > 0);
    });

    it('writes answers sent by the view into that objective’s ## Review section, and nothing else', async () => {
      const model = review.model();
      const objective = model?.objectives.find((candidate) => candidate.title === 'Become fluent in distributed tracing with OpenTelemetry');
      assert.ok(objective);
      const file = vscode.Uri.parse(review.uriOf(objective.id) ?? '').fsPath;
      const before = keep(file);
      const others = new Map([...(review.model()?.objectives ?? [])].filter((other) => other.id !== objective.id).map((other) => [other.id, fs.readFileSync(vscode.Uri.parse(review.uriOf(other.id) ?? '').fsPath, 'utf8')]));
      await review.receive({ type: 'saveAnswers', requestId: 1, objectiveId: objective.id, achieved: 'Course done, one service traced.', formulation: 'Yes, but the meetup KR was out of my hands.' });
      const after = await waitFor('the answers on disk', () => {
        const text = fs.readFileSync(file, 'utf8');
        return text !== before && text;
      });
      assert.equal(after, `${before}\n## Review\n\nAchieved: Course done, one service traced.\n\nWas the goal well formulated? Yes, but the meetup KR was out of my hands.\n`.replace('\n\n\n## Review', '\n\n## Review'));
      for (const [id, text] of others) assert.equal(fs.readFileSync(vscode.Uri.parse(review.uriOf(id) ?? '').fsPath, 'utf8'), text, 'other goal files are untouched');
      const updated = await waitFor('the view to get the answers back', () => review.model()?.objectives.find((candidate) => candidate.id === objective.id)?.answers.achieved === 'Course done, one service traced.' && review.model());
      assert.equal(updated.objectives.find((candidate) => candidate.id === objective.id)?.answers.formulation, 'Yes, but the meetup KR was out of my hands.');
      // Undo in the editor restores the file: the write was a WorkspaceEdit.
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('undo');
      await waitFor('undo to restore the file', () => document.getText() === before);
      await document.save();
    });

    it('drops malformed messages and ids it never handed out', async () => {
      const before = new Map([...restore.keys()].map((file) => [file, fs.readFileSync(file, 'utf8')]));
      for (const message of [
        { type: 'saveAnswers', requestId: 2, objectiveId: '../../etc/passwd', achieved: 'x', formulation: '' },
        { type: 'saveAnswers', requestId: 2, objectiveId: 'o9999', achieved: 'x', formulation: '' },
        { type: 'setGrade', requestId: 3, keyResultId: 'c1', grade: 0.75 },
        { type: 'setGrade', requestId: 3, keyResultId: 'c9999', grade: 0.5 },
        { type: 'showQuarter', quarter: 'Q4 2026' },
      ]) {
        await review.receive(message);
      }
      for (const [file, text] of before) assert.equal(fs.readFileSync(file, 'utf8'), text);
    });

    it('grades an ungraded key result of the open quarter from the view', async () => {
      const keyResult = review.model()?.objectives.flatMap((objective) => objective.keyResults).find((candidate) => candidate.title.startsWith('Add 4 alerts'));
      assert.ok(keyResult && keyResult.grade === undefined && !keyResult.gradeLocked);
      assert.equal(keyResult.suggestedGrade, 0.3);
      const file = vscode.Uri.parse(review.uriOf(keyResult.id) ?? '').fsPath;
      const before = keep(file);
      await review.receive({ type: 'setGrade', requestId: 4, keyResultId: keyResult.id, grade: 0.3 });
      await waitFor('the grade on disk', () => fs.readFileSync(file, 'utf8') === before.replace('    target: 4\n    current: 1\n---', '    target: 4\n    current: 1\n    grade: 0.3\n---'));
    });

    it('keeps a closed quarter’s grades and written answers as they are', async () => {
      await vscode.commands.executeCommand(commandIds.openQuarterReview, { quarter: '2026-Q3' });
      const model = await waitFor('the 2026-Q3 review', () => review.model()?.quarter === '2026-Q3' && review.model());
      assert.equal(model.closed, true);
      const objective = model.objectives[0];
      assert.ok(objective && objective.answersLocked.achieved && objective.keyResults.every((keyResult) => keyResult.gradeLocked));
      const file = vscode.Uri.parse(review.uriOf(objective.id) ?? '').fsPath;
      const before = keep(file);
      await review.receive({ type: 'setGrade', requestId: 5, keyResultId: objective.keyResults[0]?.id, grade: 1 });
      await review.receive({ type: 'saveAnswers', requestId: 6, objectiveId: objective.id, achieved: 'Rewritten history.', formulation: objective.answers.formulation });
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal(fs.readFileSync(file, 'utf8'), before);
    });

    it('exports the review as the same Markdown that growth-backlog report prints', async () => {
      const target = vscode.Uri.joinPath(root, 'it-review-export.md');
      // The sample is clean: a vague key result gives the review a coaching hint to talk about,
      // from the Problems panel in the export and from the core's rules in the CLI.
      const probe = vscode.Uri.joinPath(root, '2026-Q4', 'it-hint-probe.md');
      fs.writeFileSync(probe.fsPath, ['---', 'objective: Probe for hints', 'quarter: 2026-Q4', 'status: active', 'key_results:', '  - id: probe', '    title: Get better at things', '---', ''].join('\n'));
      let exported: string;
      let cli: string;
      try {
        await waitFor('the probe hints in the Problems panel', () =>
          vscode.languages.getDiagnostics(probe).some((diagnostic) => diagnostic.source === 'Growth Backlog' && isHintCode(String(diagnostic.code))),
        );
        const written = await vscode.commands.executeCommand<vscode.Uri>(commandIds.exportQuarterReview, { quarter: '2026-Q4' }, { uri: target.toString() });
        assert.equal(written?.toString(), target.toString());
        exported = fs.readFileSync(target.fsPath, 'utf8');
        fs.rmSync(target.fsPath);
        const extension = vscode.extensions.getExtension('growth-backlog.growth-backlog');
        assert.ok(extension);
        cli = execFileSync(process.execPath, [path.join(extension.extensionPath, 'out', 'cli.js'), 'report', '--quarter', '2026-Q4', '--format', 'md'], {
          cwd: root.fsPath,
          encoding: 'utf8',
          env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
        });
      } finally {
        fs.rmSync(probe.fsPath, { force: true });
      }
      assert.equal(exported, cli.replace(/\n$/, ''));
      assert.match(exported, /^# 2026-Q4 — quarter review\n/);
      assert.match(exported, /\nTo talk about:\n\n- /);
    });

    it('is offered first by Start Next Quarter…, which then stops until it is run again', async () => {
      const result = await vscode.commands.executeCommand(commandIds.startNextQuarter, undefined, { from: '2026-Q4', reviewFirst: true });
      assert.equal(result, undefined);
      await waitFor('the review of the closing quarter', () => review.model()?.quarter === '2026-Q4');
    });

    it('is closed when its panel is closed', async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await waitFor('the panel to close', () => !review.isOpen());
    });
  });
}
