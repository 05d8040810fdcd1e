//! One multi-pattern lazy DFA (`regex-automata` hybrid) with its own cache.
//!
//! Used directly rather than through `meta::Regex` because the meta engine,
//! once a lazy-DFA cache has been cleared a few times in a long-running
//! process, falls back to the PikeVM, which is linear but far too slow for
//! hundreds of patterns (hundreds of milliseconds on a short prompt). Here the
//! lazy DFA never gives up: each new state costs a bounded amount of work, so a
//! search stays linear in the input with a small constant.

use std::cell::RefCell;

use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson;
use regex_automata::util::syntax;
use regex_automata::{Input, MatchKind, PatternSet};

/// Syntax shared by every table: byte-oriented or Unicode classes.
pub fn syntax_config(bytes: bool) -> syntax::Config {
    syntax::Config::new()
        .crlf(false)
        .unicode(!bytes)
        .utf8(!bytes)
}

/// A compiled pattern set and the cache its searches use.
pub struct Automaton {
    dfa: DFA,
    cache: RefCell<Cache>,
}

impl Automaton {
    /// `bytes`: classes over bytes (tables whose classes are all ASCII); a gap
    /// like `[^.]*` then needs no per-code-point states on non-ASCII text.
    pub fn build(
        patterns: &[String],
        bytes: bool,
        multi_line: bool,
        cache_bytes: usize,
    ) -> Result<Automaton, String> {
        let dfa = DFA::builder()
            .configure(
                DFA::config()
                    .match_kind(MatchKind::All)
                    .cache_capacity(cache_bytes)
                    .skip_cache_capacity_check(true)
                    .minimum_cache_clear_count(None),
            )
            .syntax(syntax_config(bytes).multi_line(multi_line))
            .thompson(thompson::Config::new().nfa_size_limit(Some(256 << 20)))
            .build_many(patterns)
            .map_err(|e| format!("pattern table: {e}"))?;
        let cache = RefCell::new(dfa.create_cache());
        Ok(Automaton { dfa, cache })
    }

    pub fn pattern_len(&self) -> usize {
        self.dfa.pattern_len()
    }

    /// Adds every pattern matching somewhere in `hay` to `set`. False if the
    /// engine could not search (the caller fails closed).
    pub fn which_matches(&self, hay: &str, set: &mut PatternSet) -> bool {
        let Ok(mut cache) = self.cache.try_borrow_mut() else {
            return false;
        };
        self.dfa
            .try_which_overlapping_matches(&mut cache, &Input::new(hay), set)
            .is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_all_overlapping_patterns() {
        let pats = vec![
            "ignore".to_string(),
            "ignore (?:all )?previous".to_string(),
            "(?-u:\\b)zzz".to_string(),
        ];
        let a = Automaton::build(&pats, true, false, 1 << 20).expect("builds");
        let mut set = PatternSet::new(a.pattern_len());
        assert!(a.which_matches("please ignore all previous notes", &mut set));
        let ids: Vec<usize> = set.iter().map(|p| p.as_usize()).collect();
        assert_eq!(ids, vec![0, 1]);
    }

    #[test]
    fn tiny_cache_still_searches() {
        let pats: Vec<String> = (0..50).map(|i| format!("w{i}[^.]*x{i}")).collect();
        let a = Automaton::build(&pats, true, false, 1).expect("builds");
        let hay: String = (0..50).map(|i| format!("w{i} filler ")).collect::<String>() + "x7";
        let mut set = PatternSet::new(a.pattern_len());
        assert!(a.which_matches(&hay, &mut set));
        assert!(set.contains(regex_automata::PatternID::must(7)));
    }
}
