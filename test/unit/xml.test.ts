import { parseXml, XmlParseError } from '../../src/xml/parse';
import { toXml } from '../../src/xml/build';
import { child, childText } from '../../src/xml/node';

const LIMITS = { maxBytes: 10_000, maxDepth: 50 };

function kindOf(xml: string): string | undefined {
  try {
    parseXml(xml, LIMITS);
    return undefined;
  } catch (e) {
    return e instanceof XmlParseError ? e.kind : 'other';
  }
}

describe('safe XML parsing', () => {
  it('resolves namespaces whatever the prefixes', () => {
    const root = parseXml('<a:x xmlns:a="urn:one" xmlns="urn:default"><y>1</y><b:z xmlns:b="urn:one">2</b:z></a:x>', LIMITS);
    expect(root).toMatchObject({ ns: 'urn:one', local: 'x', prefix: 'a' });
    expect(child(root, 'y')!.ns).toBe('urn:default');
    expect(child(root, 'z')!.ns).toBe('urn:one');
    expect(childText(root, 'z')).toBe('2');
  });

  it('keeps CDATA and escaped text as text', () => {
    expect(childText(parseXml('<r><t><![CDATA[<a>&]]></t></r>', LIMITS), 't')).toBe('<a>&');
    expect(childText(parseXml('<r><t>&lt;a&gt;&amp;</t></r>', LIMITS), 't')).toBe('<a>&');
  });

  it('decodes the predefined entities once, in text and attributes, and never inside CDATA', () => {
    const root = parseXml(`<r v="&quot;&amp;&lt;" w="&amp;amp;"><t>x &amp;lt; <![CDATA[<b>&amp;</b>]]> &apos;&gt;</t></r>`, LIMITS);
    expect(root.attrs).toEqual({ v: '"&<', w: '&amp;' });
    expect(childText(root, 't')).toBe("x &lt; <b>&amp;</b> '>");
  });

  it('decodes numeric character references, but not inside CDATA and not twice', () => {
    const root = parseXml('<r a="caf&#233;"><t>&#233;&#xE9;&#60;&amp;#233;</t><c><![CDATA[&#233;]]></c></r>', LIMITS);
    expect(root.attrs.a).toBe('café');
    expect(childText(root, 't')).toBe('éé<&#233;');
    expect(childText(root, 'c')).toBe('&#233;');
  });

  it('refuses DTDs, so no external entity and no entity expansion', () => {
    expect(kindOf('<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>')).toBe('dtd');
    expect(kindOf('<!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><r>&b;</r>')).toBe('dtd');
  });

  it('refuses malformed, oversized, too deep and undeclared-prefix documents', () => {
    expect(kindOf('<r><a></r>')).toBe('malformed');
    expect(kindOf('<r>' + 'x'.repeat(20_000) + '</r>')).toBe('too-large');
    expect(kindOf('<a>'.repeat(60) + '</a>'.repeat(60))).toBe('too-deep');
    expect(kindOf('<p:r/>')).toBe('namespace');
    expect(kindOf('')).toBe('malformed');
  });
});

describe('reply building', () => {
  it('keeps key order as element order, repeats arrays, escapes text and attributes, skips undefined', () => {
    const xml = toXml('r', { '@a': 'x"<', first: 'a&b', list: ['1', '2'], skipped: undefined, last: { '#text': 't', '@k': 'v' } });
    expect(xml).toBe('<r a="x&quot;&lt;"><first>a&amp;b</first><list>1</list><list>2</list><last k="v">t</last></r>');
  });

  it('applies a default prefix to unprefixed keys only', () => {
    expect(toXml('Reply', { A: '1', 'ns4:B': '2' }, { prefix: 'ns3' })).toBe('<ns3:Reply><ns3:A>1</ns3:A><ns4:B>2</ns4:B></ns3:Reply>');
  });
});
