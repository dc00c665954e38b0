/**
 * Contributing (issue #19): sign in, add a case or experience (a proposal) or another proposal
 * (propose-forms.ts), upload a dataset (partners, dataset-upload.ts), see one's own proposals,
 * and, for editors, the review queue with each proposal on the map, and the import history
 * (import-history.ts). Everything goes through GraphQL with the session
 * cookie the server set at sign-in (HttpOnly: this script never sees it). Keyboard first: each
 * panel opens with focus on its heading, forms submit with Enter, the outcome is announced in a
 * live region that stays in place while the panel is drawn anew. Typed text is never redrawn away:
 * a refusal only sets the message; the form stays as the reader left it.
 */
import type { Lang } from '../../../server/ontology.ts';
import { ApiError, gql, nodesOf, type GNode, type Graph } from '../api.ts';
import { fill, h } from '../dom.ts';
import { keepDrafts } from '../drafts.ts';
import { t, type StringKey } from '../i18n.ts';
import * as Q from '../queries.ts';
import type * as G from '../generated/graphql.ts';
import { contextGraph, previewGraph } from '../diff.ts';
import { reportView, type Report } from './import-report.ts';
import { importHistory } from './import-history.ts';
import { datasetUpload } from './dataset-upload.ts';
import { PROPOSAL_CHOICES, proposalForm, type FormKit, type MapTarget, type Pickers, type ProposalKindChoice } from './propose-forms.ts';

type Me = NonNullable<G.MeQuery['me']>;
type Proposal = G.MyProposalsQuery['myProposals'][number];
type Panel = 'none' | 'sign-in' | 'invitation' | 'add-case' | 'mine' | 'review' | 'dataset' | 'imports' | 'propose';

export interface ContributeEvents {
  /** Shows a preview of a proposal (diff.ts) on the map in place of what is there. */
  showOnMap(graph: Graph): void;
  /** What is chosen on the map now (a correction or a flag is about it). */
  target(): MapTarget;
}

/** The node ids a proposal's input names (its context on the map), and those it is about. */
function idsOf(input: Record<string, unknown>): { all: string[]; targets: string[] } {
  const one = (k: string) => (typeof input[k] === 'string' ? [input[k] as string] : []);
  const many = (k: string) => (Array.isArray(input[k]) ? (input[k] as string[]) : []);
  const claim = input.claim as { fromId?: string; toId?: string } | undefined;
  const targets = [...one('nodeId'), ...(claim?.fromId ? [claim.fromId] : []), ...(claim?.toId ? [claim.toId] : []), ...one('fromId'), ...one('toId'), ...one('interventionId')];
  return { all: [...new Set([...targets, ...many('placeIds'), ...many('involves'), ...one('placeId')])], targets };
}

/** Where an invitation link lands (server/api/people.ts INVITATION_PATH): its code follows the #. */
const INVITATION_PATH = '/uitnodiging';

export interface Contribute {
  render(lang: Lang): void;
}

