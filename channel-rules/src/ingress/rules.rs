//! A compiled pattern table: one multi-pattern `regex-automata` meta regex (linear
//! time, no backtracking) whose every matching pattern raises its signal.

use regex_automata::meta::Regex;
use regex_automata::util::syntax;
use regex_automata::{Input, MatchKind, PatternSet};

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

/// A table of (signal, pattern) compiled into one automaton.
pub struct RuleSet {
    re: Regex,
    sigs: Vec<Sig>,
}

impl RuleSet {
    pub fn build(table: &[(Sig, &str)], vocab: &[(&str, &str)]) -> Result<RuleSet, String> {
        let patterns: Vec<String> = table.iter().map(|(_, p)| expand(p, vocab)).collect();
        let re = Regex::builder()
            .syntax(syntax::Config::new().multi_line(true).crlf(false))
            .configure(
                Regex::config()
                    .match_kind(MatchKind::All)
                    .hybrid_cache_capacity(4 << 20),
            )
            .build_many(&patterns)
            .map_err(|e| format!("pattern table: {e}"))?;
        Ok(RuleSet {
            re,
            sigs: table.iter().map(|(s, _)| *s).collect(),
        })
    }

    /// Raises the signal of every pattern that matches somewhere in `hay`.
    pub fn scan(&self, hay: &str, out: &mut Signals) {
        let mut set = PatternSet::new(self.re.pattern_len());
        self.re
            .which_overlapping_matches(&Input::new(hay), &mut set);
        for pid in set.iter() {
            if let Some(sig) = self.sigs.get(pid.as_usize()) {
                out.set(*sig);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
