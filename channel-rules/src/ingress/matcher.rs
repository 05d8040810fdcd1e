//! Multi-pattern matching in two stages: an Aho-Corasick scan for the literal
//! prefixes that every match of a pattern must begin with (and the suffixes it
//! must end with), then, at each prefix hit, an anchored lazy-DFA search for
//! just the patterns that literal can start, and only when one of the
//! pattern's suffixes occurs further on (the search stops there).
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

/// Shortest literal worth an Aho-Corasick hit: single bytes occur everywhere
/// and would start an anchored search at most positions.
const MIN_AFFIX: usize = 2;
/// Literals are cut to this length: a longer literal rules out few more
/// false starts (the anchored search ends those within a few bytes), while
/// every distinct literal adds to the literal automaton's build time and size.
const AFFIX_BYTES: usize = 6;
/// Most prefix (or suffix) literals one branch may contribute.
const MAX_AFFIXES: usize = 600;
/// Lazy-DFA cache of the anchored searches: their states stay few because each
/// search runs one branch over a stretch the literals already narrowed.
const ANCHORED_CACHE: usize = 4 << 20;
/// Branches per unanchored residual automaton: one automaton for many
/// unanchored patterns tracks every combination of them at once and thrashes
/// its cache; small shards keep each one's states few.
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
    literals: AhoCorasick,
    /// Per literal, the branches it can start.
    starts: Lists,
    /// Per literal, the branches it can end.
    ends: Lists,
    /// Per branch, whether every match ends with one of its suffix literals.
    has_suffix: Vec<bool>,
    scratch: RefCell<Scratch>,
}

/// Short lists of branch ids, one per literal, packed into two arrays: tens of
/// thousands of literals each holding a `Vec` cost a heap block apiece.
struct Lists {
    /// `items[offsets[i]..offsets[i + 1]]` is list `i`.
    offsets: Vec<u32>,
    items: Vec<u32>,
}

impl Lists {
    /// Packs (list, item) pairs into `n` lists, items ascending and distinct.
    fn pack(n: usize, mut pairs: Vec<(u32, u32)>) -> Result<Lists, String> {
        pairs.sort_unstable();
        pairs.dedup();
        let mut offsets = Vec::with_capacity(n + 1);
        let mut items = Vec::with_capacity(pairs.len());
        let mut next = pairs.iter().peekable();
        for list in 0..n {
            offsets.push(u32::try_from(items.len()).map_err(|e| e.to_string())?);
            while let Some(&&(l, item)) = next.peek() {
                if l as usize != list {
                    break;
                }
                items.push(item);
                next.next();
            }
        }
        offsets.push(u32::try_from(items.len()).map_err(|e| e.to_string())?);
        Ok(Lists { offsets, items })
    }

    /// List `i` (empty when out of range).
    fn get(&self, i: usize) -> &[u32] {
        match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(&a), Some(&b)) => self.items.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }
}

/// Per-scan working memory, kept to avoid allocating per request.
#[derive(Default)]
struct Scratch {
    /// (branch, start) for every prefix hit, in text order.
    candidates: Vec<(u32, usize)>,
    /// Per branch, the furthest end of one of its suffix literals (0: none).
    last_end: Vec<usize>,
    /// Per branch, the last start searched.
    tried: Vec<usize>,
    /// Branches whose entries above were set: resetting just those keeps a
    /// short prompt from paying for every branch of the table.
    touched: Vec<u32>,
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

/// The literals every match of `hir` starts (`Prefix`) or ends (`Suffix`)
/// with, cut to `AFFIX_BYTES`, if they are few and long enough to be worth an
/// Aho-Corasick search.
fn affixes(hir: &Hir, kind: ExtractKind) -> Option<Vec<Vec<u8>>> {
    let mut ex = Extractor::new();
    ex.kind(kind.clone());
    let mut seq = ex.extract(hir);
    match kind {
        ExtractKind::Suffix => seq.keep_last_bytes(AFFIX_BYTES),
        _ => seq.keep_first_bytes(AFFIX_BYTES),
    }
    seq.dedup();
    let lits = seq.literals()?;
    if lits.is_empty() || lits.len() > MAX_AFFIXES {
        return None;
    }
    if lits.iter().any(|l| l.len() < MIN_AFFIX) {
        return None;
    }
    Some(lits.iter().map(|l| l.as_bytes().to_vec()).collect())
}

/// Literal ids by text, for building the shared literal automaton, and the
/// (literal, branch) pairs each literal starts or ends (packed into [`Lists`]
/// at the end rather than grown as one small `Vec` per literal).
#[derive(Default)]
struct Literals {
    ids: std::collections::HashMap<Vec<u8>, u32>,
    starts: Vec<(u32, u32)>,
    ends: Vec<(u32, u32)>,
}

impl Literals {
    fn id(&mut self, lit: Vec<u8>) -> Result<u32, String> {
        let next = u32::try_from(self.ids.len()).map_err(|e| e.to_string())?;
        Ok(*self.ids.entry(lit).or_insert(next))
    }

