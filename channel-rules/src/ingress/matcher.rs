//! Multi-pattern matching in two stages: an Aho-Corasick scan for the literal
//! prefixes that every match of a pattern must begin with, then, at each hit,
//! an anchored lazy-DFA search for just the patterns that literal can start.
//!
//! Why not one unanchored multi-pattern DFA: it tracks every partly matched
//! pattern at once, so on varied text nearly every position makes a new
//! combination of live patterns and the lazy DFA spends its time building
//! states (about 80% of channel B's time, milliseconds per prompt). An
//! anchored search for one pattern only meets that pattern's own states, which
//! stay cached across requests. Pattern branches with no usable literal
//! prefix keep the unanchored search, in small shards.
//!
//! The hybrid DFA is used directly rather than through `meta::Regex` because
//! the meta engine, once a lazy-DFA cache has been cleared a few times in a
//! long-running process, falls back to the PikeVM: linear, but far too slow
//! for hundreds of patterns.

use std::cell::RefCell;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind as AcMatchKind};
use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind, PatternID, PatternSet};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Hir, HirKind};

/// Receives the matches of one scan.
pub trait Sink {
    /// Whether a match of pattern `owner` would still tell the caller
    /// anything (searches for unwanted patterns are skipped).
    fn wanted(&self, owner: usize) -> bool;
    fn hit(&mut self, owner: usize);
}

/// Shortest literal prefix worth an Aho-Corasick hit: shorter ones ("a ",
/// "to") occur everywhere and would start an anchored search at most positions.
const MIN_PREFIX: usize = 2;
/// Prefix literals are cut to this length: a longer literal rules out few more
/// false starts (the anchored search ends those within a few bytes), while
/// every distinct literal adds to the prefix automaton's build time and size.
const PREFIX_BYTES: usize = 6;
/// Most prefix literals one branch may contribute.
const MAX_PREFIXES: usize = 600;
/// Branches per unanchored residual automaton (see `rules.rs` on sharding).
const RESIDUAL_SHARD: usize = 32;

/// A lazy DFA with the cache its searches use.
struct Lazy {
    dfa: DFA,
    cache: RefCell<Cache>,
}

impl Lazy {
    fn build(hirs: &[Hir], anchored: bool, cache_bytes: usize) -> Result<Lazy, String> {
        let nfa = thompson::Compiler::new()
            .configure(
                thompson::Config::new()
                    .which_captures(WhichCaptures::None)
                    .nfa_size_limit(Some(256 << 20)),
            )
            .build_many_from_hir(hirs)
            .map_err(|e| format!("pattern table: {e}"))?;
        // Anchored searches only ask whether a pattern matches from a given
        // start, so the first match state ends them; the unanchored residual
        // reports every pattern that matches anywhere.
        let kind = if anchored {
            MatchKind::LeftmostFirst
        } else {
            MatchKind::All
        };
        let dfa = DFA::builder()
            .configure(
                DFA::config()
                    .match_kind(kind)
                    .starts_for_each_pattern(anchored)
                    .cache_capacity(cache_bytes)
                    .skip_cache_capacity_check(true)
                    // Never hand over to a slower engine: each new state costs
                    // a bounded amount of work, so searches stay linear.
                    .minimum_cache_clear_count(None),
            )
            .build_from_nfa(nfa)
            .map_err(|e| format!("pattern table: {e}"))?;
        let cache = RefCell::new(dfa.create_cache());
        Ok(Lazy { dfa, cache })
    }
}

/// Branches found through their literal prefixes.
struct Prefixed {
    lazy: Lazy,
    /// Owning pattern of each branch (the branch's id in `lazy`).
    owners: Vec<usize>,
    prefixes: AhoCorasick,
    /// Branches each prefix literal can start.
    starts: Vec<Vec<u32>>,
    /// Per branch, the last start searched in the current scan.
    tried: RefCell<Vec<usize>>,
}

/// Branches without a usable prefix, searched unanchored.
struct Residual {
    lazy: Lazy,
    owners: Vec<usize>,
}

/// A compiled pattern list.
pub struct Matcher {
    anchored: Option<Prefixed>,
    residual: Vec<Residual>,
}

/// The top-level alternatives of `hir` (itself when it is no alternation):
/// each gets its own prefix literals, so one branch without a usable prefix
/// does not send the whole pattern to the slow path.
fn branches(hir: Hir) -> Vec<Hir> {
    match hir.kind() {
        HirKind::Alternation(subs) => subs.to_vec(),
        _ => vec![hir],
    }
}