export function mountContribute(account: HTMLElement, header: HTMLElement, events: ContributeEvents): Contribute {
  let lang: Lang = 'nl';
  let me: Me | null = null;
  const drafts = keepDrafts(document.body, () => (me?.kind === 'account' ? me.email : null));
  let panel: Panel = 'none';
  /** The proposal being edited (its author's, or an editor's before deciding), and the list it was opened from. */
  let editing: Proposal | null = null;
  let editedFrom: Panel = 'mine';
  let mine: Proposal[] = [];
  let queue: Proposal[] = [];
  /** Proposals whose dry run is shown in the review queue. */
  const previews = new Map<string, Report>();
  let proposeKind: ProposalKindChoice = 'application';
  /** The choices the forms offer; a list is read when a form first needs it (the interventions for an application, the causes for a causal link). */
  const pickers: Pickers = { interventions: [], places: [], causal: [] };
  const loaded = new Set<'interventions' | 'causal'>();
  async function pickersFor(kind: string): Promise<void> {
    const need = kind === 'application' ? 'interventions' : kind === 'causal_link' ? 'causal' : null;
    if (!need || loaded.has(need)) return;
    pickers[need] = await nodesOf(need === 'interventions' ? ['Intervention'] : ['Mechanism', 'Challenge', 'Opportunity']);
    loaded.add(need);
  }
  /** What a correction or flag is about: the map's choice when the panel was opened. */
  let target: MapTarget = null;
  /** The towns a case is about (the case form needs no other picker). */
  let places: GNode[] = [];
  const tr = (key: StringKey, vars: Record<string, string | number> = {}) => t(lang, key, vars);

  const section = h('section', { id: 'contribute-panel', class: 'contribute-panel', 'aria-labelledby': 'contribute-heading', hidden: true });
  const content = h('div');
  const status = h('p', { class: 'contribute-status', role: 'status', 'aria-live': 'polite' });
  const error = h('p', { class: 'error contribute-error', role: 'alert', hidden: true });
  section.append(status, error, content);
  header.after(section);

  const say = (message: string) => {
    error.hidden = true;
    status.textContent = message;
  };
  /** The server's message, in the reader's language where the code says what it means. */
  const fail = (e: unknown) => {
    const code = e instanceof ApiError ? e.code : undefined;
    const known: Record<string, StringKey> = { TOO_MANY_ATTEMPTS: 'tooManyAttempts', CONFLICT: 'proposalConflict' };
    const message = e instanceof Error ? e.message : String(e);
    const key =
      code === 'UNAUTHENTICATED'
        ? panel === 'sign-in' ? 'signInFailed' : 'sessionEnded'
        : panel === 'invitation' && /invitation link/.test(message) ? 'invitationInvalid' : code ? known[code] : undefined;
    error.textContent = key ? tr(key) : message;
    error.hidden = false;
  };

  async function refresh(): Promise<void> {
    me = (await gql(Q.ME, {})).me ?? null;
    if (me && me.kind === 'account') {
      mine = (await gql(Q.MY_PROPOSALS, {})).myProposals;
      if (me.role === 'editor' || me.role === 'admin') queue = (await gql(Q.REVIEW_QUEUE, {})).reviewQueue;
    }
  }

  /** `edit`: the proposal the form opens on (else a new one): a case in the case panel, any other kind in the proposals panel. */
  async function open(next: Panel, edit: Proposal | null = null): Promise<void> {
    panel = next;
    editing = edit;
    error.hidden = true;
    if ((next === 'add-case' || next === 'propose') && places.length === 0) {
      places = (await gql(Q.PLACES, {})).municipalities.edges
        .map((e) => ({ id: e.node.id, label: 'Municipality' as const, name: e.node.name, nameEn: null }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    }
    // What others did meanwhile: the list a panel shows is read again when it opens (only that list).
    if (next === 'review') queue = (await gql(Q.REVIEW_QUEUE, {})).reviewQueue;
    if (next === 'mine') mine = (await gql(Q.MY_PROPOSALS, {})).myProposals;
    if (next === 'propose') {
      if (edit) {
        proposeKind = edit.kind as ProposalKindChoice;
        target = await targetOf(edit.input as Record<string, unknown>);
      } else {
        target = events.target();
        if (target) proposeKind = proposeKind === 'correction' ? 'correction' : 'flag';
      }
      pickers.places = places;
      await pickersFor(proposeKind);
    }
    if (next === 'imports') await importList.load();
    draw();
    (section.querySelector('h2') as HTMLElement | null)?.focus();
  }

  const button = (key: StringKey, onclick: () => void, attrs: Record<string, string> = {}) =>
    h('button', { type: 'button', class: 'btn small secondary utrecht-button utrecht-button--secondary-action', onclick, ...attrs }, tr(key));

  function drawAccount(): void {
    if (!me || me.kind !== 'account') {
      fill(account, button('signIn', () => void open('sign-in'), { id: 'sign-in-open', 'aria-controls': 'contribute-panel' }));
      return;
    }
    const editor = me.role === 'editor' || me.role === 'admin';
    const partner = editor || me.role === 'partner';
    fill(
      account,
      h('span', { class: 'account-name' }, tr('signedInAs', { name: me.name, organisation: me.organisation ?? '' })),
      button('addCase', () => void open('add-case'), { id: 'add-case-open', 'aria-controls': 'contribute-panel' }),
      partner ? button('uploadDataset', () => void open('dataset'), { id: 'dataset-open', 'aria-controls': 'contribute-panel' }) : null,
      button('otherProposal', () => void open('propose'), { id: 'propose-open', 'aria-controls': 'contribute-panel' }),
      button('myProposals', () => void open('mine'), { id: 'mine-open', 'aria-controls': 'contribute-panel' }),
      editor ? h('button', { type: 'button', id: 'review-open', class: 'btn small secondary utrecht-button utrecht-button--secondary-action', 'aria-controls': 'contribute-panel', onclick: () => void open('review') }, `${tr('reviewQueue')} (${queue.length})`) : null,
      editor ? button('imports', () => void open('imports'), { id: 'imports-open', 'aria-controls': 'contribute-panel' }) : null,
      button('signOut', () => void signOut(), { id: 'sign-out' }),
    );
  }

  const heading = (key: StringKey) => h('h2', { id: 'contribute-heading', tabindex: -1 }, tr(key));
  const closer = () => button('closePanel', () => void close(), { class: 'btn small secondary contribute-close' });
  const field = (id: string, key: StringKey, input: HTMLElement) => h('p', { class: 'field' }, h('label', { for: id }, tr(key)), input);
  /** A field with a place for its own error, which the input names (aria-describedby). */
  const checked = (id: string, key: StringKey, input: HTMLElement) => {
    input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), `${id}-error`].filter(Boolean).join(' '));
    return h('div', { class: 'field' }, h('label', { for: id }, tr(key)), input, h('p', { id: `${id}-error`, class: 'field-error', hidden: true }));
  };
  /** Marks the field wrong, says why beside it and in the panel's alert, and puts focus on it. */
  function fieldError(form: HTMLElement, id: string, message: string): void {
    form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    form.querySelectorAll<HTMLElement>('.field-error').forEach((el) => (el.hidden = true));
    const input = form.querySelector<HTMLElement>(`#${id}`);
    const note = form.querySelector<HTMLElement>(`#${id}-error`);
    if (!input || !note) return fail(new Error(message));
    note.textContent = message;
    note.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    fail(new Error(message));
    input.focus();
  }
  /** The server's refusal at the field it names (`newSource.year must be ...`), else in the panel. */
  function refusal(form: HTMLElement, e: unknown, fields: Record<string, string>): void {
    const message = e instanceof Error ? e.message : String(e);
    const at = Object.keys(fields).find((prefix) => message.startsWith(prefix));
    if (at && !(e instanceof ApiError && e.code === 'UNAUTHENTICATED')) fieldError(form, fields[at]!, message);
    else fail(e);
  }

  /** After a sign-in: the panel closes, the outcome is said, focus goes to what comes next. */
  async function signedIn(message: (who: Me) => string): Promise<void> {
    await refresh();
    panel = 'none';
    draw();
    say(message(me!));
    (account.querySelector('#add-case-open') as HTMLElement | null)?.focus();
  }

  function signInForm(): HTMLElement {
    const form = h(
      'form',
      { class: 'contribute-form', novalidate: true },
      field('sign-in-email', 'email', h('input', { id: 'sign-in-email', name: 'email', type: 'email', autocomplete: 'username', required: true })),
      field('sign-in-password', 'password', h('input', { id: 'sign-in-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true })),
      h('button', { type: 'submit', class: 'btn utrecht-button utrecht-button--primary-action' }, tr('signIn')),
    );
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const data = new FormData(form);
      void (async () => {
        try {
          await gql(Q.SIGN_IN, { email: String(data.get('email')), password: String(data.get('password')) });
          await signedIn((who) => tr('signedInAs', { name: who.name, organisation: who.organisation ?? '' }));
        } catch (e) {
          fail(e);
        }
      })();
    });
    return form;
  }

  function invitationForm(code: string): HTMLElement {
    const form = h(
      'form',
      { class: 'contribute-form', novalidate: true },
      h('p', { class: 'hint' }, tr('invitationHelp')),
      field('invite-email', 'email', h('input', { id: 'invite-email', name: 'email', type: 'email', autocomplete: 'username' })),
      field('invite-name', 'yourName', h('input', { id: 'invite-name', name: 'name', autocomplete: 'name', maxlength: 200 })),
      field('invite-password', 'newPassword', h('input', { id: 'invite-password', name: 'password', type: 'password', autocomplete: 'new-password', required: true, minlength: 12 })),
      h('button', { type: 'submit', class: 'btn utrecht-button utrecht-button--primary-action' }, tr('signIn')),
    );
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const data = new FormData(form);
      const value = (k: string) => String(data.get(k) ?? '').trim() || null;
      if (String(data.get('password') ?? '').length < 12) return fail(new Error(tr('passwordTooShort')));
      void (async () => {
        try {
          await gql(Q.ACCEPT_INVITATION, { code, password: String(data.get('password') ?? ''), email: value('email'), name: value('name') });
          // The code is used: it leaves the address (and the browser's history entry).
          history.replaceState(history.state, '', '/');
          await signedIn((who) => tr('invitationDone', { name: who.name }));
        } catch (e) {
          fail(e);
        }
      })();
    });
    return form;
  }

  /** Draws the panel anew; focus goes to `focus` when given. */
  const redraw = (focus?: string) => {
    draw();
    if (focus) (section.querySelector(focus) as HTMLElement | null)?.focus();
  };
  const importList = importHistory({ lang: () => lang, tr, button: (key, onclick) => button(key, onclick), say, fail, redraw, reopen: () => open('imports') });
  const upload = datasetUpload({
    lang: () => lang,
    tr,
    field,
    say,
    fail,
    redraw,
    showPreview: (report) => void showPreview(report, async () => {}),
    sent: async () => {
      await open('mine');
      say(tr('datasetSent'));
    },
  });

  /** A dry run's changes on the map, and said in words. */
  function showPreview(report: Report | null | undefined, fallback: () => Promise<void>): Promise<void> | void {
    if (!report?.diff) return fallback();
    const graph = previewGraph(report.diff);
    events.showOnMap(graph);
    say(tr('diffShown', { nodes: graph.nodes.length, edges: graph.edges.length }));
  }

  /** What every proposal form needs from the panel; a sent edit goes back to the list it was opened from. */
  const formKit = (): FormKit => ({
    lang,
    tr,
    organisation: me?.organisation ?? '',
    checked,
    fieldError,
    refusal,
    sent: async (draft, input) => {
      drafts.forget(draft);
      const was = editing;
      await open(was ? editedFrom : 'mine');
      say(was ? tr('proposalSaved', { name: titleOf(was.kind, input) }) : tr('proposalSent'));
    },
  });

  /** What an edited correction or flag is about, as the map would name it (whatever the map shows now). */
  async function targetOf(input: Record<string, unknown>): Promise<MapTarget> {
    const claim = input.claim as { type: string; fromId: string; toId: string } | null | undefined;
    const ids = typeof input.nodeId === 'string' ? [input.nodeId] : claim ? [claim.fromId, claim.toId] : [];
    if (ids.length === 0) return null;
    const found = new Map((await gql(Q.BRIEF_NODES, { ids })).nodes.flatMap((n) => (n ? [[n.id, n as GNode] as const] : [])));
    const name = (id: string) => (found.get(id) ? (lang === 'en' && found.get(id)!.nameEn) || found.get(id)!.name : id);
    if (claim) return { claim: { ...claim, name: `${name(claim.fromId)} → ${name(claim.toId)}` } };
    // A node gone meanwhile: named by its id, with no properties to offer (the server refuses a correction of it).
    return { node: found.get(ids[0]!) ?? { id: ids[0]!, label: '' as GNode['label'], name: ids[0]!, nameEn: null } };
  }

  function proposePanel(): HTMLElement {
    const form = proposalForm(formKit(), proposeKind, pickers, target, editing);
    // An edit keeps its kind: the choice of kind is for a new proposal.
    if (editing) return h('div', {}, h('p', { class: 'hint' }, tr('editProposalHelp')), form);
    const kind = h('select', { id: 'propose-kind' }, ...PROPOSAL_CHOICES.map((k) => h('option', { value: k, selected: k === proposeKind }, tr(`kind_${k}` as StringKey))));
    kind.addEventListener('change', () => {
      proposeKind = (kind as HTMLSelectElement).value as ProposalKindChoice;
      void pickersFor(proposeKind).then(() => {
        draw();
        (section.querySelector('#propose-kind') as HTMLElement | null)?.focus();
      }, fail);
    });
    return h('div', {}, h('p', { class: 'hint' }, tr('addCaseHelp')), field('propose-kind', 'proposeKind', kind), form);
  }

  const statusName = (s: string): StringKey => (s === 'accepted' ? 'statusAccepted' : s === 'rejected' ? 'statusRejected' : 'statusSubmitted');
  const kindName = (p: Proposal) => tr(`kind_${p.kind}` as StringKey);
  const titleOf = (kind: string, input: unknown) => {
    const named = input as { name?: string; fileName?: string };
    return String(named.name ?? named.fileName ?? tr(`kind_${kind}` as StringKey));
  };
  const title = (p: Proposal) => titleOf(p.kind, p.input);

  /** A proposal in context: its dry run's changes on the map, or (a flag) the nodes it is about. */
  async function showInContext(p: Proposal): Promise<void> {
    try {
      const report = (await gql(Q.PROPOSAL_PREVIEW, { id: p.id })).proposal?.preview ?? null;
      if (report && p.kind === 'dataset') {
        previews.set(p.id, report);
        draw();
      }
      await showPreview(report, async () => {
        const { all, targets } = idsOf(p.input as Record<string, unknown>);
        const nodes = (await gql(Q.BRIEF_NODES, { ids: all })).nodes.filter((n): n is NonNullable<typeof n> => n !== null) as GNode[];
        events.showOnMap(contextGraph(nodes, new Set(targets)));
        say(tr('noPreview'));
      });
    } catch (e) {
      fail(e);
    }
  }

  /** Opens the proposal's form on it as last written (a dataset comes back as a new file instead). */
  const editButton = (p: Proposal) =>
    p.kind === 'dataset'
      ? null
      : button('editProposal', () => {
          editedFrom = panel;
          void open(p.kind === 'case' ? 'add-case' : 'propose', p);
        }, { 'aria-label': `${tr('editProposal')}: ${title(p)}` });

  function mineList(): HTMLElement {
    if (mine.length === 0) return h('p', {}, tr('noProposals'));
    return h(
      'ul',
      { class: 'proposal-list' },
      ...mine.map((p) =>
        h(
          'li',
          {},
          h('strong', {}, title(p)),
          ` (${kindName(p)}) — ${tr(statusName(p.status))}`,
          p.status === 'rejected' && p.reason ? h('p', {}, tr('reasonGiven', { reason: p.reason })) : null,
          p.status !== 'accepted' ? editButton(p) : null,
          // A rejected dataset comes back as a corrected file, in its place (the old text stays in its history).
          p.kind === 'dataset' && p.status === 'rejected'
            ? button('resubmitDataset', () => {
                upload.replace({ id: p.id, fileName: title(p) });
                void open('dataset');
              }, { 'aria-label': `${tr('resubmitDataset')}: ${title(p)}` })
            : null,
        ),
      ),
    );
  }

  function reviewList(): HTMLElement {
    if (queue.length === 0) return h('p', {}, tr('reviewEmpty'));
    return h(
      'ul',
      { class: 'proposal-list' },
      ...queue.map((p) => {
        const input = p.input as { name?: string; description?: string; period?: string; lessons?: string[] };
        const reasonId = `reason-${p.id.replace(/[^a-z0-9]/gi, '-')}`;
        const reason = h('textarea', { id: reasonId, rows: 2, maxlength: 2000 });
        const decide = async (accept: boolean) => {
          try {
            if (accept) await gql(Q.ACCEPT_PROPOSAL, { id: p.id });
            else await gql(Q.REJECT_PROPOSAL, { id: p.id, reason: reason.value });
            await open('review'); // which reads the queue again
            say(tr(accept ? 'accepted' : 'rejected', { name: title(p) }));
          } catch (e) {
            fail(e);
          }
        };
        return h(
          'li',
          { class: 'proposal' },
          h('h3', {}, title(p)),
          h('p', {}, `${kindName(p)} · ${tr('proposedBy', { name: p.author.name, organisation: p.author.organisation ?? '' })}`),
          h('button', { type: 'button', class: 'btn small secondary utrecht-button utrecht-button--secondary-action', onclick: () => void showInContext(p) }, `${tr('showOnMap')}: ${title(p)}`),
          previews.has(p.id) ? reportView(lang, previews.get(p.id)!, `preview-${p.id.replace(/[^a-z0-9]/gi, '-')}`) : null,
          input.period ? h('p', {}, input.period) : null,
          input.description ? h('p', {}, input.description) : null,
          ...(input.lessons ?? []).map((l) => h('p', { class: 'lesson' }, l)),
          editButton(p),
          h('button', { type: 'button', class: 'btn small utrecht-button utrecht-button--primary-action', onclick: () => void decide(true) }, `${tr('accept')}: ${title(p)}`),
          h('p', { class: 'field' }, h('label', { for: reasonId }, tr('rejectReason')), reason),
          h('button', { type: 'button', class: 'btn small secondary utrecht-button utrecht-button--secondary-action', onclick: () => void decide(false) }, `${tr('reject')}: ${title(p)}`),
        );
      }),
    );
  }

  function draw(): void {
    drawAccount();
    section.hidden = panel === 'none';
    if (panel === 'none') return fill(content);
    const body: Record<Exclude<Panel, 'none'>, () => [StringKey, HTMLElement]> = {
      'sign-in': () => ['signInTitle', signInForm()],
      invitation: () => ['invitationTitle', invitationForm(invitation ?? '')],
      'add-case': () => [editing ? 'editProposalTitle' : 'addCaseTitle', proposalForm(formKit(), 'case', { ...pickers, places }, null, editing)],
      mine: () => ['myProposals', mineList()],
      review: () => ['reviewQueue', reviewList()],
      dataset: () => ['datasetTitle', upload.view()],
      imports: () => ['imports', importList.view()],
      propose: () => [editing ? 'editProposalTitle' : 'proposeTitle', proposePanel()],
    };
    const [key, element] = body[panel]();
    fill(content, heading(key), closer(), element);
  }

  async function close(): Promise<void> {
    if (panel === 'dataset') upload.replace(null);
    panel = 'none';
    draw();
    (account.querySelector('button') as HTMLElement | null)?.focus();
  }

  async function signOut(): Promise<void> {
    try {
      await gql(Q.SIGN_OUT, {});
      drafts.forgetAll();
      me = null;
      mine = [];
      queue = [];
      panel = 'none';
      draw();
      say(tr('signOut'));
      (account.querySelector('button') as HTMLElement | null)?.focus();
    } catch (e) {
      fail(e);
    }
  }

  account.hidden = false;
  // Read at once: the explorer may rewrite its address when it starts.
  const invitation = location.pathname === INVITATION_PATH && location.hash.length > 1 ? location.hash.slice(1) : null;
  if (invitation) panel = 'invitation';
  void refresh().then(draw, () => draw());
  return {
    render(next) {
      lang = next;
      draw();
    },
  };
}