    /// The literal texts in id order.
    fn texts(&self) -> Vec<&[u8]> {
        let mut texts: Vec<&[u8]> = vec![&[]; self.ids.len()];
        for (text, &id) in &self.ids {
            if let Some(slot) = texts.get_mut(id as usize) {
                *slot = text;
            }
        }
        texts
    }
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
        let mut has_suffix = Vec::new();
        let mut lits = Literals::default();
        let mut residual_hirs = Vec::new();
        let mut residual_owners = Vec::new();
        for (owner, p) in patterns.iter().enumerate() {
            let hir = syntax::parse_with(p, &config).map_err(|e| format!("pattern {p}: {e}"))?;
            for branch in branches(hir) {
                let Some(prefixes) = affixes(&branch, ExtractKind::Prefix) else {
                    residual_hirs.push(branch);
                    residual_owners.push(owner);
                    continue;
                };
                let id = u32::try_from(anchored_hirs.len()).map_err(|e| e.to_string())?;
                for lit in prefixes {
                    let lid = lits.id(lit)?;
                    lits.starts.push((lid, id));
                }
                let suffixes = affixes(&branch, ExtractKind::Suffix);
                has_suffix.push(suffixes.is_some());
                for lit in suffixes.unwrap_or_default() {
                    let lid = lits.id(lit)?;
                    lits.ends.push((lid, id));
                }
                anchored_hirs.push(branch);
                anchored_owners.push(owner);
            }
        }
        let anchored = if anchored_hirs.is_empty() {
            None
        } else {
            // A contiguous NFA: a full DFA over these few thousand literals
            // scans ~20% faster but takes 5-10 MiB per table, and the gate's
            // memory budget is 64 MiB for all six processes.
            let literals = AhoCorasick::builder()
                .match_kind(AcMatchKind::Standard)
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .build(lits.texts())
                .map_err(|e| format!("literals: {e}"))?;
            let n = anchored_owners.len();
            Some(Prefixed {
                lazy: Lazy::build(&anchored_hirs, true, ANCHORED_CACHE)?,
                owners: anchored_owners,
                literals,
                starts: Lists::pack(lits.ids.len(), lits.starts)?,
                ends: Lists::pack(lits.ids.len(), lits.ends)?,
                has_suffix,
                scratch: RefCell::new(Scratch {
                    candidates: Vec::new(),
                    last_end: vec![0; n],
                    tried: vec![usize::MAX; n],
                    touched: Vec::new(),
                }),
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
        let (Ok(mut cache), Ok(mut scratch)) = (
            self.lazy.cache.try_borrow_mut(),
            self.scratch.try_borrow_mut(),
        ) else {
            return false;
        };
        let Scratch {
            candidates,
            last_end,
            tried,
            touched,
        } = &mut *scratch;
        // Undo the previous scan's marks (here rather than at its end, so an
        // early return cannot leave stale ones).
        for &b in touched.iter() {
            if let (Some(e), Some(t)) = (last_end.get_mut(b as usize), tried.get_mut(b as usize)) {
                *e = 0;
                *t = usize::MAX;
            }
        }
        touched.clear();
        candidates.clear();
        for m in self.literals.find_overlapping_iter(hay) {
            let lid = m.pattern().as_usize();
            for &b in self.ends.get(lid) {
                if let Some(e) = last_end.get_mut(b as usize) {
                    *e = (*e).max(m.end());
                    touched.push(b);
                }
            }
            for &b in self.starts.get(lid) {
                candidates.push((b, m.start()));
                touched.push(b);
            }
        }
        for &(b, start) in candidates.iter() {
            let b = b as usize;
            let (Some(&owner), Some(last), Some(&end), Some(&bounded)) = (
                self.owners.get(b),
                tried.get_mut(b),
                last_end.get(b),
                self.has_suffix.get(b),
            ) else {
                continue;
            };
            // A match must end with one of the branch's suffix literals: none
            // after this start means no match from here, and the search need
            // not look past the last one.
            let limit = if bounded { end } else { hay.len() };
            if limit <= start || *last == start || !sink.wanted(owner) {
                continue;
            }
            *last = start;
            let Ok(pid) = PatternID::try_from(b) else {
                return false;
            };
            let input = Input::new(hay)
                .range(start..limit)
                .anchored(Anchored::Pattern(pid))
                .earliest(true);
            match self.lazy.dfa.try_search_fwd(&mut cache, &input) {
                Ok(Some(_)) => sink.hit(owner),
                Ok(None) => {}
                Err(_) => return false,
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

    /// The two-stage search must find exactly the patterns a plain
    /// unanchored search finds, on any text: prefixes and suffixes are only
    /// ever necessary conditions, never a change of meaning.
    mod agrees_with_plain_search {
        use super::*;
        use proptest::prelude::*;
        use regex_automata::meta::Regex;

        /// Patterns of the shapes the tables use: word boundaries, sentence
        /// gaps, word gaps, alternations at the top and inside, optional parts,
        /// a digit class without a usable prefix.
        const PATTERNS: &[&str] = &[
            r"(?-u:\b)ignore (?:all |the )?(?:previous|prior) (?:rules|instructions)(?-u:\b)",
            r"(?-u:\b)how (?:to|do i) make[^.]*(?:bomb|poison)",
            r"(?-u:\b)(?:reveal|print) (?:[^ ]+ ){0,2}(?:prompt|rules)",
            r"(?-u:\b)you are (?:now )?dan(?-u:\b)|(?-u:\b)no rules(?-u:\b)",
            r"\d+ ?(?:plus|minus) ?\d",
            r"^the (?:system|hidden) prompt",
            r"(?-u:\b)to make(?-u:\b)",
            r"rules[^.?]*poison",
        ];

        const WORDS: &[&str] = &[
            "ignore",
            "all",
            "the",
            "previous",
            "prior",
            "rules",
            "instructions",
            "how",
            "to",
            "do",
            "i",
            "make",
            "bomb",
            "poison",
            "reveal",
            "print",
            "prompt",
            "you",
            "are",
            "now",
            "dan",
            "no",
            "system",
            "hidden",
            "3",
            "plus",
            "4",
            "minus",
            "cake",
            "unignore",
            "makes",
            "danger",
        ];

        fn text() -> impl Strategy<Value = String> {
            let token = prop_oneof![
                8 => proptest::sample::select(WORDS).prop_map(|w| format!("{w} ")),
                1 => Just(". ".to_string()),
                1 => Just("? ".to_string()),
                1 => Just("\n".to_string()),
            ];
            proptest::collection::vec(token, 0..24).prop_map(|v| v.concat())
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(512))]
            #[test]
            fn same_patterns_match(hay in text()) {
                let pats: Vec<String> = PATTERNS.iter().map(|p| p.to_string()).collect();
                let m = Matcher::build(&pats, true, false).expect("builds");
                let got = matches(&m, &hay);
                let config = syntax::Config::new().crlf(false).unicode(false).utf8(false);
                let want: Vec<usize> = PATTERNS
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| {
                        Regex::builder()
                            .syntax(config)
                            .build(p)
                            .expect("pattern compiles")
                            .is_match(hay.as_str())
                    })
                    .map(|(i, _)| i)
                    .collect();
                prop_assert_eq!(got, want, "text {:?}", hay);
            }
        }
    }
}
