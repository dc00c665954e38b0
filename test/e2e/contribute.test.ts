/**
 * The whole way of a contribution, in a real Chromium on the seed graph: a participant signs in and
 * proposes a case with the keyboard alone (a reload halfway loses nothing typed); nobody else sees it; an editor publishes it from the
 * review queue; then it is in the explorer's search for everyone. Then a partner proposes an
 * application and a flag (and has a causal link waiting, which the editor edits in the browser
 * before publishing it), and uploads a dataset:
 * a refused file shows its line, a good one its dry run and its changes on the map; the editor sees
 * it in context, publishes it, and undoes it from the import history.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createAccount, createInvitation } from '../../server/accounts/accounts.ts';
import { createProposal } from '../../server/contribute/proposals.ts';
import { cheapPasswordHashes } from '../support/passwords.ts';
import { axe, explorerSuite, waitForGraph } from './support.ts';

const suite = explorerSuite();
cheapPasswordHashes();
const PASSWORD = 'een lang genoeg wachtwoord';
const NAME = 'Buurtkamer in de oude bibliotheek';
/** What waits on the server (a sign-in's scrypt, a publication) may take a while on a busy machine. */
const WAIT = { timeout: 20_000 };

/** Tab (forward) until the focused element is the one wanted: by id, or by its text. */
async function tabTo(page: Page, target: { id?: string; text?: string }): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => ({ id: document.activeElement?.id ?? '', text: document.activeElement?.textContent?.trim() ?? '' }));
    if ((target.id && at.id === target.id) || (target.text && at.text === target.text)) return;
  }
  throw new Error(`Tab never reached ${JSON.stringify(target)}`);
}

/** A query of the public API, as anyone (no session): what is published. */
async function publicQuery<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${suite.ex.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return ((await res.json()) as { data: T }).data;
}

const publicNode = async (id: string) => (await publicQuery<{ node: { id: string; name: string } | null }>('query($id: ID!) { node(id: $id) { id name } }', { id })).node;

const CHALLENGE = 'challenge:dalende-sociaaleconomische-positie';
const INTERVENTION = 'intervention:wsz-buurtconcierge';
const DATASET = [
  "MERGE (s:Source {id: 'source:wsz-2025'}) SET s += {name: 'Jaarverslag 2025', publisher: 'Woonstichting Zuid', year: 2025};",
  `MERGE (i:Intervention {id: '${INTERVENTION}'}) SET i.name = 'Buurtconciërge';`,
  `MATCH (i:Intervention {id: '${INTERVENTION}'}), (c:Challenge {id: '${CHALLENGE}'})`,
  "MERGE (i)-[r:ADDRESSES]->(c) SET r += {sources: ['source:wsz-2025'], confidence: 'hypothesis'};",
].join('\n');
/** The map's nodes as drawn, with the preview's mark and border. */
const drawn = (page: Page) => page.evaluate(() => window.__explorer!.nodes().map((n) => ({ id: n.id, diff: n.data.diff ?? null, display: String(n.data.display), border: n.borderStyle })));

async function publishedPeriod(name: string): Promise<string | null> {
  const { cases } = await publicQuery<{ cases: { edges: Array<{ node: { name: string; period: string | null } }> } }>('{ cases(first: 100) { edges { node { name period } } } }');
  return cases.edges.find((e) => e.node.name === name)?.node.period ?? null;
}

async function publishedCases(text: string): Promise<string[]> {
  const { search } = await publicQuery<{ search: Array<{ node: { name: string } }> }>('query($t: String!) { search(text: $t, labels: ["Case"]) { node { name } } }', { t: text });
  return search.map((h) => h.node.name);
}

/** The causal link a partner proposes and the editor edits before publishing it. */
const CAUSE = 'mechanism:afbouw-intramurale-zorg';
const EFFECT = 'challenge:leefbaarheid-en-veiligheid';
async function publishedCauses(id: string): Promise<Array<{ node: { id: string }; polarity: string; note: string | null }>> {
  const { node } = await publicQuery<{ node: { causes: Array<{ node: { id: string }; polarity: string; note: string | null }> } }>(
    'query($id: ID!) { node(id: $id) { ... on Challenge { causes { node { id } polarity note } } } }',
    { id },
  );
  return node.causes;
}

