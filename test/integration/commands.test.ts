// Editing commands in a real VS Code, on a copy of examples/goals: invoked the way the tree
// and code lenses invoke them (a GoalTarget, plus answers instead of prompts), checked on the
// file text, with undo, refusals, New Objective's snippet and Start Next Quarter.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { systemClock } from '../../src/cli/systemClock';
import { commandIds } from '../../src/commandIds';
import type { StartNextQuarterResult } from '../../src/commands/startNextQuarter';
import { objectiveTemplates, templateToGoalFile } from '../../src/core/templates';
import type { CheckIn } from '../../src/core/model';
import type { GrowthBacklogApi } from '../../src/extensionApi';
import { waitFor } from './polling';
import { indexedExtension } from './indexedExtension';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

async function diskText(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

export function register(): void {
  describe('editing commands', function () {
    // Real editor round trips (edit, save, file watcher, index) are slow on a loaded machine.
    this.timeout(90_000);
    let api: GrowthBacklogApi;
    let root: vscode.Uri;
    let folder: vscode.Uri;
    let goal: vscode.Uri;
    let original: string;
    const today = systemClock.today();

    before(async () => {
      api = await indexedExtension();
      root = (vscode.workspace.workspaceFolders ?? [])[0]?.uri as vscode.Uri;
      folder = vscode.Uri.joinPath(root, 'it-commands');
      original = await diskText(vscode.Uri.joinPath(root, '2026-Q4', 'learn-opentelemetry-tracing.md'));
    });

    let fileCount = 0;
    /** A fresh copy of the sample goal per test: no open document or pending reload of another test can interfere. */
    beforeEach(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      goal = vscode.Uri.joinPath(folder, `tracing-${++fileCount}.md`);
      await vscode.workspace.fs.writeFile(goal, encoder.encode(original));
      await waitFor('the test goal file to be indexed', () => api.goals.index.get(goal.toString())?.objective?.quarter === '2026-Q4');
    });

    after(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(folder, { recursive: true });
    });

    it('grades a key result from a GoalTarget, changing only its grade, and undo restores the file byte-for-byte', async () => {
      const applied = await vscode.commands.executeCommand<boolean>(commandIds.gradeKeyResult, { uri: goal.toString(), keyResultId: 'book-takeaways' }, { grade: 0.7 });
      assert.equal(applied, true);
      const expected = original.replace('    status: doing\n  - id: trace-services', '    status: doing\n    grade: 0.7\n  - id: trace-services');
      assert.notEqual(expected, original);
      const document = await vscode.workspace.openTextDocument(goal);
      assert.equal(document.getText(), expected);
      await waitFor('the clean file to be saved after the edit', async () => !document.isDirty && (await diskText(goal)) === expected);
      // Undo works in the editor on the document the command edited, as Ctrl+Z after a lens click.
      await vscode.window.showTextDocument(document);
      await waitFor('the index to see the grade', () => api.goals.index.findKeyResult(goal.toString(), 'book-takeaways')?.grade === 0.7);

      await vscode.commands.executeCommand('undo');
      await waitFor('undo to reach the document', () => document.getText() === original);
      // Saved by us, or by the web workbench's default files.autoSave (afterDelay) if it was quicker.
      if (document.isDirty) await document.save();
      await waitFor('the undone file on disk', async () => !document.isDirty && (await diskText(goal)) === original);
    });

    it('sets a key result status by command and by the lens move', async () => {
      assert.equal(await vscode.commands.executeCommand(commandIds.setKeyResultStatus, { uri: goal.toString(), keyResultId: 'book-takeaways' }, { status: 'done' }), true);
      const afterSet = original.replace('book-takeaways\n    title: Read one book on observability and present my 5 main takeaways at a team demo\n    status: doing', 'book-takeaways\n    title: Read one book on observability and present my 5 main takeaways at a team demo\n    status: done');
      assert.notEqual(afterSet, original);
      assert.equal(await diskText(goal), afterSet);

      assert.equal(await vscode.commands.executeCommand(commandIds.moveKeyResult, { uri: goal.toString(), keyResultId: 'meetup', status: 'todo' }), true);
      assert.equal(await diskText(goal), afterSet.replace('Berlin\n    status: dropped', 'Berlin\n    status: todo'));
    });

    it('adds a check-in under ## Check-ins, dated today', async () => {
      const checkInsBefore = api.goals.index.get(goal.toString())?.body?.checkIns ?? 0;
      const applied = await vscode.commands.executeCommand<boolean>(commandIds.addCheckIn, { uri: goal.toString() }, { progress: 'Ledger service sends traces.', next: 'Book the demo slot.', confidence: 0.8 });
      assert.equal(applied, true);
      const text = await diskText(goal);
      const entry = `### ${today}\nProgress: Ledger service sends traces.\nNext: Book the demo slot.\nConfidence: 0.8`;
      assert.ok(text.includes(entry), text);
      assert.ok(text.indexOf('## Check-ins') < text.indexOf(entry));
      assert.ok(text.startsWith(original.trimEnd()), 'the rest of the file is unchanged');
      const checkInOf = (): CheckIn | undefined => {
        const latest = api.goals.index.get(goal.toString())?.body?.latestCheckIn;
        return latest?.date === today ? latest : undefined;
      };
      const body = await waitFor('the index to show the check-in', () => api.goals.index.get(goal.toString())?.body?.lastCheckIn === today && checkInOf());
      assert.equal(body.progress, 'Ledger service sends traces.');
      assert.equal(api.goals.index.get(goal.toString())?.body?.checkIns, checkInsBefore + 1);

      // A second check-in the same day adds to that day's entry: still one heading for today.
      assert.equal(await vscode.commands.executeCommand<boolean>(commandIds.addCheckIn, { uri: goal.toString() }, { progress: 'Demo booked for Friday.', confidence: 0.9 }), true);
      const twice = await diskText(goal);
      assert.equal(twice, text.replace(entry, `${entry}

Progress: Demo booked for Friday.
Confidence: 0.9`));
      assert.equal(twice.split(`### ${today}`).length - 1, 1, 'one heading for today');
      const updated = await waitFor('the index to show the later values', () => {
        const checkIn = checkInOf();
        return checkIn?.progress === 'Demo booked for Friday.' && checkIn;
      });
      assert.equal(updated.confidence, 0.9);
      assert.equal(api.goals.index.get(goal.toString())?.body?.checkIns, checkInsBefore + 1, 'still one check-in for today');
    });

    it('adds a key result from the objective lens target, in the style of the existing ones', async () => {
      const applied = await vscode.commands.executeCommand<boolean>(commandIds.addKeyResult, { uri: goal.toString() }, { title: 'Give a 10-minute tracing demo', id: 'tracing-demo', target: 1 });
      assert.equal(applied, true);
      const expected = original.replace(
        '    title: Attend the observability meetup in Berlin\n    status: dropped\n',
        '    title: Attend the observability meetup in Berlin\n    status: dropped\n  - id: tracing-demo\n    title: Give a 10-minute tracing demo\n    target: 1\n',
      );
      assert.notEqual(expected, original);
      assert.equal(await diskText(goal), expected);
      await waitFor('the index to see the new key result', () => api.goals.index.findKeyResult(goal.toString(), 'tracing-demo')?.target === 1);
      // An id the file already has is refused, and the file stays as it is.
      assert.equal(await vscode.commands.executeCommand(commandIds.addKeyResult, { uri: goal.toString() }, { title: 'Again', id: 'course' }), false);
      assert.equal(await diskText(goal), expected);
    });

    it('refuses an unknown key result or a bad grade and leaves the file untouched', async () => {
      assert.equal(await vscode.commands.executeCommand(commandIds.gradeKeyResult, { uri: goal.toString(), keyResultId: 'no-such-kr' }, { grade: 0.5 }), false);
      assert.equal(await vscode.commands.executeCommand(commandIds.gradeKeyResult, { uri: goal.toString(), keyResultId: 'course' }, { grade: 7 }), false);
      assert.equal(await vscode.commands.executeCommand(commandIds.addCheckIn, { uri: goal.toString() }, { progress: '   ' }), false);
      assert.equal(await diskText(goal), original);
    });

    it('refuses to write a file whose front-matter no longer parses', async () => {
      const broken = original.replace('quarter: 2026-Q4', 'quarter: [2026-Q4');
      await vscode.workspace.fs.writeFile(goal, encoder.encode(broken));
      await waitFor('the index to see the broken file', () => !api.goals.index.get(goal.toString())?.objective);
      assert.equal(await vscode.commands.executeCommand(commandIds.gradeKeyResult, { uri: goal.toString(), keyResultId: 'course' }, { grade: 1 }), false);
      assert.equal(await diskText(goal), broken);
    });

    it('creates a new objective from a template as a snippet, never overwriting an existing file', async () => {
      const template = objectiveTemplates.find((candidate) => candidate.id === 'learning');
      assert.ok(template);
      const answers = { template: 'learning', quarter: null, objective: 'Learn Rust basics' };
      const first = await vscode.commands.executeCommand<string>(commandIds.newObjective, undefined, answers);
      // The workspace is the sample goals folder itself: the file goes next to its backlog files, not into goals/backlog/.
      assert.equal(first, vscode.Uri.joinPath(root, 'backlog', 'learn-rust-basics.md').toString());
      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.uri.toString(), first);
      assert.equal(editor?.document.getText(), templateToGoalFile({ ...template, objective: 'Learn Rust basics' }));
      await editor?.document.save();

      const second = await vscode.commands.executeCommand<string>(commandIds.newObjective, undefined, answers);
      assert.equal(second, vscode.Uri.joinPath(root, 'backlog', 'learn-rust-basics-2.md').toString());
      assert.equal(await diskText(vscode.Uri.parse(first)), templateToGoalFile({ ...template, objective: 'Learn Rust basics' }), 'the first file is untouched');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      for (const created of [first, second]) await vscode.workspace.fs.delete(vscode.Uri.parse(created));
    });

    it('creates a new objective under growthBacklog.goalsFolder when the user set it, even next to existing quarters', async () => {
      const config = vscode.workspace.getConfiguration('growthBacklog', root);
      await config.update('goalsFolder', 'goals', vscode.ConfigurationTarget.WorkspaceFolder);
      try {
        const created = await vscode.commands.executeCommand<string>(commandIds.newObjective, undefined, { template: 'learning', quarter: '2026-Q4', objective: 'Learn Go generics' });
        assert.equal(created, vscode.Uri.joinPath(root, 'goals', '2026-Q4', 'learn-go-generics.md').toString());
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      } finally {
        await config.update('goalsFolder', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await vscode.workspace.fs.delete(vscode.Uri.joinPath(root, 'goals'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
      }
    });

    it('names a new objective\'s file after all its words, and a changed target changes its title too', async () => {
      const objective = 'Lead the move of our billing jobs to the new payments ledger service';
      const created = await vscode.commands.executeCommand<string>(commandIds.newObjective, undefined, { template: 'learning', quarter: '2026-Q4', objective });
      assert.equal(created, vscode.Uri.joinPath(root, '2026-Q4', 'lead-the-move-of-our-billing-jobs-to-the-new-payments-ledger-service.md').toString());
      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.uri.toString(), created);
      const text = () => editor?.document.getText() ?? '';
      // The snippet starts at the objective; Tab goes to the first title, then to the number in
      // the second title, which the target mirrors: typing there changes both.
      await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
      await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
      await vscode.commands.executeCommand('type', { text: '4' });
      await waitFor('the typed target in the title and the target', () => text().includes('share my 4 main lessons at a team session\n    status: todo\n    target: 4\n'));
      assert.ok(!/\btarget: 5\b/.test(text()), text());
      assert.match(text(), /\n\n- \[ \] Choose the course and book a weekly slot for it in my calendar\n\n## Check-ins\n$/);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(vscode.Uri.parse(created as string));
    });

    describe('Start Next Quarter', () => {
      // A quarter of its own, far from the samples: the command closes whatever quarter it is told to.
      const closing = '2031-Q2';
      // Each test gets fixtures under a folder of its own: a file written over in place could
      // still be served, under load, from the document an earlier test had open (its old text).
      let round = 0;
      const rollover = () => vscode.Uri.joinPath(root, `it-rollover-${round}`);
      const fixture = (name: string) => vscode.Uri.joinPath(rollover(), closing, name);
      const carriedText = [
        '---',
        'objective: Speed up checkout # from the retro',
        `quarter: ${closing}`,
        'status: active',
        'key_results:',
        '  - id: p95',
        '    title: Cut p95 latency to 300 ms',
        '    status: doing',
        '    target: 300',
        '    baseline: 800',
        '    current: 550',
        '    unit: ms',
        '    grade: 0.5',
        '  - id: cache',
        '    title: Ship the price cache',
        '    status: done',
        '    grade: 1',
        '---',
        'Why: checkout is slow.',
        '',
        '- [ ] Profile the tax service',
        '',
      ].join('\n');
      const stayingText = ['---', 'objective: Pair with Tomás', `quarter: ${closing}`, 'key_results:', '  - id: pairing', '    title: Pair 6 times', '    status: todo', '---', 'Notes.', ''].join('\n');
      const continuation = () => vscode.Uri.joinPath(rollover(), '2031-Q3', 'checkout.md');
      const exists = (uri: vscode.Uri) => Promise.resolve(vscode.workspace.fs.stat(uri)).then(() => true, () => false);

      beforeEach(async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        const previous = rollover();
        await vscode.workspace.fs.delete(previous, { recursive: true }).then(undefined, () => undefined);
        round++;
        await vscode.workspace.fs.writeFile(fixture('checkout.md'), encoder.encode(carriedText));
        await vscode.workspace.fs.writeFile(fixture('pairing.md'), encoder.encode(stayingText));
        // The fixtures in the index, and nothing left of the previous test's (its closed quarter
        // and continuation); a timeout names what was not yet so.
        let pending = '';
        await waitFor('the rollover fixtures to be indexed', async () => {
          const checkout = api.goals.index.get(fixture('checkout.md').toString())?.objective;
          const pairing = api.goals.index.get(fixture('pairing.md').toString())?.objective;
          const left = api.goals.goalFiles().filter((file) => file.uri.startsWith(`${previous.toString()}/`)).length;
          pending = [
            checkout?.status !== 'active' && `checkout.md indexed as ${checkout?.status}`,
            pairing?.keyResults[0]?.status !== 'todo' && `pairing.md's key result indexed as ${pairing?.keyResults[0]?.status}`,
            left > 0 && `${left} goal files of the previous test still indexed`,
          ].filter(Boolean).join('; ');
          return pending === '';
        }).catch((error: Error) => {
          throw new Error(`${error.message}: ${pending}`);
        });
      });

      after(async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await vscode.workspace.fs.delete(rollover(), { recursive: true }).then(undefined, () => undefined);
      });

      it('writes the confirmed plan in one go: the closing quarter keeps its record, the carried objective continues in a new file', async () => {
        const answers = { from: closing, carryOver: [fixture('checkout.md').toString()], close: 'done', closeKeyResults: 'done', confirm: true };
        const result = await vscode.commands.executeCommand<StartNextQuarterResult>(commandIds.startNextQuarter, undefined, answers);
        assert.deepEqual(result?.carried, [{ from: fixture('checkout.md').toString(), to: continuation().toString() }]);
        assert.deepEqual([...(result?.reviewed ?? [])].sort(), [fixture('checkout.md').toString(), fixture('pairing.md').toString()]);

        const review = '\n## Review\n\nAchieved:\n\nWas the goal well formulated?\n';
        const closedCarried = carriedText.replace('status: active', 'status: done').replace('    status: doing\n', '    status: done\n');
        await waitFor('the closing files saved', async () => (await diskText(fixture('checkout.md'))) === `${closedCarried}${review}`);
        assert.equal(await diskText(fixture('pairing.md')), `${stayingText.replace(`quarter: ${closing}\n`, `quarter: ${closing}\nstatus: done\n`).replace('status: todo', 'status: done')}${review}`);
        const created = await diskText(continuation());
        assert.match(created, /^carried_from: \.\.\/2031-Q2\/checkout\.md$/m);
        assert.match(created, /^quarter: 2031-Q3$/m);
        assert.doesNotMatch(created, /grade:/);
        assert.ok(created.includes('- id: p95\n    title: Cut p95 latency to 300 ms\n    status: todo\n    target: 300\n    baseline: 550\n    current: 550\n    unit: ms\n'), created);
        assert.doesNotMatch(created, /id: cache/);
        assert.match(created, /- \[ \] Profile the tax service/);
        const indexed = await waitFor('the index to see the new file', () => api.goals.index.get(continuation().toString())?.objective);
        assert.equal(indexed.quarter, '2031-Q3');
        assert.equal(indexed.carriedFrom, '../2031-Q2/checkout.md');
        // The closed quarter keeps its grades, so its score does not move.
        assert.equal(api.goals.index.findKeyResult(fixture('checkout.md').toString(), 'p95')?.grade, 0.5);
        const active = vscode.window.activeTextEditor;
        assert.ok(active && result?.reviewed.includes(active.document.uri.toString()), 'a reviewed file is open');
        assert.match(active.document.lineAt(active.selection.active.line).text, /^Achieved:/);

        // A second run finds nothing to do and writes nothing.
        const before = [await diskText(fixture('checkout.md')), await diskText(fixture('pairing.md')), created];
        const again = await vscode.commands.executeCommand<StartNextQuarterResult>(commandIds.startNextQuarter, undefined, { ...answers, close: 'dropped', closeKeyResults: 'dropped' });
        assert.deepEqual(again, { closing, next: '2031-Q3', closed: [], reviewed: [], carried: [] });
        assert.deepEqual([await diskText(fixture('checkout.md')), await diskText(fixture('pairing.md')), await diskText(continuation())], before);
      });

      it('writes nothing when the plan is not confirmed', async () => {
        const answers = { from: closing, carryOver: [fixture('checkout.md').toString()], close: 'done', closeKeyResults: 'done', confirm: false };
        assert.equal(await vscode.commands.executeCommand(commandIds.startNextQuarter, undefined, answers), undefined);
        assert.equal(await diskText(fixture('checkout.md')), carriedText);
        assert.equal(await diskText(fixture('pairing.md')), stayingText);
        assert.equal(await exists(continuation()), false);
        assert.equal(vscode.workspace.textDocuments.some((document) => document.isDirty), false, 'no edited document is left behind');
      });

      it('writes nothing when a question is dismissed (Escape in the carry-over pick)', async () => {
        let settled = false;
        const running = Promise.resolve(vscode.commands.executeCommand(commandIds.startNextQuarter, undefined, { from: closing })).finally(() => (settled = true));
        // Close the real QuickPick as Escape does, as soon as it is up (polled: no fixed delay).
        for (let tries = 0; !settled && tries < 100; tries++) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          if (!settled) await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        }
        assert.equal(await running, undefined);
        assert.equal(await diskText(fixture('checkout.md')), carriedText);
        assert.equal(await diskText(fixture('pairing.md')), stayingText);
        assert.equal(await exists(continuation()), false);
      });
    });
  });
}
