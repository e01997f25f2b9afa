import { XMLParser } from 'fast-xml-parser';

/** An XML element with its attributes and children in document order (MathML needs the order). */
export interface XmlNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  /** Concatenated text of the direct text children (trimmed). */
  readonly text: string;
  /** Text pieces and `sep` markers in order (for `<cn type="e-notation">1<sep/>3</cn>`). */
  readonly parts: readonly string[];
}

type Ordered = Record<string, unknown>;

function convert(entry: Ordered): XmlNode | undefined {
  const name = Object.keys(entry).find((k) => k !== ':@');
  if (name === undefined || name === '#text') return undefined;
  const attrs = (entry[':@'] as Record<string, string> | undefined) ?? {};
  const raw = (entry[name] as Ordered[]) ?? [];
  const children: XmlNode[] = [];
  const parts: string[] = [];
  for (const c of raw) {
    if ('#text' in c) parts.push(String(c['#text']).trim());
    else {
      const node = convert(c);
      if (node) {
        children.push(node);
        if (node.name === 'sep') parts.push('<sep>');
      }
    }
  }
  return { name, attrs, children, text: parts.filter((p) => p !== '<sep>').join(''), parts };
}

/** Parses an XML document into ordered nodes; namespace prefixes are dropped (`mml:math` is `math`). */
export function parseXml(xml: string): XmlNode {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    preserveOrder: true,
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
  });
  const top = parser.parse(xml) as Ordered[];
  const nodes = top.map(convert).filter((n): n is XmlNode => n !== undefined);
  const root = nodes[0];
  if (!root) throw new Error('empty XML document');
  return root;
}

export const child = (node: XmlNode | undefined, name: string): XmlNode | undefined => node?.children.find((c) => c.name === name);
export const children = (node: XmlNode | undefined, name: string): XmlNode[] => node?.children.filter((c) => c.name === name) ?? [];
/** The items of a `listOfX` element. */
export const listOf = (parent: XmlNode | undefined, list: string, item: string): XmlNode[] => children(child(parent, list), item);