describe('contributing', () => {
  it('participant (keyboard only) proposes a case, an editor publishes it, everyone finds it', async () => {
    await createAccount(suite.ex.db, { email: 'anna@almere.nl', name: 'Anna', organisation: 'Gemeente Almere', role: 'participant', password: PASSWORD, createdBy: 'test' });
    const invitation = await createInvitation(suite.ex.db, { role: 'editor', organisation: 'Ministerie van BZK', createdBy: 'test' });

    // The participant, with the keyboard only.
    const page = await suite.open('/');
    await waitForGraph(page);
    await tabTo(page, { id: 'sign-in-open' });
    await page.keyboard.press('Enter');
    await tabTo(page, { id: 'sign-in-email' });
    await page.keyboard.type('anna@almere.nl');
    await page.keyboard.press('Tab');
    await page.keyboard.type('een fout wachtwoord!');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'niet juist' }).count(), WAIT).toBe(1);
    // The form keeps what was typed; back to the email field and correct it.
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('anna@almere.nl');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('anna@almere.nl');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#account').textContent(), WAIT).toContain('Ingelogd als Anna (Gemeente Almere)');
    // Focus is on "Casus toevoegen".
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), WAIT).toBe('Een casus of ervaring toevoegen');
    await axe(page, 'add-case form');
    await tabTo(page, { id: 'case-name' });
    await page.keyboard.type(NAME);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Almere');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2024');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Bewoners en de bibliotheek openen samen een buurtkamer.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Een vaste sleutelhouder maakt het verschil.');
    // The tab crashes (a reload here): what was typed is back when the form opens again.
    await page.reload();
    await waitForGraph(page);
    // Signed in again from the cookie: the account's buttons come when the server has said who it is.
    await page.locator('#add-case-open').waitFor(WAIT);
    await tabTo(page, { text: 'Casus toevoegen' });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), WAIT).toBe('Een casus of ervaring toevoegen');
    const typed = () =>
      page.evaluate(() => ['#case-name', '#case-place', '#case-period', '#case-description', '#case-lesson'].map((s) => (document.querySelector(s) as HTMLInputElement).value));
    expect(await typed()).toEqual([NAME, 'municipality:GM0034', '2024', 'Bewoners en de bibliotheek openen samen een buurtkamer.', 'Een vaste sleutelhouder maakt het verschil.']);
    await tabTo(page, { text: 'Voorstel indienen' });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Uw voorstel is ingediend' }).count(), WAIT).toBe(1);
    await expect.poll(() => page.locator('.proposal-list').textContent(), WAIT).toContain(`${NAME} (casus) — wacht op beoordeling`);
    // A proposal: in no read of the graph.
    expect(await publishedCases('Buurtkamer bibliotheek')).toEqual([]);

    // The editor, through the invitation link an admin sent.
    const review = await suite.open(`/uitnodiging#${invitation.secret}`);
    await review.getByLabel('E-mailadres').fill('eva@bzk.nl');
    await review.getByLabel('Uw naam').fill('Eva');
    await review.getByLabel('Nieuw wachtwoord').fill('kort');
    await review.getByLabel('Nieuw wachtwoord').press('Enter');
    await expect.poll(() => review.locator('.contribute-error').textContent(), WAIT).toMatch(/minstens 12 tekens/);
    await review.getByLabel('Nieuw wachtwoord').fill(PASSWORD);
    await review.getByLabel('Nieuw wachtwoord').press('Enter');
    await expect.poll(() => review.locator('.contribute-status').textContent(), WAIT).toBe('Welkom, Eva. U bent ingelogd.');
    expect(new URL(review.url()).hash).toBe('');
    await review.getByRole('button', { name: 'Te beoordelen (1)' }).click();
    await expect.poll(() => review.locator('.proposal').textContent(), WAIT).toContain('door Anna (Gemeente Almere)');
    // In context: the case it would create, signed, beside the town it is about.
    await review.getByRole('button', { name: `Toon op de kaart: ${NAME}` }).click();
    await expect.poll(async () => (await drawn(review)).filter((n) => n.diff === 'new').map((n) => n.display), WAIT).toContain(`＋ ${NAME}`);
    // The editor edits the proposal before publishing: the form opens on it as written.
    await review.getByRole('button', { name: `Bewerken: ${NAME}` }).click();
    await expect.poll(() => review.locator('#case-name').inputValue(), WAIT).toBe(NAME);
    expect(await review.locator('#case-period').inputValue()).toBe('2024');
    expect(await review.locator('#case-place').inputValue()).toBe('municipality:GM0034');
    await review.locator('#case-period').fill('2024-2025');
    await review.getByRole('button', { name: 'Voorstel indienen' }).click();
    await expect.poll(() => review.locator('.contribute-status').textContent(), WAIT).toBe(`Het voorstel is bijgewerkt: ${NAME}.`);
    await review.getByRole('button', { name: `Publiceren: ${NAME}` }).click();
    await expect.poll(() => review.locator('.contribute-status').textContent(), WAIT).toBe(`Gepubliceerd: ${NAME}.`);
    expect(await publishedPeriod(NAME)).toBe('2024-2025');

    // Published: the explorer's search finds it, for anyone.
    expect(await publishedCases('Buurtkamer bibliotheek')).toEqual([NAME]);
    const anyone = await suite.open('/');
    await anyone.getByRole('searchbox', { name: 'Zoeken' }).fill('Buurtkamer');
    await expect.poll(() => anyone.getByRole('listbox', { name: 'Suggesties' }).getByRole('option').allTextContents(), WAIT).toContainEqual(expect.stringContaining(NAME));

    // A partner uploads a dataset: first one with an error on line 2, then the good one.
    const { account: piet } = await createAccount(suite.ex.db, { email: 'piet@wszuid.nl', name: 'Piet', organisation: 'Woonstichting Zuid', role: 'partner', password: PASSWORD, createdBy: 'test' });
    // The partner's causal link (made here, not through its form: the walk stays short), which the editor edits in the browser below.
    const link = { fromId: CAUSE, toId: EFFECT, polarity: '+', note: 'Gezien in onze wijken.', ownExperience: true };
    await createProposal(suite.ex.db, 'causal_link', link, { id: piet.id, name: 'Piet', organisation: 'Woonstichting Zuid' });
    const partner = await suite.open('/');
    await waitForGraph(partner);
    await partner.getByRole('button', { name: 'Inloggen' }).click();
    await partner.getByLabel('E-mailadres').fill('piet@wszuid.nl');
    await partner.getByLabel('Wachtwoord').fill(PASSWORD);
    await partner.getByLabel('Wachtwoord').press('Enter');
    // First another kind of proposal: an application, whose source needs its publisher.
    await partner.getByRole('button', { name: 'Ander voorstel' }).click();
    await expect.poll(() => partner.evaluate(() => document.activeElement?.textContent), WAIT).toBe('Een voorstel doen');
    expect(await partner.locator('#propose-kind').inputValue()).toBe('application');
    await partner.locator('#app-intervention').selectOption({ index: 0 });
    await partner.locator('#app-place').selectOption({ label: 'Almere' });
    await partner.getByLabel('Een publicatie').check();
    await partner.locator('#app-source-title').fill('Jaarverslag 2025');
    await partner.getByRole('button', { name: 'Voorstel indienen' }).click();
    await expect.poll(() => partner.evaluate(() => document.activeElement?.id), WAIT).toBe('app-source-publisher');
    expect(await partner.locator('#app-source-publisher').getAttribute('aria-invalid')).toBe('true');
    expect(await partner.locator('#app-source-publisher-error').textContent()).toMatch(/^Geef de uitgever/);
    await axe(partner, 'application form with an error at its field');
    await partner.locator('#app-source-publisher').fill('Woonstichting Zuid');
    await partner.locator('#app-source-year').fill('2025');
    await partner.getByRole('button', { name: 'Voorstel indienen' }).click();
    await expect.poll(() => partner.locator('.proposal-list').textContent(), WAIT).toContain('(toepassing) — wacht op beoordeling');

    // An error flagged about what is chosen on the map (here through the search).
    const box = partner.getByRole('searchbox', { name: 'Zoeken' });
    await box.fill('Almere');
    await partner.getByRole('listbox', { name: 'Suggesties' }).getByRole('option').first().filter({ hasText: 'Almere' }).waitFor();
    await box.press('Enter');
    await expect.poll(() => partner.evaluate(() => (window.__explorer!.state() as { selected: string | null }).selected), WAIT).not.toBeNull();
    // Opened from the search, the node's details take focus when they arrive: wait for that first.
    await expect.poll(() => partner.evaluate(() => document.activeElement?.id), WAIT).toBe('details-title');
    await partner.getByRole('button', { name: 'Ander voorstel' }).click();
    await expect.poll(() => partner.locator('#flag-about').textContent(), WAIT).toMatch(/^Over: .*Almere/);
    await partner.getByRole('button', { name: 'Fout melden' }).click();
    await expect.poll(() => partner.evaluate(() => document.activeElement?.id), WAIT).toBe('flag-reason');
    expect(await partner.locator('#flag-reason-error').textContent()).toBe('Geef een reden.');
    await partner.locator('#flag-reason').fill('Het inwonertal is van een ander jaar dan de bron zegt.');
    await partner.getByRole('button', { name: 'Fout melden' }).click();
    await expect.poll(() => partner.locator('.proposal-list').textContent(), WAIT).toContain('(foutmelding) — wacht op beoordeling');

    await partner.getByRole('button', { name: 'Dataset uploaden' }).click();
    const file = partner.getByLabel('Cypher-bestand');
    const bad = DATASET.replace('MERGE (i:Intervention', 'MERGE (i:Maatregel');
    await file.setInputFiles({ name: 'wsz.cypher', mimeType: 'text/plain', buffer: Buffer.from(bad) });
    await expect.poll(() => partner.locator('#dataset-report').textContent(), WAIT).toContain('kan zo niet worden ingelezen');
    expect(await partner.locator('.report-errors').textContent()).toMatch(/Regel 2 — Onbekend soort knooppunt: .*Maatregel/);
    await partner.getByRole('button', { name: 'Dataset indienen' }).click();
    await expect.poll(() => partner.locator('.contribute-error').textContent(), WAIT).toMatch(/de proefrun moet slagen/);
    await file.setInputFiles({ name: 'wsz.cypher', mimeType: 'text/plain', buffer: Buffer.from(DATASET) });
    await expect.poll(() => partner.locator('#dataset-report h3').textContent(), WAIT).toBe('Proefrun geslaagd: wsz.cypher kan worden ingediend. Er is nog niets veranderd.');
    expect(await partner.evaluate(() => document.activeElement?.textContent)).toContain('Proefrun geslaagd');
    expect(await partner.locator('#dataset-report').textContent()).toMatch(/Nieuwe knooppunten.*Bronnen: 1.*Interventies: 1.*Nieuwe relaties.*pakt aan: 1/);
    // The diff on the map: new nodes dashed and signed, the challenge they reach for orientation.
    await expect.poll(() => drawn(partner), WAIT).toContainEqual({ id: INTERVENTION, diff: 'new', display: '＋ Buurtconciërge', border: 'dashed' });
    expect((await drawn(partner)).find((n) => n.id === CHALLENGE)).toMatchObject({ diff: null, border: 'solid' });
    await axe(partner, 'dataset upload with its dry run');
    await partner.getByRole('button', { name: 'Dataset indienen' }).click();
    await expect.poll(() => partner.locator('.contribute-status').textContent(), WAIT).toBe('Uw dataset is ingediend. Een redacteur beoordeelt hem.');
    expect(await publicNode(INTERVENTION)).toBeNull();

    // The editor rejects it with a reason; the partner uploads a new version in its place.
    await review.getByRole('button', { name: /^Te beoordelen/ }).click();
    // First the causal link: the editor edits it, its form open on it as the partner wrote it, then publishes it.
    await review.getByRole('button', { name: 'Bewerken: oorzakelijk verband' }).click();
    await expect.poll(() => review.locator('#link-note').inputValue(), WAIT).toBe('Gezien in onze wijken.');
    expect([await review.locator('#link-from').inputValue(), await review.locator('#link-to').inputValue()]).toEqual([CAUSE, EFFECT]);
    await review.getByLabel('? de richting is onbekend').check();
    await review.locator('#link-note').fill('Gezien in onze wijken, 2023-2025.');
    await review.getByRole('button', { name: 'Voorstel indienen' }).click();
    await expect.poll(() => review.locator('.contribute-status').textContent(), WAIT).toBe('Het voorstel is bijgewerkt: oorzakelijk verband.');
    await review.getByRole('button', { name: 'Publiceren: oorzakelijk verband' }).click();
    await expect.poll(() => review.locator('.contribute-status').textContent(), WAIT).toBe('Gepubliceerd: oorzakelijk verband.');
    expect((await publishedCauses(EFFECT)).filter((c) => c.node.id === CAUSE)).toEqual([{ node: { id: CAUSE }, polarity: '?', note: 'Gezien in onze wijken, 2023-2025.' }]);
    const item = review.locator('.proposal').filter({ hasText: 'wsz.cypher' });
    await item.getByLabel('Reden van afwijzen').fill('Noem de periode.');
    await item.getByRole('button', { name: 'Afwijzen: wsz.cypher' }).click();
    await expect.poll(() => review.locator('.contribute-status').textContent(), WAIT).toBe('Afgewezen: wsz.cypher.');
    await partner.getByRole('button', { name: 'Mijn voorstellen' }).click();
    await expect.poll(() => partner.locator('.proposal-list').textContent(), WAIT).toContain('Reden: Noem de periode.');
    await partner.getByRole('button', { name: 'Nieuwe versie uploaden: wsz.cypher' }).click();
    await partner.getByLabel('Cypher-bestand').setInputFiles({ name: 'wsz.cypher', mimeType: 'text/plain', buffer: Buffer.from(DATASET.replace("i.name = 'Buurtconciërge'", "i.name = 'Buurtconciërge', i.period = '2025'")) });
    await expect.poll(() => partner.locator('#dataset-report h3').textContent(), WAIT).toMatch(/^Proefrun geslaagd/);
    await partner.getByRole('button', { name: 'Dataset indienen' }).click();
    await expect.poll(() => partner.locator('.proposal-list').textContent(), WAIT).toMatch(/wsz\.cypher \(dataset\) — wacht op beoordeling/);

    // The editor sees it in context, publishes it; then undoes it from the import history.
    await review.getByRole('button', { name: /^Te beoordelen/ }).click();
    await review.getByRole('button', { name: 'Toon op de kaart: wsz.cypher' }).click();
    await expect.poll(() => drawn(review), WAIT).toContainEqual({ id: INTERVENTION, diff: 'new', display: '＋ Buurtconciërge', border: 'dashed' });
    expect(await review.locator('.proposal .import-report').textContent()).toContain('Proefrun geslaagd');
    await review.getByRole('button', { name: 'Publiceren: wsz.cypher' }).click();
    await expect.poll(() => review.locator('.contribute-status').textContent(), WAIT).toBe('Gepubliceerd: wsz.cypher.');
    expect(await publicNode(INTERVENTION)).toEqual({ id: INTERVENTION, name: 'Buurtconciërge' });
    await review.getByRole('button', { name: 'Importgeschiedenis' }).click();
    await expect.poll(() => review.locator('.import').first().textContent(), WAIT).toContain('gegevens van Woonstichting Zuid');
    await review.getByRole('button', { name: 'Ongedaan maken: wsz.cypher' }).click();
    expect(await review.evaluate(() => document.activeElement?.textContent)).toMatch(/^Import wsz.cypher ongedaan maken\?/);
    await axe(review, 'import history with an undo to confirm');
    await review.getByRole('button', { name: 'Ja, ongedaan maken' }).click();
    await expect.poll(() => review.locator('.contribute-status').textContent(), WAIT).toBe('Ongedaan gemaakt: wsz.cypher.');
    expect(await publicNode(INTERVENTION)).toBeNull();
    expect(await review.locator('.import').first().textContent()).toContain('ongedaan gemaakt op');

    for (const w of suite.pages) expect(w.errors.filter((e) => !e.includes('status of 401'))).toEqual([]);
  }, 150_000);
});
