// The Quarter Review webview's entry point (bundled to out/webview/review.js by
// scripts/build.mjs). Only the @vscode-elements components in use are imported.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-label/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import type { ReviewHostMessage } from '../../../src/protocol/reviewProtocol.js';
import { WebviewChannel } from '../webviewChannel.js';
import './review.css';
import { ReviewApp } from './reviewApp.js';

const hostMessageTypes = new Set<ReviewHostMessage['type']>(['strings', 'review', 'saveResult']);

const root = document.getElementById('review-root');
if (root) new ReviewApp(root, new WebviewChannel(hostMessageTypes)).start();
