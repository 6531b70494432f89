/**
 * One string that matches an XSD pattern facet, for sample requests. Covers what contract
 * patterns use: literals, escapes (\d \w \s \p{N} \p{L}, \. ...), character classes with ranges,
 * groups with alternatives (the first is taken) and quantifiers (the minimum is taken, at least
 * one for + and {n,}). Returns undefined for what it cannot read.
 */
export function sampleOfPattern(pattern: string): string | undefined {
  try {
    const p = new Reader(pattern);
    const out = p.alternatives();
    return p.done() ? out : undefined;
  } catch {
    return undefined;
  }
}

class Reader {
  private i = 0;
  constructor(private readonly s: string) {}

  done(): boolean {
    return this.i >= this.s.length;
  }

  /** a|b|c: the first alternative. */
  alternatives(): string {
    const first = this.sequence();
    while (this.s[this.i] === '|') {
      this.i++;
      this.sequence();
    }
    return first;
  }

  private sequence(): string {
    let out = '';
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.atom();
      const [min] = this.quantifier();
      out += atom.repeat(min);
    }
    return out;
  }

  private atom(): string {
    const c = this.s[this.i++];
    if (c === '(') {
      if (this.s.startsWith('?:', this.i)) this.i += 2;
      const inner = this.alternatives();
      if (this.s[this.i++] !== ')') throw new Error('unclosed group');
      return inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '.') return 'a';
    return c;
  }

  private escape(): string {
    const c = this.s[this.i++];
    switch (c) {
      case 'd':
        return '1';
      case 'w':
        return 'a';
      case 's':
        return ' ';
      case 'i':
      case 'c':
        return 'a';
      case 'p': {
        const end = this.s.indexOf('}', this.i);
        const name = this.s.slice(this.i + 1, end);
        this.i = end + 1;
        return name.startsWith('N') ? '1' : name.startsWith('L') ? 'A' : 'a';
      }
      case 'n':
        return '\n';
      case 't':
        return '\t';
      default:
        return c;
    }
  }

  /** [a-z0-9] or [^...]: the first allowed character (a negated class gets a letter or digit it does not exclude). */
  private charClass(): string {
    const negated = this.s[this.i] === '^';
    if (negated) this.i++;
    const chars: string[] = [];
    let first: string | undefined;
    while (this.i < this.s.length && this.s[this.i] !== ']') {
      let c = this.s[this.i++];
      if (c === '\\') c = this.escape();
      if (this.s[this.i] === '-' && this.s[this.i + 1] !== ']') {
        this.i++;
        let end = this.s[this.i++];
        if (end === '\\') end = this.escape();
        for (let code = c.charCodeAt(0); code <= end.charCodeAt(0) && chars.length < 200; code++) chars.push(String.fromCharCode(code));
      } else chars.push(c);
      first ??= chars[0];
    }
    this.i++;
    if (!negated) return first ?? 'a';
    return ['a', 'A', '1', 'x'].find((c) => !chars.includes(c)) ?? 'z';
  }

  private quantifier(): [number, number] {
    const c = this.s[this.i];
    if (c === '?') return this.i++, [0, 1];
    if (c === '*') return this.i++, [0, Infinity];
    if (c === '+') return this.i++, [1, Infinity];
    if (c === '{') {
      const end = this.s.indexOf('}', this.i);
      const [lo, hi] = this.s.slice(this.i + 1, end).split(',');
      this.i = end + 1;
      const min = Number(lo);
      return [hi === '' ? Math.max(min, 1) : min, hi === undefined ? min : hi === '' ? Infinity : Number(hi)];
    }
    return [1, 1];
  }
}
