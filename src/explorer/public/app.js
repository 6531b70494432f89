// KSZ emulator explorer: a small front end without build step or dependencies. It reads the
// admin API (/_admin/...) and the explorer API (/_explorer/api/...), and sends "try it" requests
// to the real SOAP endpoints, exactly as a client would.
'use strict';

(() => {
  const main = document.getElementById('main');
  const statusLine = document.getElementById('status');
  const SOAP_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
  const ROLES = ['SOCIAL_WORKER', 'ADMIN_STAFF', 'GENERAL_DIRECTOR', 'FINANCIAL_DIRECTOR', 'SECURITY_ADVISOR', 'PROGRAM'];
  const OUTCOMES = { ALLOW: 'allowed', DENY: 'refused', ERROR: 'error' };

  const cache = {};
  const catalogFilters = { q: '', family: '', source: '', contract: '', style: '', all: false };
  const journalFilters = { organisation: '', ssin: '', service: '', decision: '' };
  let journalTimer;

  // ------------------------------------------------------------------ helpers

  /** h('tag.class', {attrs}, ...children): builds DOM without innerHTML, so data is never markup. */
  function h(spec, attrs, ...children) {
    const [tag, ...classes] = spec.split('.');
    const el = document.createElement(tag);
    if (classes.length) el.className = classes.join(' ');
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else if (k === 'text') el.textContent = v;
      else if (k in el && typeof v !== 'string') el[k] = v;
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat(Infinity)) {
      if (c === undefined || c === null || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  async function getJson(url, options) {
    const res = await fetch(url, options);
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    return res.json();
  }

  async function cached(key, url) {
    if (!cache[key]) cache[key] = await getJson(url);
    return cache[key];
  }

  /** Replaces the page content (arrays flattened, empty parts left out). */
  function show(...nodes) {
    main.replaceChildren(...nodes.flat(Infinity).filter((n) => n !== null && n !== undefined && n !== false));
  }

  function announce(text) {
    statusLine.textContent = text;
  }

  function badge(text, kind) {
    return h(`span.badge.${kind || text}`, { text });
  }

  function copyButton(value, label) {
    return h('button.small.secondary.copy', {
      type: 'button',
      'aria-label': `Copy ${label || value}`,
      onclick: async () => {
        try {
          await navigator.clipboard.writeText(value);
          announce(`Copied ${value}`);
        } catch {
          announce(`Copy failed; select the text: ${value}`);
        }
      },
    }, 'Copy');
  }

  function field(labelText, control) {
    const id = control.id || `f-${Math.random().toString(36).slice(2, 9)}`;
    control.id = id;
    return h('div.field', {}, h('label', { for: id, text: labelText }), control);
  }

  function select(options, value, attrs) {
    return h('select', attrs || {}, options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
  }

  function table(headers, rows, caption) {
    return h('div.table-wrap', {}, h('table', {}, caption ? h('caption.sr-only', { text: caption }) : null,
      h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, rows)));
  }

  const xmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const attrEscape = (s) => xmlEscape(s).replace(/"/g, '&quot;');

  /** Indents an XML document for reading; returns it unchanged if it does not parse. */
  function prettyXml(xml) {
    if (!xml) return '';
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length) return xml;
    const out = [];
    const decl = xml.match(/^\s*<\?xml[^>]*\?>/);
    if (decl) out.push(decl[0].trim());
    const walk = (node, depth) => {
      const pad = '  '.repeat(depth);
      if (node.nodeType === Node.COMMENT_NODE) return out.push(`${pad}<!--${node.data}-->`);
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      const attrs = [...node.attributes].map((a) => ` ${a.name}="${attrEscape(a.value)}"`).join('');
      const kids = [...node.childNodes].filter((c) => c.nodeType === Node.ELEMENT_NODE || c.nodeType === Node.COMMENT_NODE);
      const text = [...node.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE || c.nodeType === Node.CDATA_SECTION_NODE).map((c) => c.data).join('');
      if (!kids.length) {
        out.push(text.trim() === '' ? `${pad}<${node.tagName}${attrs}/>` : `${pad}<${node.tagName}${attrs}>${xmlEscape(text.trim())}</${node.tagName}>`);
        return;
      }
      out.push(`${pad}<${node.tagName}${attrs}>`);
      for (const c of node.childNodes) walk(c, depth + 1);
      out.push(`${pad}</${node.tagName}>`);
    };
    walk(doc.documentElement, 0);
    return out.join('\n');
  }

  const xmlBlock = (xml, label) => h('pre.xml', { tabindex: 0, 'aria-label': label }, prettyXml(xml));

  /** The SSDN document inside a sendXML envelope (classic channel), or undefined. */
  function ssdnInside(xml) {
    const doc = new DOMParser().parseFromString(xml || '', 'application/xml');
    if (doc.getElementsByTagName('parsererror').length) return undefined;
    const body = localDesc(doc.documentElement, 'Body');
    const first = body && body.firstElementChild;
    return first && first.localName === 'xmlString' ? first.textContent : undefined;
  }

  /** A message for reading: a classic one shows its SSDN document decoded, the wire form one click away. */
  function messageBlock(xml, label) {
    const ssdn = ssdnInside(xml);
    if (!ssdn) return [h('h3', { text: label }), xmlBlock(xml, label)];
    return [
      h('h3', { text: `${label} (the xmlString, decoded)` }),
      xmlBlock(ssdn, `${label}, SSDN document`),
      h('details', {}, h('summary', { text: 'As sent on the wire (sendXML envelope)' }), xmlBlock(xml, `${label} as sent`)),
    ];
  }

  function localChild(el, name) {
    return el ? [...el.children].find((c) => c.localName === name) : undefined;
  }

  function localDesc(el, name) {
    return el ? el.getElementsByTagNameNS('*', name)[0] : undefined;
  }

  async function setStatusLine() {
    try {
      const health = await getJson('/_admin/health');
      const clock = health.clock === 'set' ? ` · clock set to ${health.now}` : '';
      announce(`${health.baseUrl} · ${health.services} services · ${health.persons} persons${clock}`);
    } catch {
      announce('The emulator does not answer /_admin/health.');
    }
  }

  // ------------------------------------------------------------------ routing

  const views = { catalog: catalogView, service: serviceView, personas: personasView, journal: journalView, organisations: organisationsView, notifications: notificationsView };

  async function route() {
    clearInterval(journalTimer);
    const [, view = 'catalog', ...rest] = (location.hash || '#/catalog').split('/');
    const render = views[view] || catalogView;
    for (const a of document.querySelectorAll('[data-nav]')) {
      if (a.dataset.nav === (view === 'service' ? 'catalog' : view)) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
    show(h('p', { text: 'Loading…' }));
    try {
      await render(...rest.map(decodeURIComponent));
    } catch (e) {
      show(h('h1', { text: 'Something went wrong' }), h('p.notice', { text: String(e.message || e) }));
    }
    const heading = main.querySelector('h1');
    if (heading) {
      document.title = `${heading.textContent} · KSZ emulator explorer`;
      // After navigating inside the page, focus goes to the new heading (screen readers announce
      // it); on first load it stays at the top, where the skip link is.
      heading.tabIndex = -1;
      if (navigated) heading.focus({ preventScroll: true });
    }
    navigated = true;
  }

  let navigated = false;
  window.addEventListener('hashchange', route);
  setStatusLine();
  route();

  // ------------------------------------------------------------------ catalog

  async function catalogView() {
    const data = await cached('catalog', '/_explorer/api/catalog');
    const results = h('div', { id: 'catalog-results' });
    const count = h('p.live', { 'aria-live': 'polite', id: 'catalog-count' });
    const sources = [...new Set(data.rows.map((r) => r.source).filter(Boolean))].sort();
    const update = () => renderCatalog(data, results, count);
    const bind = (key, control, prop = 'value') => {
      control.addEventListener(control.type === 'search' ? 'input' : 'change', () => {
        catalogFilters[key] = control[prop];
        update();
      });
      return control;
    };
    show(
      h('h1', { text: 'Service catalog' }),
      h('p.coverage', {}, h('strong', { text: `${data.coverage.offered} of ${data.coverage.total}` }), ' catalog rows offered',
        h('span.muted', { text: ` (${data.services.length} registered services; the classic ones share the connector ${data.connector.path})` })),
      h('form.filters', { role: 'search', 'aria-label': 'Filter the catalog', onsubmit: (e) => e.preventDefault() },
        field('Search', bind('q', h('input', { type: 'search', id: 'catalog-search', value: catalogFilters.q, placeholder: 'ID, name, purpose, operation…', size: 32 }))),
        field('Family', bind('family', select([['', 'All families'], ...Object.entries(data.families).map(([k, v]) => [k, `${k} — ${v}`])], catalogFilters.family, { id: 'catalog-family' }))),
        field('Authentic source', bind('source', select([['', 'All sources'], ...sources.map((s) => [s, s])], catalogFilters.source, { id: 'catalog-source' }))),
        field('Contract status', bind('contract', select([['', 'Any status'], ['public', 'public'], ['partial', 'partial'], ['modelled', 'modelled']], catalogFilters.contract, { id: 'catalog-contract' }))),
        field('Style', bind('style', select([['', 'Both styles'], ['new', 'new style'], ['classic', 'classic (SSDN)']], catalogFilters.style, { id: 'catalog-style' }))),
        h('div.check', {}, bind('all', h('input', { type: 'checkbox', id: 'catalog-all', checked: catalogFilters.all }), 'checked'), ' ', h('label', { for: 'catalog-all', text: 'Also list catalog rows not offered yet' }))),
      count,
      results,
    );
    update();
  }

  function renderCatalog(data, results, count) {
    const f = catalogFilters;
    const q = f.q.trim().toLowerCase();
    const textOf = (x) => [x.id, x.name, x.catalogName, x.purpose, x.source, x.style, x.contract, x.serviceId, ...(x.operations || [])].filter(Boolean).join(' ').toLowerCase();
    const keep = (x) =>
      (!q || textOf(x).includes(q)) &&
      (!f.family || x.family === f.family) &&
      (!f.source || x.source === f.source) &&
      (!f.contract || (x.contract || '').startsWith(f.contract)) &&
      (!f.style || x.style === f.style);
    const services = data.services.filter(keep).sort((a, b) => a.id.localeCompare(b.id) || a.version.localeCompare(b.version));
    const missing = f.all ? data.rows.filter((r) => !r.offered && keep(r)) : [];
    const groups = Object.keys(data.families).map((fam) => ({
      fam,
      services: services.filter((s) => s.family === fam),
      missing: missing.filter((r) => r.family === fam),
    })).filter((g) => g.services.length || g.missing.length);
    count.textContent = `${services.length} service${services.length === 1 ? '' : 's'} shown${f.all ? `, ${missing.length} catalog rows not offered yet` : ''}.`;
    results.replaceChildren(...groups.map((g) => h('section', { 'aria-labelledby': `fam-${g.fam}` },
      h('h2', { id: `fam-${g.fam}`, text: `${g.fam} — ${data.families[g.fam]}` }),
      table(['ID', 'Service', 'Purpose', 'Source', 'Style', 'Contract', 'Version', 'Endpoint', 'WSDL'], [
        ...g.services.map((s) => h('tr', { 'data-service': s.key },
          h('td.nowrap', { text: s.id }),
          h('td', {}, h('a', { href: `#/service/${encodeURIComponent(s.key)}`, text: s.name }), s.catalogName && s.catalogName !== s.name ? h('div.muted', { text: s.catalogName }) : null),
          h('td', { text: s.purpose || '' }),
          h('td', { text: s.source || '' }),
          h('td', {}, badge(s.style)),
          h('td', {}, badge(s.contract)),
          h('td.nowrap', { text: s.version }),
          h('td', {}, s.style === 'classic'
            ? [h('code', { text: s.serviceId }), h('div.muted', { text: 'ServiceId, via the SSDN connector' })]
            : h('code', { text: new URL(s.endpoint).pathname })),
          h('td', {}, h('a', { href: s.wsdl, text: 'WSDL', 'aria-label': `WSDL of ${s.name} ${s.version}` })),
        )),
        ...g.missing.map((r) => h('tr.not-offered', {},
          h('td.nowrap', { text: r.id }), h('td', { text: r.name }), h('td', { text: r.purpose }), h('td', { text: r.source || '' }),
          h('td', {}, badge(r.style, 'plain')), h('td', { text: r.contract || '' }), h('td', { text: '' }), h('td', { colspan: 2, text: 'not offered yet' }),
        )),
      ], `Services of family ${g.fam}`),
    )));
    if (!groups.length) results.replaceChildren(h('p', { text: 'No service matches these filters.' }));
  }

  // ------------------------------------------------------------------ service page

  async function serviceView(key) {
    const [svc, personas, orgs, catalog] = await Promise.all([
      getJson(`/_explorer/api/services/${encodeURIComponent(key)}`),
      cached('personas', '/_admin/personas'),
      cached('orgs', '/_admin/organizations'),
      cached('catalog', '/_explorer/api/catalog'),
    ]);
    const opSelect = select(svc.operations.map((o) => [o.name, o.name]), svc.operations[0] && svc.operations[0].name, { id: 'op-select' });
    const treesBox = h('div');
    const tryBox = h('div');
    const showOperation = () => {
      const op = svc.operations.find((o) => o.name === opSelect.value);
      renderOperationTrees(svc, op, treesBox);
      renderTryIt(svc, op, personas, orgs, catalog.personaOrganisation, tryBox);
    };
    opSelect.addEventListener('change', showOperation);

    show(
      h('p', {}, h('a', { href: '#/catalog', text: '← Catalog' })),
      h('h1', { text: `${svc.id} ${svc.name} ${svc.version}` }),
      h('p', {}, badge(svc.style), ' ', badge(svc.contract), ' ', svc.purpose || ''),
      h('dl.facts', {},
        svc.catalogName && [h('dt', { text: 'Catalog name' }), h('dd', { text: svc.catalogName })],
        h('dt', { text: 'Authentic source' }), h('dd', { text: svc.source || '—' }),
        h('dt', { text: 'Endpoint' }), h('dd', {}, h('code', { text: svc.endpoint }), copyButton(svc.endpoint, 'endpoint URL')),
        svc.serviceId && [h('dt', { text: 'SSDN ServiceId / Version' }), h('dd', {}, h('code', { text: `${svc.serviceId} / ${svc.version}` }))],
        h('dt', { text: 'WSDL' }), h('dd', {}, h('a', { href: svc.wsdl, text: svc.wsdl })),
        h('dt', { text: 'Authentication' }), h('dd', { text: svc.authentication === 'basic' ? 'HTTP Basic (organisation credential)' : svc.authentication === 'none' ? 'none' : 'AuthorizedUser in the SSDN RequestContext' }),
      ),
      h('h2', { text: 'Operations' }),
      table(['Operation', 'SOAPAction', 'Request', 'Reply'], svc.operations.map((o) => h('tr', {},
        h('td', {}, h('code', { text: o.name })),
        h('td', {}, h('code', { text: o.soapAction || '' })),
        h('td', {}, h('code', { text: o.request ? o.request.name : '' })),
        h('td', {}, h('code', { text: o.response ? o.response.name : '' })),
      )), 'Operations'),
      h('div.row', { style: 'margin-top:12px' }, field('Operation shown below', opSelect)),
      h('section', { 'aria-labelledby': 'try-h' }, h('h2', { id: 'try-h', text: 'Try it' }), tryBox),
      h('section', { 'aria-labelledby': 'trees-h' }, h('h2', { id: 'trees-h', text: 'Request and reply structure' }), treesBox),
      authorizationSection(svc),
      ...(svc.codeLists || []).map((list) => h('section', {}, h('h2', { text: list.title }),
        table(['Code', 'Meaning'], list.codes.map((c) => h('tr', {}, h('td', {}, h('code', { text: c.code })), h('td', { text: c.meaning }))), list.title))),
      svc.personaOutcomes.length ? h('section', {}, h('h2', { text: 'What the personas get' }),
        h('p.muted', { text: 'Each row is proved by a test: the sample request of "Try it" for that persona, sent to the emulator.' }),
        table(['Persona', 'SSIN', 'Operation', 'Status', 'Code', 'Answer'], svc.personaOutcomes.map((o) => h('tr', {},
          h('td', { text: `${o.name} (${o.persona})` }), h('td.nowrap', {}, h('code', { text: o.ssin }), copyButton(o.ssin)),
          h('td', {}, h('code', { text: o.operation })), h('td', {}, h('code', { text: o.expect.status })), h('td', {}, h('code', { text: o.expect.code })),
          h('td', { text: o.summary }))), 'Persona answers')) : null,
      filesSection(svc),
    );
    showOperation();
  }

  function authorizationSection(svc) {
    if (!svc.authorizations.length) return h('section', {}, h('h2', { text: 'Who may call it' }), h('p', { text: svc.authentication === 'none' ? 'Anyone: this service needs no credentials.' : 'No authorization rows: every call is refused (or only logged in lenient mode).' }));
    return h('section', {}, h('h2', { text: 'Who may call it' }),
      h('p.muted', { text: 'Seeded authorization rows (emulated deliberations), editable under /_admin/directory/authorizations.' }),
      table(['Operation', 'Roles', 'Legal contexts', 'Integration (quality codes)', 'Data blocks', 'Deliberation'], svc.authorizations.map((a) => h('tr', {},
        h('td', { text: a.operation === '*' ? 'all' : a.operation }),
        h('td', { text: a.roles.join(', ') }),
        h('td', { text: a.legalContexts.length ? a.legalContexts.join(', ') : 'any' }),
        h('td', { text: a.integrationCheck === 'NONE' ? 'none needed' : `${a.integrationCheck.toLowerCase()}, codes ${a.qualityCodes.join(', ')}` }),
        h('td', { text: a.dataBlocks.includes('*') ? 'all' : a.dataBlocks.join(', ') }),
        h('td', { text: a.deliberation }),
      )), 'Authorization rows'));
  }

  function filesSection(svc) {
    return h('section', { 'aria-labelledby': 'files-h' },
      h('h2', { id: 'files-h', text: 'Contract files' }),
      h('p.muted', { text: 'Each file as published by the emulator. Open a file to see its elements as trees; the raw text is one click away.' }),
      svc.style === 'classic'
        ? h('p', {}, 'Classic requests travel inside the SSDN envelope: ',
          h('a', { href: '/wsdl/ssdn/Service/SSDNRequest.xsd', text: 'SSDNRequest.xsd' }), ', ',
          h('a', { href: '/wsdl/ssdn/Service/SSDNReply.xsd', text: 'SSDNReply.xsd' }), ', sent with sendXML to the connector (',
          h('a', { href: svc.wsdl, text: 'its WSDL' }), ').')
        : null,
      svc.files.map((f) => {
        const body = h('div');
        const details = h('details.panel', {}, h('summary', {}, h('code', { text: f.path }), ' ', badge(f.kind, 'plain'), h('span.muted', { text: ` ${f.targetNamespace}` })), body);
        details.addEventListener('toggle', () => {
          if (!details.open || body.childElementCount) return;
          const raw = h('div');
          const rawButton = h('button.secondary', {
            type: 'button', 'aria-expanded': 'false',
            onclick: async () => {
              const open = rawButton.getAttribute('aria-expanded') === 'true';
              rawButton.setAttribute('aria-expanded', String(!open));
              rawButton.textContent = open ? 'Show raw' : 'Hide raw';
              if (open) return raw.replaceChildren();
              const text = await (await fetch(f.url)).text();
              raw.replaceChildren(h('pre.xml.light', { tabindex: 0, 'aria-label': `Raw ${f.path}` }, text));
            },
          }, 'Show raw');
          body.append(h('div.actions', {}, rawButton, h('a.button.secondary', { href: f.url, target: '_blank', rel: 'noopener', text: 'Open raw in a new tab' })), raw);
          if (!f.elements.length) body.append(h('p.muted', { text: 'This file declares types only (they appear inside the trees of the elements that use them).' }));
          for (const el of f.elements) {
            const holder = h('div');
            const d = h('details', {}, h('summary', {}, h('span.node-name', { text: el.name }), h('span.muted', { text: ' element' })), holder);
            d.addEventListener('toggle', async () => {
              if (!d.open || holder.childElementCount) return;
              holder.append(await treeOf(svc.key, el.ns, el.name));
            });
            body.append(d);
          }
        });
        return details;
      }));
  }

  async function treeOf(key, ns, name) {
    try {
      const tree = await getJson(`/_explorer/api/services/${encodeURIComponent(key)}/tree?ns=${encodeURIComponent(ns)}&name=${encodeURIComponent(name)}`);
      return h('ul.tree', { 'aria-label': `Structure of ${name}` }, renderNode(tree, 0));
    } catch (e) {
      return h('p.notice', { text: String(e.message || e) });
    }
  }

  async function renderOperationTrees(svc, op, box) {
    box.replaceChildren();
    if (!op) return;
    const grid = h('div.grid2');
    box.append(grid);
    for (const [label, el] of [['Request', op.request], ['Reply', op.response]]) {
      if (!el) continue;
      const cell = h('div.panel', {}, h('h3', {}, `${label}: `, h('code', { text: el.name })), h('p.muted', { text: el.ns }));
      grid.append(cell);
      cell.append(await treeOf(svc.key, el.ns, el.name));
    }
  }

  function cardinality(n) {
    const max = n.max === 'unbounded' ? 'n' : n.max;
    return `${n.min}..${max}`;
  }

  function facets(s) {
    if (!s) return [];
    const out = [];
    if (s.enumeration) out.push(`one of: ${s.enumeration.slice(0, 12).join(' | ')}${s.enumeration.length > 12 ? ` … (${s.enumeration.length})` : ''}`);
    if (s.patterns) out.push(`pattern ${s.patterns.join(' or ')}`);
    for (const k of ['length', 'minLength', 'maxLength', 'totalDigits', 'fractionDigits', 'minInclusive', 'maxInclusive', 'minExclusive', 'maxExclusive']) if (s[k] !== undefined) out.push(`${k} ${s[k]}`);
    return out;
  }

  function renderNode(n, depth) {
    const card = h(`span.node-card${n.min > 0 ? '.required' : ''}`, { title: n.min > 0 ? 'required' : 'optional', text: cardinality(n) });
    let label;
    if (n.kind === 'choice' || n.kind === 'sequence' || n.kind === 'all') {
      label = [h('span.node-group', { text: n.kind === 'choice' ? 'choice — exactly one of' : n.kind === 'all' ? 'all — in any order' : 'sequence' }), ' ', card];
    } else if (n.kind === 'any') {
      label = [h('span.node-group', { text: 'any element' }), ' ', card];
    } else {
      const typeText = n.type || (n.simple && !n.children ? n.simple.base : '');
      label = [
        h(n.kind === 'attribute' ? 'span.node-attr' : 'span.node-name', { text: n.kind === 'attribute' ? `@${n.name}` : n.name }), ' ',
        typeText ? h('span.node-type', { text: typeText }) : null, ' ', card,
        n.simple && n.type && n.simple.base ? h('span.node-facet', { text: n.simple.base }) : null,
        facets(n.simple).map((f) => h('span.node-facet', { text: f })),
        n.fixed !== undefined ? h('span.node-facet', { text: `fixed ${n.fixed}` }) : null,
        n.recursive ? h('span.node-facet', { text: 'recursive: see above' }) : null,
      ];
    }
    const doc = n.doc ? h('span.node-doc', { text: n.doc }) : null;
    const kids = [...(n.attributes || []), ...(n.children || [])];
    if (!kids.length) return h('li', {}, h('div.leaf', {}, label, doc));
    return h('li', {}, h('details', { open: depth < 1 }, h('summary', {}, label, doc), h('ul', {}, kids.map((k) => renderNode(k, depth + 1)))));
  }

  // ------------------------------------------------------------------ try it

  function renderTryIt(svc, op, personas, orgs, defaultOrg, box) {
    if (!op) return box.replaceChildren(h('p', { text: 'This service has no operation.' }));
    const personaSel = select([...personas.map((p) => [p.ssin, `${p.name} — ${p.key} (${p.ssin})`]), ['', 'Other SSIN…']], personas[0] && personas[0].ssin, { id: 'try-persona' });
    const ssinInput = h('input', { type: 'text', id: 'try-ssin', inputmode: 'numeric', size: 13, placeholder: '11 digits', value: personas[0] ? personas[0].ssin : '' });
    // Default: the OCMW that integrated the personas (else finality refuses them).
    const orgSel = select(orgs.map((o) => [o.cbeNumber, `${o.name} (${o.cbeNumber})`]), defaultOrg || (orgs[0] && orgs[0].cbeNumber), { id: 'try-org' });
    const roleSel = select(ROLES.map((r) => [r, r]), 'SOCIAL_WORKER', { id: 'try-role' });
    const editor = h('textarea', { id: 'try-request', spellcheck: false, 'aria-describedby': 'try-hint' });
    const checkOut = h('div', { 'aria-live': 'polite', id: 'try-check' });
    const result = h('div', { 'aria-live': 'polite', id: 'try-result' });
    const sendButton = h('button', { type: 'button', id: 'try-send' }, 'Send (try it)');
    let send;

    const fill = async () => {
      const ssin = (personaSel.value || ssinInput.value).replace(/\D/g, '');
      const url = `/_explorer/api/services/${encodeURIComponent(svc.key)}/sample?operation=${encodeURIComponent(op.name)}&ssin=${ssin}&org=${orgSel.value}&role=${roleSel.value}`;
      const sample = await getJson(url);
      send = sample.send;
      editor.value = sample.document;
      showCheck(checkOut, sample.check, true);
    };
    personaSel.addEventListener('change', () => {
      if (personaSel.value) ssinInput.value = personaSel.value;
      fill();
    });
    ssinInput.addEventListener('change', () => {
      personaSel.value = personas.some((p) => p.ssin === ssinInput.value) ? ssinInput.value : '';
      fill();
    });
    orgSel.addEventListener('change', fill);
    roleSel.addEventListener('change', fill);

    const check = async () => {
      const report = await getJson('/_explorer/api/validate', { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body: editor.value });
      showCheck(checkOut, report, false);
    };

    const doSend = async () => {
      sendButton.disabled = true;
      result.replaceChildren(h('p', { text: 'Sending…' }));
      try {
        await sendRequest(svc, send, editor.value, orgs, orgSel.value, roleSel.value, result);
      } catch (e) {
        result.replaceChildren(h('p.notice', { text: `The request could not be sent: ${e.message || e}` }));
      } finally {
        sendButton.disabled = false;
      }
    };
    sendButton.addEventListener('click', doSend);

    box.replaceChildren(h('div.panel.tinted', {},
      h('div.row', {}, field('Persona', personaSel), field('SSIN', ssinInput), field('Organisation', orgSel), field('Role (credential / user)', roleSel),
        h('button.secondary', { type: 'button', onclick: fill }, 'Rebuild sample')),
      h('p.muted', { id: 'try-hint', text: svc.style === 'classic'
        ? 'The SSDNRequest below is sent inside sendXML (escaped in xmlString) to the classic connector; AuthorizedUser is the chosen role\'s user. Edit freely.'
        : `Sent as is to ${new URL(svc.endpoint).pathname}${svc.authentication === 'basic' ? ' with the chosen organisation\'s HTTP Basic credential for that role' : ' without credentials'}. Edit freely.` }),
      field(`Request document (${op.name})`, editor),
      h('div.actions', {}, sendButton, h('button.secondary', { type: 'button', onclick: check }, 'Check against the contract')),
      checkOut,
      result,
    ));
    fill();
  }

  function showCheck(out, report, isSample) {
    if (report.ok) {
      out.replaceChildren(h('p.outcome.ok', {}, `✓ ${isSample ? 'This sample is' : 'This document is'} valid against the contract`, report.parts.length ? ` (${report.parts.map((p) => p.what).join('; ')}).` : '.'));
      return;
    }
    out.replaceChildren(h('div.outcome.bad', {},
      h('p', {}, h('strong', { text: 'Not valid against the contract.' }), report.problem ? ` ${report.problem}` : ''),
      report.parts.filter((p) => !p.ok).map((p) => h('div', {}, h('p', { text: p.what }), h('ul.errors', {}, p.errors.map((e) => h('li', {}, h('code', { text: e.xpath || '/' }), e.line ? ` (line ${e.line})` : '', ` ${e.message}`)))))));
  }

  function httpWords(status) {
    return {
      200: 'OK: the exchange was processed (business outcomes are in the reply).',
      401: 'Unauthorized: the HTTP Basic credentials were refused.',
      404: 'Not found: no service at this path.',
      405: 'Method not allowed.',
      413: 'Request too large.',
      500: 'SOAP fault: a technical failure or a message the emulator could not accept.',
    }[status] || '';
  }

  async function sendRequest(svc, send, text, orgs, cbe, role, out) {
    const headers = { 'Content-Type': 'text/xml; charset=utf-8' };
    if (send.soapAction) headers.SOAPAction = `"${send.soapAction}"`;
    let body = text;
    if (send.wrap === 'sendXML') {
      const ssdn = text.replace(/^\s*<\?xml[^>]*\?>\s*/, '');
      body = `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="${SOAP_NS}"><soapenv:Body><xmlString xmlns="http://ksz-bcss.fgov.be/connectors/WebServiceConnector">${xmlEscape(ssdn)}</xmlString></soapenv:Body></soapenv:Envelope>`;
    } else if (send.basicAuth) {
      headers.Authorization = `Basic ${btoa(`${send.basicAuth.username}:${send.basicAuth.password}`)}`;
    }
    const res = await fetch(send.path, { method: 'POST', headers, body, credentials: 'omit' });
    const reply = await res.text();
    const parsed = readReply(reply, send.style);
    const parts = [
      h('h3', { text: 'Reply' }),
      h('p', {}, h('strong', { text: `HTTP ${res.status}` }), ` — ${httpWords(res.status)}`),
    ];
    parts.push(outcomeBox(parsed));
    const journalBox = h('div', { id: 'try-journal' });
    parts.push(h('h3', { text: 'Journal entry' }), journalBox);
    if (send.style === 'classic') {
      parts.push(h('div.grid2', {},
        h('div', {}, h('h3', { text: 'SSDNReply (the xmlString, decoded)' }), xmlBlock(parsed.ssdn || reply, 'SSDN reply')),
        h('div', {}, h('h3', { text: 'SOAP reply as received' }), xmlBlock(reply, 'SOAP reply'))));
    } else {
      parts.push(h('h3', { text: 'SOAP reply as received' }), xmlBlock(reply, 'SOAP reply'));
    }
    out.replaceChildren(...parts);
    if (!parsed.ticket) {
      journalBox.append(h('p.muted', { text: 'The reply carries no ticket; see the Journal page for the latest exchanges.' }));
      return;
    }
    const rows = await getJson(`/_explorer/api/journal?ticket=${encodeURIComponent(parsed.ticket)}`);
    if (!rows.length) return journalBox.append(h('p.muted', { text: `No journal row with ticket ${parsed.ticket} yet.` }));
    journalBox.append(...rows.map((row) => journalSummary(row)));
  }

  /** Reads the business outcome of a reply: a new-style status block, a classic ResultSummary, or a SOAP fault. */
  function readReply(xml, style) {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length) return { kind: 'unreadable' };
    const body = localDesc(doc.documentElement, 'Body');
    const first = body && body.firstElementChild;
    if (!first) return { kind: 'unreadable' };
    if (first.localName === 'Fault') {
      const detail = localChild(first, 'detail');
      return {
        kind: 'fault',
        faultcode: (localChild(first, 'faultcode') || {}).textContent,
        faultstring: (localChild(first, 'faultstring') || {}).textContent,
        code: detail ? (localDesc(detail, 'reasonCode') || {}).textContent : undefined,
        ticket: detail ? (localDesc(detail, 'ticketCBSS') || {}).textContent : undefined,
      };
    }
    if (style === 'classic') {
      const ssdn = first.textContent;
      const inner = new DOMParser().parseFromString(ssdn, 'application/xml');
      const root = inner.documentElement;
      const replies = [...root.getElementsByTagNameNS('*', 'ServiceReply')].map((sr) => {
        const summary = localChild(sr, 'ResultSummary');
        return {
          ok: summary && summary.getAttribute('ok'),
          details: summary ? [...summary.getElementsByTagNameNS('*', 'Detail')].map((d) => ({ code: (localChild(d, 'ReasonCode') || {}).textContent, severity: (localChild(d, 'Severity') || {}).textContent, diagnostic: (localChild(d, 'Diagnostic') || {}).textContent })) : [],
        };
      });
      const context = localDesc(root, 'ReplyContext');
      const contextSummary = context && localChild(context, 'ResultSummary');
      return { kind: 'classic', ssdn, ok: contextSummary && contextSummary.getAttribute('ok'), replies, ticket: (localDesc(root, 'Ticket') || {}).textContent };
    }
    const status = localChild(first, 'status');
    return {
      kind: 'new',
      value: status ? (localChild(status, 'value') || {}).textContent : undefined,
      code: status ? (localChild(status, 'code') || {}).textContent : undefined,
      description: status ? (localChild(status, 'description') || {}).textContent : undefined,
      ticket: (localDesc(first, 'ticketCBSS') || {}).textContent,
    };
  }

  function outcomeBox(p) {
    if (p.kind === 'fault') return h('div.outcome.bad', { id: 'try-outcome' }, h('p', {}, h('strong', { text: `SOAP fault ${p.faultcode || ''}` })), h('p', { text: p.faultstring || '' }), p.code ? h('p', { text: `reasonCode ${p.code}` }) : null);
    if (p.kind === 'new') {
      if (!p.value) return h('div.outcome.ok', { id: 'try-outcome' }, h('p', { text: 'A reply without a status block (this operation answers with its content only).' }));
      const kind = p.value === 'DATA_FOUND' ? 'ok' : p.value === 'NO_DATA_FOUND' ? 'warn' : 'bad';
      return h(`div.outcome.${kind}`, { id: 'try-outcome' }, h('p', {}, h('strong', { text: p.value }), ` — ${p.code || ''}: ${p.description || ''}`));
    }
    if (p.kind === 'classic') {
      const kind = p.ok === 'YES' ? 'ok' : p.ok === 'WARNING' ? 'warn' : 'bad';
      return h(`div.outcome.${kind}`, { id: 'try-outcome' },
        h('p', {}, h('strong', { text: `ResultSummary ok="${p.ok || '?'}"` })),
        p.replies.map((r, i) => h('p', {}, `ServiceReply ${i + 1}: ok="${r.ok || '?'}"`, r.details.map((d) => ` · ${d.severity} ${d.code}: ${d.diagnostic}`))));
    }
    return h('div.outcome.bad', { id: 'try-outcome' }, h('p', { text: 'The reply is not readable XML.' }));
  }

  function journalSummary(row) {
    return h('div.panel', { 'data-ticket': row.ticket },
      h('p', {}, badge(row.decision), ' ', h('strong', { text: `${row.service_id || ''} ${row.operation || ''}` }), ` · ticket `, h('code', { text: row.ticket }), ' · ', h('a', { href: `#/journal/${row.id}`, text: 'open in the journal' })),
      row.codeText ? h('p', {}, h('code', { text: row.codeText.code }), ` ${row.codeText.description}`) : null,
      row.stepText ? h('p', {}, h('strong', { text: 'Refused by: ' }), row.stepText) : null,
      row.lenient_findings ? h('p', {}, h('strong', { text: 'Lenient mode let through: ' }), JSON.parse(row.lenient_findings).join('; ')) : null,
    );
  }

  // ------------------------------------------------------------------ personas

  async function personasView() {
    const personas = await cached('personas', '/_admin/personas');
    show(
      h('h1', { text: 'Personas' }),
      h('p', { text: 'Fixed people for every business outcome: their SSINs never change between versions or seeds. They are integrated by OCMW Gent unless said otherwise.' }),
      table(['Persona', 'SSIN', 'Name', 'Situation', 'What the services answer'], personas.map((p) => h('tr', {},
        h('td.nowrap', {}, h('code', { text: p.key })),
        h('td.nowrap', {}, h('code', { text: p.ssin }), copyButton(p.ssin, `SSIN of ${p.name}`)),
        h('td', { text: p.name }),
        h('td', { text: p.description }),
        h('td', {}, p.outcomes.length
          ? h('details', {}, h('summary', { text: `${new Set(p.outcomes.map((o) => o.service)).size} services, ${p.outcomes.length} outcomes` }),
            h('dl.facts', {}, p.outcomes.map((o) => [h('dt', { text: `${o.service} ${o.operation}` }), h('dd', {}, h('code', { text: `${o.expect.status} ${o.expect.code}` }), ` ${o.summary}`)])))
          : h('span.muted', { text: '—' })),
      )), 'Personas'),
    );
  }

  // ------------------------------------------------------------------ journal

  async function journalView(openId) {
    const [orgs, catalog] = await Promise.all([cached('orgs', '/_admin/organizations'), cached('catalog', '/_explorer/api/catalog')]);
    const serviceIds = [...new Set(catalog.services.map((s) => s.id))].sort();
    const serviceName = (id) => [...new Set(catalog.services.filter((s) => s.id === id).map((s) => s.name))].join(' / ');
    const tbody = h('tbody');
    const detail = h('div', { id: 'journal-detail' });
    const live = h('input', { type: 'checkbox', id: 'journal-live', checked: true });
    const liveText = h('span.live', { 'aria-live': 'polite' });
    let lastId = 0;
    let seen = new Set();

    const query = (after) => {
      const p = new URLSearchParams({ limit: '100' });
      for (const [k, v] of Object.entries(journalFilters)) if (v) p.set(k, k === 'ssin' ? v.replace(/\D/g, '') : v);
      if (after) p.set('after', String(after));
      return `/_explorer/api/journal?${p}`;
    };
    const rowOf = (row) => {
      const open = () => openRow(row.id, detail, tbody);
      return h('tr.clickable', { 'data-id': row.id, 'data-ticket': row.ticket, ondblclick: open },
        h('td.nowrap', { text: (row.received_at || '').replace('T', ' ').replace(/\.\d+Z$/, 'Z') }),
        h('td', { text: `${row.service_id || '—'} ${row.service_name || ''}` }),
        h('td', { text: row.operation || '' }),
        h('td.nowrap', { text: row.cbe_number || '' }),
        h('td', { text: row.role || '' }),
        h('td.nowrap', { text: row.target_ssin || '' }),
        h('td', {}, badge(row.decision), h('span.sr-only', { text: ` ${OUTCOMES[row.decision] || ''}` })),
        h('td', { title: row.codeText ? row.codeText.description : '' }, row.code || ''),
        h('td', { text: row.failed_step || '' }),
        h('td', {}, h('button.small.secondary', { type: 'button', onclick: open, 'aria-label': `Open exchange ${row.ticket}` }, 'Open')),
      );
    };
    const reload = async () => {
      const rows = await getJson(query(0));
      seen = new Set(rows.map((r) => r.id));
      lastId = rows.reduce((m, r) => Math.max(m, r.id), 0);
      tbody.replaceChildren(...rows.map(rowOf));
      liveText.textContent = `${rows.length} exchanges shown · updated ${new Date().toLocaleTimeString()}`;
    };
    const poll = async () => {
      if (!live.checked || !document.body.contains(tbody)) return;
      try {
        const rows = (await getJson(query(lastId))).filter((r) => !seen.has(r.id));
        if (rows.length) {
          for (const r of rows) seen.add(r.id);
          lastId = rows.reduce((m, r) => Math.max(m, r.id), lastId);
          tbody.prepend(...rows.map(rowOf));
          liveText.textContent = `${rows.length} new exchange${rows.length === 1 ? '' : 's'} · updated ${new Date().toLocaleTimeString()}`;
        }
      } catch {
        liveText.textContent = 'The emulator does not answer; retrying.';
      }
    };
    const bind = (key, control) => {
      control.addEventListener(control.tagName === 'INPUT' ? 'input' : 'change', () => {
        journalFilters[key] = control.value.trim();
        reload();
      });
      return control;
    };

    show(
      h('h1', { text: 'Journal' }),
      h('p', { text: 'Every exchange, allowed or refused, newest first, as the access log records it. New rows appear by themselves. The journal keeps hashes only; the explorer keeps the last 200 request and reply bodies in memory to show them here.' }),
      h('form.filters', { role: 'search', 'aria-label': 'Filter the journal', onsubmit: (e) => e.preventDefault() },
        field('Organisation', bind('organisation', select([['', 'All organisations'], ...orgs.map((o) => [o.cbeNumber, `${o.name} (${o.cbeNumber})`])], journalFilters.organisation, { id: 'journal-org' }))),
        field('SSIN', bind('ssin', h('input', { type: 'search', id: 'journal-ssin', value: journalFilters.ssin, inputmode: 'numeric', size: 13 }))),
        field('Service', bind('service', select([['', 'All services'], ...serviceIds.map((id) => [id, `${id} ${serviceName(id)}`])], journalFilters.service, { id: 'journal-service' }))),
        field('Outcome', bind('decision', select([['', 'Any outcome'], ['ALLOW', 'allowed'], ['DENY', 'refused'], ['ERROR', 'error']], journalFilters.decision, { id: 'journal-decision' }))),
        h('div.check', {}, live, ' ', h('label', { for: 'journal-live', text: 'Live (checks every 2 seconds)' })),
        liveText),
      detail,
      h('div.table-wrap', {}, h('table', { id: 'journal-table' }, h('caption.sr-only', { text: 'Exchanges' }),
        h('thead', {}, h('tr', {}, ['Received', 'Service', 'Operation', 'Organisation', 'Role', 'SSIN', 'Outcome', 'Code', 'Refused by', ''].map((x) => h('th', { scope: 'col', text: x })))),
        tbody)),
    );
    await reload();
    journalTimer = setInterval(poll, 2000);
    if (openId) await openRow(Number(openId), detail, tbody);
  }

  async function openRow(id, detail, tbody) {
    for (const tr of tbody.querySelectorAll('tr.selected')) tr.classList.remove('selected');
    const tr = tbody.querySelector(`tr[data-id="${id}"]`);
    if (tr) tr.classList.add('selected');
    const row = await getJson(`/_explorer/api/journal/${id}`);
    const blocks = (x) => (x ? String(x).split(',').join(', ') : '—');
    detail.replaceChildren(h('section.panel', { 'aria-labelledby': 'exchange-h', id: 'exchange' },
      h('div.row', {}, h('h2', { id: 'exchange-h', text: `Exchange ${row.ticket}` }), h('button.small.secondary', { type: 'button', onclick: () => detail.replaceChildren() }, 'Close')),
      h('p', {}, badge(row.decision), ' ', h('strong', { text: `${row.service_id || ''} ${row.service_name || ''} ${row.operation || ''}` }), ` · ${row.channel === 'new' ? 'new-style' : 'classic'} channel · HTTP ${row.http_status}`),
      row.codeText ? h('p', {}, h('code', { text: row.codeText.code }), ` ${row.codeText.description}`) : null,
      row.stepText ? h('p.outcome.bad', {}, h('strong', { text: 'Why it was refused: ' }), row.stepText) : null,
      row.lenient_findings ? h('p.outcome.warn', {}, h('strong', { text: 'Lenient mode let through: ' }), JSON.parse(row.lenient_findings).join('; ')) : null,
      h('dl.facts', {},
        h('dt', { text: 'Received / replied' }), h('dd', { text: `${row.received_at} / ${row.replied_at}` }),
        h('dt', { text: 'Organisation' }), h('dd', { text: row.cbe_number || '—' }),
        h('dt', { text: 'User / role' }), h('dd', { text: `${row.user_id || '—'} / ${row.role || '—'}` }),
        h('dt', { text: 'Legal context' }), h('dd', { text: row.legal_context || '—' }),
        h('dt', { text: 'Person (SSIN)' }), h('dd', { text: row.target_ssin || '—' }),
        h('dt', { text: 'Integration used' }), h('dd', { text: row.inscription_id ? `repertory row ${row.inscription_id}, quality code ${row.quality_code}` : '—' }),
        h('dt', { text: 'Data blocks' }), h('dd', { text: `requested ${blocks(row.requested_blocks)} · returned ${blocks(row.returned_blocks)} · filtered out ${blocks(row.filtered_blocks)}` }),
        h('dt', { text: 'Client reference' }), h('dd', { text: row.reference || '—' }),
      ),
      row.request !== undefined
        ? h('div.grid2', {}, h('div', {}, messageBlock(row.request, 'Request')), h('div', {}, messageBlock(row.reply, 'Reply')))
        : h('p.muted', {}, 'The bodies of this exchange are no longer in memory (the explorer keeps the last 200, since the emulator started). SHA-256: request ', h('code', { text: row.request_sha256 }), ', reply ', h('code', { text: row.reply_sha256 }), '.'),
    ));
    detail.querySelector('h2').tabIndex = -1;
    detail.querySelector('h2').focus();
  }

  // ------------------------------------------------------------------ organisations

  async function organisationsView() {
    const orgs = await getJson('/_admin/organizations');
    show(
      h('h1', { text: 'Test organisations' }),
      h('p', { text: 'The seeded OCMWs (sector 17, sub-sector 1), their users (one per role, for the classic AuthorizedUser), their HTTP Basic credentials (new style) and their WS-Security test certificates.' }),
      orgs.map((o) => h('section.panel', { 'aria-labelledby': `org-${o.cbeNumber}` },
        h('h2', { id: `org-${o.cbeNumber}`, text: `${o.name}${o.nameFr && o.nameFr !== o.name ? ` / ${o.nameFr}` : ''}` }),
        h('dl.facts', {},
          h('dt', { text: 'KBO number' }), h('dd', {}, h('code', { text: o.cbeNumber }), copyButton(o.cbeNumber, `KBO number of ${o.name}`)),
          h('dt', { text: 'NIS code' }), h('dd', { text: o.nisCode }),
          h('dt', { text: 'Sector / sub-sector' }), h('dd', { text: `${o.sector} / ${o.subSector}` }),
          h('dt', { text: 'Language' }), h('dd', { text: o.language || '—' })),
        h('div.grid2', {},
          h('div', {}, h('h3', { text: 'HTTP Basic credentials (new style)' }),
            table(['Username', 'Password', 'Acts as'], (o.basicAuth || []).map((c) => h('tr', {},
              h('td.nowrap', {}, h('code', { text: c.username }), copyButton(c.username)),
              h('td.nowrap', {}, h('code', { text: c.password }), copyButton(c.password, `password of ${c.username}`)),
              h('td', { text: c.role || '' }))), `Credentials of ${o.name}`)),
          h('div', {}, h('h3', { text: 'Users (classic AuthorizedUser)' }),
            table(['Role', 'UserID', 'Email'], (o.users || []).map((u) => h('tr', {},
              h('td', { text: u.role }), h('td.nowrap', {}, h('code', { text: u.userId }), copyButton(u.userId)), h('td', { text: u.email }))), `Users of ${o.name}`))),
        certificateBlock(o),
      )),
    );
  }

  function certificateBlock(o) {
    const c = o.certificate;
    if (!c) return h('p.muted', { text: 'WS-Security certificates: not available in this version.' });
    return h('div', {}, h('h3', { text: 'WS-Security test certificate' }),
      h('p', { text: `Accepts: ${(c.accepts || []).join(' and ') || '—'}.` }),
      c.certificateUrl
        ? h('div', {},
          h('dl.facts', {},
            h('dt', { text: 'Subject' }), h('dd', {}, h('code', { text: c.subject || '' })),
            h('dt', { text: 'SHA-256' }), h('dd', {}, h('code', { text: c.fingerprintSha256 || '' })),
            h('dt', { text: 'Valid' }), h('dd', { text: `${c.notBefore || '?'} → ${c.notAfter || '?'}` })),
          h('div.actions', {},
            h('a.button.secondary', { href: c.certificateUrl, text: 'Download certificate (PEM)' }),
            h('a.button.secondary', { href: c.keyUrl, text: 'Download private key (PEM)' }),
            c.caCertificateUrl ? h('a.button.secondary', { href: c.caCertificateUrl, text: 'Download the test CA (PEM)' }) : null))
        : h('p.muted', {}, 'No test key pair yet: `ksz-emulator start` creates one per organisation at first start, or run `ksz-emulator certs issue --org ', o.cbeNumber, '`.'));
  }
  // ------------------------------------------------------------------ notifications

  /** What each event type needs besides ssin and date, as an example to edit (README "Notifications"). */
  const EVENT_EXAMPLES = {
    ADDRESS_CHANGE: { address: { street: 'Korenmarkt', houseNumber: '7', postalCode: '9000', municipality: 'Gent', nisCode: '44021' } },
    DECEASE: {},
    FAMILY_CHANGE: {},
    SSIN_REPLACED: { newSsin: '' },
    EMPLOYMENT_START: { employerCbe: '0200065765' },
    EMPLOYMENT_END: { employerCbe: '0200065765' },
    PENSION_RIGHT: { monthlyAmount: 1450.5 },
    SELF_EMPLOYED_START: {},
    SELF_EMPLOYED_END: {},
    INCAPACITY_START: {},
    LEA_VOUCHER_PAYMENT: { vouchers: 10, amount: 98 },
    DISMISSAL_COMPENSATION: { employerCbe: '0200065765', amount: 3200 },
    PENSION_HOLIDAY_PAY: { amount: 820 },
  };

  /** An organisation's outbox and batch files, and a form that fires an event at a source. */
  async function notificationsView(cbe) {
    const orgs = await cached('organisations', '/_admin/organizations');
    const chosen = cbe || (orgs[0] && orgs[0].cbeNumber);
    const [outbox, files] = await Promise.all([getJson(`/_admin/organizations/${chosen}/outbox?limit=1000`), getJson(`/_admin/organizations/${chosen}/batch-files`)]);
    const org = orgs.find((o) => o.cbeNumber === chosen) || { name: chosen };
    const picker = select(orgs.map((o) => [o.cbeNumber, `${o.name} (${o.cbeNumber})`]), chosen, { onchange: (e) => { location.hash = `#/notifications/${e.target.value}`; } });
    show(
      h('h1', { text: 'Notifications' }),
      h('p', { text: 'What KSZ tells an organisation on its own (N01–N13): its outbox in sequence order with each notification\'s delivery state, the batch files its software fetches over SFTP, and a form that fires an event at a source. The event is routed by the persons repertory: only the organisations that have the person integrated on its date receive it.' }),
      field('Organisation', picker),
      eventForm(Object.keys(EVENT_EXAMPLES), chosen),
      outboxSection(org, outbox, chosen),
      batchFilesSection(files),
    );
  }

  function eventForm(types, cbe) {
    const type = select(types.map((t) => [t, t]), 'ADDRESS_CHANGE', { name: 'type' });
    const ssin = h('input', { name: 'ssin', required: true, inputmode: 'numeric', pattern: '[0-9]{11}', placeholder: '11 digits', value: '85061295131' });
    const date = h('input', { name: 'date', type: 'date', required: true, value: new Date().toISOString().slice(0, 10) });
    const extra = h('textarea.event-fields', { name: 'fields', rows: 5, spellcheck: false });
    const result = h('div', { 'aria-live': 'polite' });
    const fill = () => { extra.value = JSON.stringify(EVENT_EXAMPLES[type.value] || {}, null, 2); };
    type.addEventListener('change', fill);
    fill();
    const form = h('form.panel', {
      onsubmit: async (e) => {
        e.preventDefault();
        let fields;
        try {
          fields = extra.value.trim() ? JSON.parse(extra.value) : {};
        } catch (err) {
          result.replaceChildren(h('p.notice', { text: `The other fields are not JSON: ${err.message}` }));
          return;
        }
        const res = await fetch('/_admin/events', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: type.value, ssin: ssin.value.trim(), date: date.value, ...fields }) });
        const body = await res.json();
        if (!res.ok) {
          result.replaceChildren(h('p.notice', { role: 'alert', text: `Refused (HTTP ${res.status}): ${(body.errors || [body.error]).join('; ')}` }));
          return;
        }
        const reached = body.notifications.map((n) => `${n.flow} → ${n.organization} #${n.sequence}`);
        announce(`Event ${body.event} raised: ${reached.length} notification(s)`);
        await notificationsView(cbe);
        const again = main.querySelector('[data-event-result]');
        if (again) again.replaceChildren(h('p.outcome.ok', { text: `Event ${body.event} raised. ${reached.length ? `Notified: ${reached.join(', ')}.` : 'Nobody has the person integrated on that date with a quality code the flow allows: no notification.'}` }));
      },
    },
    h('h2', { text: 'Fire an event' }),
    h('div.grid2', {}, field('Event type', type), field('SSIN', ssin), field('Date', date)),
    field('Other fields (JSON)', extra),
    h('div.actions', {}, h('button', { type: 'submit', text: 'Fire the event' })),
    result);
    result.setAttribute('data-event-result', '');
    return form;
  }

  function outboxSection(org, outbox, cbe) {
    const rows = outbox.notifications.map((n) => h('tr', {},
      h('td', { text: String(n.sequence) }), h('td', { text: n.flow }), h('td.nowrap', {}, h('code', { text: n.ssin })), h('td', { text: n.eventDate }),
      h('td', {}, badge(n.state, n.state === 'DEAD' ? 'DENY' : n.state === 'PENDING' ? 'ERROR' : 'ALLOW')), h('td', { text: String(n.attempts) }), h('td', { text: n.lastError || '' }),
      h('td', {}, n.state === 'DEAD' ? h('button.small', {
        type: 'button',
        onclick: async () => {
          await fetch(`/_admin/organizations/${cbe}/outbox/${n.sequence}/resend`, { method: 'POST' });
          await notificationsView(cbe);
        },
      }, 'Resend') : null),
      h('td', {}, h('details', {}, h('summary', { text: 'payload' }), xmlBlock(n.payload, `payload of notification ${n.sequence}`)))));
    const push = outbox.subscription && outbox.subscription.push;
    return h('section.panel', { 'aria-labelledby': 'outbox-h' },
      h('h2', { id: 'outbox-h', text: `Outbox of ${org.name}` }),
      h('p', { text: push ? `Pushed to ${push.url} (at most ${push.retry.maxAttempts} attempts).` : 'No push subscription: the notifications wait to be pulled (X07 getNotifications) or fetched as batch files.' }),
      rows.length ? table(['#', 'Flow', 'SSIN', 'Event date', 'State', 'Attempts', 'Last error', '', 'Payload'], rows, `Outbox of ${org.name}`) : h('p.muted', { text: 'The outbox is empty.' }));
  }

  function batchFilesSection(files) {
    const sftp = files.sftp;
    const login = sftp && sftp.passwordLogins[0];
    return h('section.panel', { 'aria-labelledby': 'batch-h' },
      h('h2', { id: 'batch-h', text: 'Batch files' }),
      sftp
        ? h('p', {}, 'Over SFTP: ', h('code', { text: login ? `sftp -P ${sftp.port} ${login.username}@${sftp.host}` : sftp.url }), login ? copyButton(`sftp -P ${sftp.port} ${login.username}@${sftp.host}`, 'the sftp command') : null,
          login ? ` (password ${login.password}; host key ${sftp.hostKeyFingerprint})` : '')
        : h('p.muted', { text: 'No SFTP server runs (--sftp-port off).' }),
      files.folder ? h('p', {}, 'On disk: ', h('code', { text: files.folder })) : null,
      files.files.length
        ? table(['File', 'Size', 'Created'], files.files.map((f) => h('tr', {}, h('td', {}, h('a', { href: `/_admin/organizations/${files.organization}/batch-files/${encodeURIComponent(f.name)}`, text: f.name })), h('td', { text: `${f.size} B` }), h('td', { text: f.createdAt }))), 'Batch files')
        : h('p.muted', { text: 'No batch files yet.' }));
  }
})();
