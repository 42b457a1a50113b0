// The accessibility scan shared by the browser scenarios: axe-core (a devDependency of the console,
// resolved from node_modules, never downloaded) injected into the page and run with the WCAG 2.0/2.1
// A and AA rules. WCAG 2.1 AA is the law for Dutch public-sector websites and apps.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** The axe tags of WCAG 2.0 and 2.1, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let axeBron = null;
async function leesAxe() {
  axeBron ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeBron;
}

/** Serious and critical findings: the ones a scenario fails on. */
export const ernstig = (schendingen) =>
  schendingen.filter((x) => x.impact === 'serious' || x.impact === 'critical');

/** One line per finding and node: page, rule, impact, node selector, help text and what is wrong. */
export function beschrijfSchendingen(schendingen, pagina) {
  return schendingen
    .flatMap((x) =>
      x.knopen.map(
        (k) =>
          `${pagina ? `${pagina}: ` : ''}${x.id} (${x.impact}) op ${k.doel} — ${x.help}` +
          `${k.samenvatting ? ` [${k.samenvatting.replace(/\s+/g, ' ').slice(0, 240)}]` : ''}`,
      ),
    )
    .join('\n  ');
}

/**
 * Runs axe on `selector` (default: the whole document, so the header, navigation and footer count
 * too) and resolves with every violation: `{ id, impact, help, helpUrl, aantal, doel, knopen }`
 * (`doel` the first node's selector, `knopen` up to ten nodes with selector and failure summary).
 * Throws on a serious or critical violation unless `gooi` is false; `naam` goes in the message.
 */
export async function axeScan(page, selector = 'document', naam = selector, { gooi = true } = {}) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(await leesAxe());
  const scan = await page.evaluate(
    async ({ sel, tags }) => {
      const context = sel === 'document' ? document : document.querySelector(sel);
      if (!context) throw new Error(`axe: ${sel} staat niet op de pagina`);
      const r = await window.axe.run(context, { runOnly: { type: 'tag', values: tags } });
      return r.violations.map((x) => ({
        id: x.id,
        impact: x.impact,
        help: x.help,
        helpUrl: x.helpUrl,
        aantal: x.nodes.length,
        doel: x.nodes[0]?.target,
        knopen: x.nodes.slice(0, 10).map((n) => ({
          doel: n.target.join(' '),
          samenvatting: n.failureSummary ?? '',
        })),
      }));
    },
    { sel: selector, tags: AXE_TAGS },
  );
  const fout = ernstig(scan);
  if (gooi && fout.length)
    throw new Error(`axe vond ernstige schendingen (${naam}):\n  ${beschrijfSchendingen(fout, naam)}`);
  return scan;
}
