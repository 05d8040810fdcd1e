//! Tenant protected strings: blocked on any case-insensitive appearance.
//!
//! Matching runs over a lowercase, whitespace-collapsed view of both sides so
//! a line break or doubled space inside the string does not hide it.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// Lowercase with runs of whitespace collapsed to one space.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.extend(c.to_lowercase());
    }
    out
}

/// The compiled protected strings of one tenant.
pub struct Protected {
    matcher: Option<AhoCorasick>,
}

impl Protected {
    /// Compiles `strings`; blank entries are ignored (they would match
    /// everything).
    pub fn new(strings: &[String]) -> Result<Protected, String> {
        let patterns: Vec<String> = strings
            .iter()
            .map(|s| normalise(s))
            .filter(|s| !s.is_empty())
            .collect();
        if patterns.is_empty() {
            return Ok(Protected { matcher: None });
        }
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostFirst)
            .build(&patterns)
            .map_err(|e| format!("protected strings: {e}"))?;
        Ok(Protected { matcher: Some(ac) })
    }

    pub fn is_empty(&self) -> bool {
        self.matcher.is_none()
    }

    /// Whether the normalised response contains any protected string.
    pub fn found_in(&self, normalised: &str) -> bool {
        self.matcher
            .as_ref()
            .is_some_and(|ac| ac.find(normalised).is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_space_insensitive() {
        let p = Protected::new(&[
            "STAFFONLY40".into(),
            "Project  Marigold".into(),
            "  ".into(),
        ])
        .expect("compiles");
        assert!(p.found_in(&normalise("use code staffonly40 now")));
        assert!(p.found_in(&normalise("the PROJECT\nmarigold plan")));
        assert!(!p.found_in(&normalise("no secrets here")));
        assert!(Protected::new(&[" ".into()]).expect("compiles").is_empty());
    }
}