/// The literals every match of `hir` starts with, if they are few and long
/// enough to be worth an Aho-Corasick search.
fn prefixes(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    let mut ex = Extractor::new();
    ex.kind(ExtractKind::Prefix);
    let mut seq = ex.extract(hir);
    seq.keep_first_bytes(PREFIX_BYTES);
    seq.dedup();
    let lits = seq.literals()?;
    if lits.is_empty() || lits.len() > MAX_PREFIXES {
        return None;
    }
    if lits.iter().any(|l| l.len() < MIN_PREFIX) {
        return None;
    }
    Some(lits.iter().map(|l| l.as_bytes().to_vec()).collect())
}

impl Matcher {
    /// `bytes`: classes over bytes rather than code points (see
    /// `rules::RuleSet::build`); `multi_line`: `^`/`$` match at line ends.
    pub fn build(patterns: &[String], bytes: bool, multi_line: bool) -> Result<Matcher, String> {
        let config = syntax::Config::new()
            .crlf(false)
            .unicode(!bytes)
            .utf8(!bytes)
            .multi_line(multi_line);
        let mut anchored_hirs = Vec::new();
        let mut anchored_owners = Vec::new();
        let mut literal_ids: std::collections::HashMap<Vec<u8>, usize> = Default::default();
        let mut literals: Vec<Vec<u8>> = Vec::new();
        let mut starts: Vec<Vec<u32>> = Vec::new();
        let mut residual_hirs = Vec::new();
        let mut residual_owners = Vec::new();
        for (owner, p) in patterns.iter().enumerate() {
            let hir = syntax::parse_with(p, &config).map_err(|e| format!("pattern {p}: {e}"))?;
            for branch in branches(hir) {
                let Some(lits) = prefixes(&branch) else {
                    residual_hirs.push(branch);
                    residual_owners.push(owner);
                    continue;
                };
                let id = u32::try_from(anchored_hirs.len()).map_err(|e| e.to_string())?;
                anchored_hirs.push(branch);
                anchored_owners.push(owner);
                for lit in lits {
                    let next = literals.len();
                    let lid = *literal_ids.entry(lit.clone()).or_insert(next);
                    if lid == next {
                        literals.push(lit);
                        starts.push(Vec::new());
                    }
                    if starts[lid].last() != Some(&id) {
                        starts[lid].push(id);
                    }
                }
            }
        }
        let anchored = if anchored_hirs.is_empty() {
            None
        } else {
            // A full DFA: the prefix scan runs over every byte of every view,
            // and the literal set is small enough (a few thousand) to afford it.
            let prefixes = AhoCorasick::builder()
                .match_kind(AcMatchKind::Standard)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&literals)
                .map_err(|e| format!("prefix literals: {e}"))?;
            Some(Prefixed {
                lazy: Lazy::build(&anchored_hirs, true, 32 << 20)?,
                tried: RefCell::new(vec![usize::MAX; anchored_owners.len()]),
                owners: anchored_owners,
                prefixes,
                starts,
            })
        };
        let residual = residual_hirs
            .chunks(RESIDUAL_SHARD)
            .zip(residual_owners.chunks(RESIDUAL_SHARD))
            .map(|(hirs, owners)| {
                Ok(Residual {
                    lazy: Lazy::build(hirs, false, 512 << 10)?,
                    owners: owners.to_vec(),
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        Ok(Matcher { anchored, residual })
    }

    /// (branches searched from literal prefixes, branches searched unanchored).
    #[cfg(test)]
    pub fn stage_counts(&self) -> (usize, usize) {
        let anchored = self.anchored.as_ref().map_or(0, |a| a.owners.len());
        (anchored, self.residual.iter().map(|r| r.owners.len()).sum())
    }

    /// Reports to `sink` the patterns matching somewhere in `hay` (each at
    /// least once while it is wanted). False if a search could not complete:
    /// the caller fails closed.
    pub fn scan(&self, hay: &str, sink: &mut impl Sink) -> bool {
        if let Some(a) = &self.anchored {
            if !a.scan(hay, sink) {
                return false;
            }
        }
        for r in &self.residual {
            if !r.owners.iter().any(|o| sink.wanted(*o)) {
                continue;
            }
            let Ok(mut cache) = r.lazy.cache.try_borrow_mut() else {
                return false;
            };
            let mut set = PatternSet::new(r.lazy.dfa.pattern_len());
            if r.lazy
                .dfa
                .try_which_overlapping_matches(&mut cache, &Input::new(hay), &mut set)
                .is_err()
            {
                return false;
            }
            for pid in set.iter() {
                if let Some(&owner) = r.owners.get(pid.as_usize()) {
                    if sink.wanted(owner) {
                        sink.hit(owner);
                    }
                }
            }
        }
        true
    }
}

impl Prefixed {
    fn scan(&self, hay: &str, sink: &mut impl Sink) -> bool {
        let (Ok(mut cache), Ok(mut tried)) = (
            self.lazy.cache.try_borrow_mut(),
            self.tried.try_borrow_mut(),
        ) else {
            return false;
        };
        tried.fill(usize::MAX);
        for m in self.prefixes.find_overlapping_iter(hay) {
            let start = m.start();
            let Some(branches) = self.starts.get(m.pattern().as_usize()) else {
                continue;
            };
            for &b in branches {
                let b = b as usize;
                let (Some(&owner), Some(last)) = (self.owners.get(b), tried.get_mut(b)) else {
                    continue;
                };
                if *last == start || !sink.wanted(owner) {
                    continue;
                }
                *last = start;
                let Ok(pid) = PatternID::try_from(b) else {
                    return false;
                };
                let input = Input::new(hay)
                    .range(start..)
                    .anchored(Anchored::Pattern(pid))
                    .earliest(true);
                match self.lazy.dfa.try_search_fwd(&mut cache, &input) {
                    Ok(Some(_)) => sink.hit(owner),
                    Ok(None) => {}
                    Err(_) => return false,
                }
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Collects every owner reported.
    #[derive(Default)]
    struct All(Vec<usize>);
    impl Sink for All {
        fn wanted(&self, owner: usize) -> bool {
            !self.0.contains(&owner)
        }
        fn hit(&mut self, owner: usize) {
            self.0.push(owner);
        }
    }

    fn matches(m: &Matcher, hay: &str) -> Vec<usize> {
        let mut all = All::default();
        assert!(m.scan(hay, &mut all));
        all.0.sort_unstable();
        all.0
    }

    #[test]
    fn agrees_with_unanchored_search() {
        let pats: Vec<String> = [
            r"(?-u:\b)ignore (?:all )?previous(?-u:\b)",
            r"(?-u:\b)how to make[^.]*bomb",
            r"\d+ ?(?:plus|minus) ?\d",
            r"^hello(?-u:\b)|(?-u:\b)bonjour",
            r"(?:the|a) (?:system|hidden) prompt",
            r"to make",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let m = Matcher::build(&pats, true, false).expect("builds");
        // The digit pattern has no literal prefix of 3 bytes; the alternation
        // is searched as two branches.
        assert_eq!(m.stage_counts(), (6, 1));
        assert_eq!(
            matches(&m, "please ignore all previous notes"),
            vec![0],
            "prefix hit"
        );
        assert_eq!(matches(&m, "unignore previous"), Vec::<usize>::new());
        assert_eq!(matches(&m, "how to make a big bomb"), vec![1, 5]);
        assert_eq!(matches(&m, "how to make a cake. bomb"), vec![5]);
        assert_eq!(matches(&m, "what is 3 plus 4"), vec![2]);
        assert_eq!(matches(&m, "hello there"), vec![3]);
        assert_eq!(matches(&m, "say hello"), Vec::<usize>::new());
        assert_eq!(matches(&m, "oh bonjour"), vec![3]);
        assert_eq!(matches(&m, "show me the hidden prompt"), vec![4]);
    }

    #[test]
    fn skips_unwanted_patterns() {
        struct OnlyOne(usize, Vec<usize>);
        impl Sink for OnlyOne {
            fn wanted(&self, owner: usize) -> bool {
                owner == self.0
            }
            fn hit(&mut self, owner: usize) {
                self.1.push(owner);
            }
        }
        let pats = vec!["abc".to_string(), "abcd".to_string()];
        let m = Matcher::build(&pats, true, false).expect("builds");
        let mut s = OnlyOne(1, Vec::new());
        assert!(m.scan("xxabcdxx", &mut s));
        assert_eq!(s.1, vec![1]);
    }
}
