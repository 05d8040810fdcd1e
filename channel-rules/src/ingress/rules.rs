//! A compiled pattern table whose every matching pattern raises its signal
//! (linear time, no backtracking: Aho-Corasick and `regex-automata` lazy DFAs).

use super::matcher::{Matcher, Sink};
use super::signals::{Sig, Signals};

/// Shorthands usable in pattern tables, expanded before compiling:
/// `\b` is an ASCII word boundary (cheap for the lazy DFA), `_gN_` is a gap of
/// up to N words, `{NAME}` a shared vocabulary alternation.
pub fn expand(pattern: &str, vocab: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(pattern.len() * 2);
    let mut rest = pattern;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("\\b") {
            out.push_str("(?-u:\\b)");
            rest = r;
            continue;
        }
        if rest.starts_with("_g") {
            let digits: String = rest[2..]
                .chars()
                .take_while(|c| c.is_ascii_digit())
                .collect();
            let after = 2 + digits.len();
            if !digits.is_empty() && rest[after..].starts_with('_') {
                out.push_str("(?:[^ ]+ ){0,");
                out.push_str(&digits);
                out.push('}');
                rest = &rest[after + 1..];
                continue;
            }
        }
        if rest.starts_with('{') {
            if let Some(end) = rest.find('}') {
                let name = &rest[1..end];
                if let Some((_, alt)) = vocab.iter().find(|(n, _)| *n == name) {
                    out.push_str("(?:");
                    out.push_str(&expand(alt, vocab));
                    out.push(')');
                    rest = &rest[end + 1..];
                    continue;
                }
            }
        }
        // A bounded gap over a character class ("[^.]{0,40}") multiplies lazy-DFA
        // states across hundreds of patterns; an unbounded one within the same
        // class (still sentence- or line-bounded) is one state.
        if rest.starts_with("]{0,") {
            if let Some(end) = rest.find('}') {
                if rest[4..end].chars().all(|c| c.is_ascii_digit()) {
                    out.push_str("]*");
                    rest = &rest[end + 1..];
                    continue;
                }
            }
        }
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            out.push(c);
        }
        rest = chars.as_str();
    }
    out
}

/// A table of (signal, pattern) compiled for two-stage matching (see
/// [`matcher`](super::matcher)).
pub struct RuleSet {
    matcher: Matcher,
    sigs: Vec<Sig>,
}

/// Raises the signal of each matching pattern; a pattern whose signal is
/// already raised is not searched for again (signals are only ever raised).
struct Raise<'a> {
    sigs: &'a [Sig],
    out: &'a mut Signals,
}

impl Sink for Raise<'_> {
    fn wanted(&self, owner: usize) -> bool {
        self.sigs.get(owner).is_some_and(|s| !self.out.has(*s))
    }
    fn hit(&mut self, owner: usize) {
        if let Some(s) = self.sigs.get(owner) {
            self.out.set(*s);
        }
    }
}

impl RuleSet {
    /// `bytes`: compile classes over bytes rather than code points. For tables
    /// whose classes are all ASCII this matches the same texts (non-ASCII
    /// literals still match their UTF-8 bytes), but a gap like `[^.]*` crossing
    /// non-ASCII text needs no per-code-point states.
    pub fn build(
        table: &[(Sig, &str)],
        vocab: &[(&str, &str)],
        bytes: bool,
    ) -> Result<RuleSet, String> {
        let patterns: Vec<String> = table.iter().map(|(_, p)| expand(p, vocab)).collect();
        Ok(RuleSet {
            matcher: Matcher::build(&patterns, bytes, true)?,
            sigs: table.iter().map(|(s, _)| *s).collect(),
        })
    }

    /// Raises the signal of every pattern that matches within one sentence of
    /// `hay`. Long sentences are scanned as overlapping windows, which bounds
    /// how far a sentence gap (`[^.]*`) can reach.
    pub fn scan_windows(&self, hay: &str, out: &mut Signals) {
        for (start, end) in windows(hay) {
            self.scan(&hay[start..end], out);
        }
    }

    /// Raises the signal of every pattern that matches somewhere in `hay`; a
    /// search the engine could not complete raises `EngineFault` (fail closed).
    pub fn scan(&self, hay: &str, out: &mut Signals) {
        let mut sink = Raise {
            sigs: &self.sigs,
            out,
        };
        if !self.matcher.scan(hay, &mut sink) {
            out.set(Sig::EngineFault);
        }
    }
}

/// Longest span searched at once, and how far consecutive spans overlap (so a
/// phrase up to `WINDOW_OVERLAP` bytes long is never cut in two).
const WINDOW: usize = 480;
const WINDOW_OVERLAP: usize = 160;

/// Byte ranges of the sentences of `text` (split after ". ", "! ", "? "), long
/// ones cut into overlapping windows at character boundaries.
pub fn windows(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut start = 0;
    for i in 0..bytes.len() {
        let ends_sentence =
            matches!(bytes[i], b'.' | b'!' | b'?') && bytes.get(i + 1).is_none_or(|b| *b == b' ');
        if ends_sentence {
            spans.push((start, i + 1));
            start = i + 1;
        }
    }
    if start < bytes.len() {
        spans.push((start, bytes.len()));
    }
    let mut out = Vec::with_capacity(spans.len());
    for (s, e) in spans {
        let mut from = s;
        loop {
            let mut to = (from + WINDOW).min(e);
            while to < e && !text.is_char_boundary(to) {
                to += 1;
            }
            out.push((from, to));
            if to >= e {
                break;
            }
            let mut next = to - WINDOW_OVERLAP;
            while !text.is_char_boundary(next) {
                next += 1;
            }
            from = next;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_cover_the_text_with_overlap() {
        let text = format!("{}. short one! {}", "a".repeat(1000), "é".repeat(400));
        let w = windows(&text);
        assert_eq!(w.first().map(|x| x.0), Some(0));
        assert_eq!(w.last().map(|x| x.1), Some(text.len()));
        for pair in w.windows(2) {
            assert!(pair[1].0 <= pair[0].1, "gap between windows");
        }
        for (s, e) in w {
            assert!(e - s <= WINDOW + 4 && text.is_char_boundary(s) && text.is_char_boundary(e));
        }
    }

    /// Most branches of the real tables must take the fast path; a table
    /// edit that sends many to the unanchored residual shows here.
    #[test]
    fn most_branches_have_literal_prefixes() {
        use super::super::{table_en, table_intl, table_struct};
        // The structure table (role headers, template tokens) is small and
        // mostly anchored at line starts; only the phrase tables are held to this.
        let rs = RuleSet::build(table_struct::TABLE, table_en::VOCAB, true).expect("compiles");
        println!("struct: {:?}", rs.matcher.stage_counts());
        for (name, table, bytes) in [
            ("en", table_en::TABLE, true),
            ("intl", table_intl::TABLE, false),
        ] {
            let rs = RuleSet::build(table, table_en::VOCAB, bytes).expect("table compiles");
            let (anchored, residual) = rs.matcher.stage_counts();
            println!("{name}: {anchored} branches by prefix, {residual} unanchored");
            assert!(
                residual * 10 <= anchored + residual,
                "{name}: {residual} unanchored"
            );
        }
    }

    #[test]
    fn expands_shorthands() {
        let v = [("V", "a|b")];
        assert_eq!(
            expand(r"\bx_g2_{V}", &v),
            r"(?-u:\b)x(?:[^ ]+ ){0,2}(?:a|b)"
        );
        assert_eq!(expand("{unknown}", &v), "{unknown}");
    }
}
