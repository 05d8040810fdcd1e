//! The phrase automaton: bounded-gap token-sequence matching.
//!
//! A pattern is a sequence of slots; each slot is a set of words (exact or
//! prefix, `instruct*`). Between consecutive slots at most `gap` filler tokens
//! may appear. Matching is a deterministic walk over the token stream: for every
//! (pattern, slot) we remember the last token position where that slot was
//! reached; a token advances slot k when slot k-1 was reached within the gap.
//! Each token costs one walk down a byte trie of the lexicon (which finds
//! every exact and prefix word it matches) plus its fan-out, so a scan is
//! linear in the number of tokens, whatever the input.
//!
//! Pattern syntax (the tables in `lexicon`): slots separated by spaces,
//! alternatives by `|`, `*` = prefix, `_` joins a multi-word alternative
//! (`system_prompt`), `~N` sets the gap before the next slot, `@name` expands a
//! shared word class.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::tokens::{Tokens, SENT_START};

/// FNV-1a: short keys, no DoS exposure (keys come from our own tables; token
/// lookups only ever miss or hit).
#[derive(Default)]
pub struct Fnv(u64);
impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}
pub type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

#[derive(Debug, Clone, Copy)]
struct Entry {
    /// Pattern index, or `CHAIN | chain index` for a word of a multi-word
    /// alternative.
    pat: u32,
    slot: u8,
    /// Index into `PhraseSet::vetoes`, or `NO_VETO`.
    veto: u32,
}

const NO_VETO: u32 = u32::MAX;

const CHAIN: u32 = 1 << 31;

/// A multi-word alternative: adjacent words; completing it fires `targets`.
#[derive(Debug, Clone)]
struct Chain {
    base: u32,
    len: u8,
    targets: Vec<Entry>,
}

const NONE: u32 = u32::MAX;

/// Reusable scan memory: the per-slot state and the positions written.
#[derive(Debug, Default)]
pub struct ScanState {
    state: Vec<u32>,
    touched: Vec<u32>,
    fired: Vec<(u32, u8, u32, u32)>,
    updates: Vec<(usize, bool, u16)>,
}

#[derive(Debug, Clone, Default)]
struct TrieNode {
    /// Sorted by byte.
    edges: Vec<(u8, u32)>,
    /// Key ending here, or `u32::MAX`.
    key: u32,
}

#[derive(Debug, Clone)]
struct Pat {
    /// Index of slot 0 in the state vector (and in `PhraseSet::gaps`).
    base: u32,
    len: u8,
    /// First slot must start a sentence.
    anchored: bool,
    tag: u16,
}

/// A compiled set of patterns.
#[derive(Debug, Clone, Default)]
pub struct PhraseSet {
    exact: FnvMap<Box<str>, Vec<Entry>>,
    prefix: FnvMap<Box<str>, Vec<Entry>>,
    max_prefix_chars: usize,
    /// Byte trie over every key (built by `finish`).
    trie: Vec<TrieNode>,
    /// Dense 256-entry edge tables, one per busy node (index in `dense_of`).
    dense: Vec<u32>,
    /// Per trie node: offset of its dense table in `dense`, or `u32::MAX`.
    dense_of: Vec<u32>,
    /// Per key: entries on an exact match, entries on a prefix match.
    keys: Vec<(Vec<Entry>, Vec<Entry>)>,
    pats: Vec<Pat>,
    /// Per state index: filler allowed before that slot.
    gaps: Vec<u8>,
    nstate: usize,
    chains: Vec<Chain>,
    vetoes: Vec<Vec<Box<str>>>,
    chain_ids: HashMap<Vec<(String, bool)>, u32>,
    nchain: usize,
}

/// A word of a slot after tokenisation by the caller's tokeniser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub text: String,
    pub prefix: bool,
    /// Neighbour words that cancel this word (`bomb{bath}`).
    pub veto: Vec<String>,
}

/// Parsed form: slots of alternatives; each alternative a word sequence.
pub type Slot = Vec<Vec<Word>>;

/// Parsed pattern: slots, gap before each slot, and whether it must start a
/// sentence. A word directly preceded or followed by one of its veto words
/// does not count (`bomb{bath}` skips "bath bomb"; `s{<it}` looks left only).
pub struct Parsed {
    pub slots: Vec<Slot>,
    pub gaps: Vec<u8>,
    pub anchored: bool,
}

/// Splits a pattern string into slots and gaps. `tok` tokenises one
/// alternative with the same pipeline that tokenises input.
pub fn parse(
    pattern: &str,
    default_gap: u8,
    macros: &dyn Fn(&str) -> Option<&'static str>,
    tok: &dyn Fn(&str) -> Vec<String>,
) -> Result<Parsed, String> {
    let mut slots = Vec::new();
    let mut gaps = Vec::new();
    let mut next_gap = default_gap;
    let mut anchored = false;
    for part in pattern.split_whitespace() {
        if let Some(n) = part.strip_prefix('~') {
            next_gap = n.parse().map_err(|_| format!("bad gap in {pattern:?}"))?;
            continue;
        }
        if part == "^" && slots.is_empty() {
            anchored = true;
            continue;
        }
        let mut alts: Slot = Vec::new();
        for alt in part.split('|') {
            let expanded = match alt.strip_prefix('@') {
                Some(name) => macros(name).ok_or_else(|| format!("unknown class @{name}"))?,
                None => alt,
            };
            for a in expanded.split('|') {
                let (a, alt_veto) = match a.split_once('{') {
                    Some((w, v)) => (w, v.trim_end_matches('}')),
                    None => (a, ""),
                };
                // `<word` vetoes only from the left ("s{<it}": "it's" is
                // no possessive, but "Swift's it" is irrelevant).
                let veto: Vec<String> = alt_veto
                    .split(',')
                    .filter(|v| !v.is_empty())
                    .flat_map(|v| match v.strip_prefix('<') {
                        Some(l) => tok(l).into_iter().map(|t| format!("<{t}")).collect(),
                        None => tok(v),
                    })
                    .collect();
                let (body, prefix) = match a.strip_suffix('*') {
                    Some(b) => (b, true),
                    None => (a, false),
                };
                let words = tok(&body.replace('_', " "));
                if words.is_empty() {
                    // Pure punctuation ("&", "+") has no token form.
                    continue;
                }
                let n = words.len();
                // CJK and Hangul words take particles and endings: match as prefixes.
                let cjk_only = body
                    .chars()
                    .all(|c| super::tokens::is_cjk(c) || ('\u{AC00}'..='\u{D7AF}').contains(&c));
                alts.push(
                    words
                        .into_iter()
                        .enumerate()
                        .map(|(i, text)| Word {
                            // CJK words are always prefixes: the segmenter may
                            // glue a particle onto them.
                            prefix: (prefix && i + 1 == n) || cjk_only,
                            text,
                            veto: if n == 1 { veto.clone() } else { Vec::new() },
                        })
                        .collect(),
                );
            }
        }
        if alts.is_empty() {
            return Err(format!("empty slot in {pattern:?}"));
        }
        gaps.push(if slots.is_empty() { 0 } else { next_gap });
        slots.push(alts);
        next_gap = default_gap;
    }
    if slots.is_empty() {
        return Err(format!("empty pattern {pattern:?}"));
    }
    Ok(Parsed {
        slots,
        gaps,
        anchored,
    })
}

impl PhraseSet {
    /// Builds the token-level accelerator once every pattern is added.
    pub fn finish(&mut self) -> Result<(), String> {
        if self.nstate + self.nchain >= u32::MAX as usize / 2 {
            return Err("too many patterns".into());
        }
        let mut names: Vec<Box<str>> = self
            .exact
            .keys()
            .chain(self.prefix.keys())
            .cloned()
            .collect();
        names.sort();
        names.dedup();
        self.keys = names
            .iter()
            .map(|k| {
                (
                    self.exact.get(k).cloned().unwrap_or_default(),
                    self.prefix.get(k).cloned().unwrap_or_default(),
                )
            })
            .collect();
        let mut trie = vec![TrieNode {
            edges: Vec::new(),
            key: u32::MAX,
        }];
        for (k, name) in names.iter().enumerate() {
            let mut node = 0usize;
            for b in name.bytes() {
                let next = match trie[node].edges.binary_search_by_key(&b, |e| e.0) {
                    Ok(i) => trie[node].edges[i].1 as usize,
                    Err(i) => {
                        let id = trie.len();
                        trie.push(TrieNode {
                            edges: Vec::new(),
                            key: u32::MAX,
                        });
                        trie[node].edges.insert(i, (b, id as u32));
                        id
                    }
                };
                node = next;
            }
            trie[node].key = k as u32;
        }
        // Nodes with several children get a direct table: one load per byte
        // instead of a binary search.
        let mut dense = Vec::new();
        let mut dense_of = vec![u32::MAX; trie.len()];
        for (i, n) in trie.iter().enumerate() {
            if n.edges.len() >= 3 {
                let off = dense.len();
                dense.resize(off + 256, u32::MAX);
                for &(b, id) in &n.edges {
                    dense[off + b as usize] = id;
                }
                dense_of[i] = off as u32;
            }
        }
        self.dense = dense;
        self.dense_of = dense_of;
        self.trie = trie;
        Ok(())
    }

    fn register(&mut self, w: &Word, mut e: Entry) {
        if !w.veto.is_empty() {
            e.veto = self.vetoes.len() as u32;
            self.vetoes
                .push(w.veto.iter().map(|v| v.clone().into_boxed_str()).collect());
        }
        let map = if w.prefix {
            &mut self.prefix
        } else {
            &mut self.exact
        };
        if w.prefix {
            self.max_prefix_chars = self.max_prefix_chars.max(w.text.chars().count());
        }
        map.entry(w.text.clone().into_boxed_str())
            .or_default()
            .push(e);
    }

    /// Adds one parsed pattern. A multi-word alternative becomes a chain (its
    /// words strictly adjacent) whose completion fires the slot it belongs to.
    pub fn add(&mut self, parsed: &Parsed, tag: u16) -> Result<(), String> {
        if parsed.slots.len() > 32 {
            return Err("pattern too long".into());
        }
        let pat = self.pats.len() as u32;
        for (slot, alts) in parsed.slots.iter().enumerate() {
            let target = Entry {
                pat,
                slot: slot as u8,
                veto: NO_VETO,
            };
            for alt in alts {
                match alt.as_slice() {
                    [w] => self.register(w, target),
                    words => {
                        let key: Vec<(String, bool)> =
                            words.iter().map(|w| (w.text.clone(), w.prefix)).collect();
                        let id = match self.chain_ids.get(&key) {
                            Some(&id) => id,
                            None => {
                                let id = self.chains.len() as u32;
                                self.chains.push(Chain {
                                    base: self.nchain as u32,
                                    len: words.len() as u8,
                                    targets: Vec::new(),
                                });
                                self.nchain += words.len();
                                for (i, w) in words.iter().enumerate() {
                                    self.register(
                                        w,
                                        Entry {
                                            pat: CHAIN | id,
                                            slot: i as u8,
                                            veto: NO_VETO,
                                        },
                                    );
                                }
                                self.chain_ids.insert(key, id);
                                id
                            }
                        };
                        if let Some(c) = self.chains.get_mut(id as usize) {
                            c.targets.push(target);
                        }
                    }
                }
            }
        }
        self.pats.push(Pat {
            base: self.nstate as u32,
            len: parsed.slots.len() as u8,
            anchored: parsed.anchored,
            tag,
        });
        self.gaps.extend_from_slice(&parsed.gaps);
        self.gaps.resize(self.nstate + parsed.slots.len(), 0);
        self.nstate += parsed.slots.len();
        Ok(())
    }

    /// Walks the trie along the token: every key passed is a prefix match,
    /// the key at the end of the token an exact match.
    fn lookup_trie(&self, t: &str, p: usize, fired: &mut Vec<(u32, u8, u32, u32)>) {
        let mut node = 0usize;
        let bytes = t.as_bytes();
        for (i, b) in bytes.iter().enumerate() {
            let Some(n) = self.trie.get(node) else { return };
            let off = self.dense_of.get(node).copied().unwrap_or(u32::MAX);
            let next = if off != u32::MAX {
                self.dense
                    .get(off as usize + *b as usize)
                    .copied()
                    .unwrap_or(u32::MAX)
            } else {
                match n.edges.binary_search_by_key(b, |e| e.0) {
                    Ok(j) => n.edges[j].1,
                    Err(_) => u32::MAX,
                }
            };
            if next == u32::MAX {
                return;
            }
            node = next as usize;
            let Some(n) = self.trie.get(node) else { return };
            if let Some((ex, pre)) = self.keys.get(n.key as usize) {
                fired.extend(pre.iter().map(|e| (e.pat, e.slot, p as u32, e.veto)));
                if i + 1 == bytes.len() {
                    fired.extend(ex.iter().map(|e| (e.pat, e.slot, p as u32, e.veto)));
                }
            }
        }
    }

    /// Hash-map lookup of every exact and prefix key (used only if the
    /// accelerator is missing).
    fn lookup_slow(&self, t: &str, p: usize, fired: &mut Vec<(u32, u8, u32, u32)>) {
        if let Some(es) = self.exact.get(t) {
            fired.extend(es.iter().map(|e| (e.pat, e.slot, p as u32, e.veto)));
        }
        for (n, (i, c)) in t.char_indices().enumerate() {
            if n + 1 > self.max_prefix_chars {
                break;
            }
            if let Some(es) = self.prefix.get(&t[..i + c.len_utf8()]) {
                fired.extend(es.iter().map(|e| (e.pat, e.slot, p as u32, e.veto)));
            }
        }
    }

    /// Walks the stream; calls `hit(tag, end_token)` for each completed
    /// pattern; stops early when `hit` returns true.
    pub fn scan(&self, toks: &Tokens, st: &mut ScanState, mut hit: impl FnMut(u16, usize) -> bool) {
        // Reset only what the previous scan touched: the state vector is large
        // and most scans touch a few dozen slots.
        for &i in &st.touched {
            if let Some(v) = st.state.get_mut(i as usize) {
                *v = NONE;
            }
        }
        st.touched.clear();
        let need = self.nstate + self.nchain;
        if st.state.len() < need {
            st.state.resize(need, NONE);
        }
        let ScanState {
            state,
            touched,
            fired,
            updates,
        } = st;
        let (scratch, rest) = state.split_at_mut(self.nstate);
        let chain_state = &mut rest[..self.nchain];
        for p in 0..toks.len() {
            let t = toks.text(p);
            fired.clear();
            if self.trie.is_empty() {
                self.lookup_slow(t, p, fired);
            } else {
                self.lookup_trie(t, p, fired);
            }
            if fired.is_empty() {
                continue;
            }
            // Chains first: a completed multi-word alternative fires its slots.
            let mut k = 0;
            while k < fired.len() {
                let (pat, slot, _, _) = fired[k];
                if pat & CHAIN == 0 {
                    k += 1;
                    continue;
                }
                fired.swap_remove(k);
                let Some(c) = self.chains.get((pat & !CHAIN) as usize) else {
                    continue;
                };
                let idx = c.base as usize + slot as usize;
                let ok = slot == 0 || (p > 0 && chain_state[idx - 1] == (p - 1) as u32);
                if ok {
                    chain_state[idx] = p as u32;
                    touched.push((self.nstate + idx) as u32);
                    if slot + 1 == c.len {
                        let start = (p + 1 - c.len as usize) as u32;
                        fired.extend(c.targets.iter().map(|e| (e.pat, e.slot, start, NO_VETO)));
                    }
                }
            }
            // Decide from the state before this token, then apply, so one token
            // never fills two consecutive slots.
            updates.clear();
            for &(pat, slot, start, veto) in fired.iter() {
                let Some(pd) = self.pats.get(pat as usize) else {
                    continue;
                };
                let idx = pd.base as usize + slot as usize;
                let ok = if slot == 0 {
                    !pd.anchored || toks.flags(start as usize) & SENT_START != 0
                } else {
                    let prev = scratch[idx - 1];
                    let gap = self.gaps.get(idx).copied().unwrap_or(0) as u32;
                    prev != NONE && (p as u32) > prev && (p as u32) - prev <= gap + 1
                };
                let vetoed = ok
                    && self.vetoes.get(veto as usize).is_some_and(|v| {
                        let left = if p > 0 { toks.text(p - 1) } else { "" };
                        let right = toks.text(p + 1);
                        v.iter().any(|w| match w.strip_prefix('<') {
                            Some(l) => p > 0 && l == left,
                            None => (p > 0 && **w == *left) || **w == *right,
                        })
                    });
                if ok && !vetoed {
                    updates.push((idx, slot + 1 == pd.len, pd.tag));
                }
            }
            for &(idx, done, tag) in updates.iter() {
                scratch[idx] = p as u32;
                touched.push(idx as u32);
                if done && hit(tag, p) {
                    return;
                }
            }
        }
    }
}

#[cfg(test)]
impl PhraseSet {
    /// Keys with the largest fan-out (for tuning the tables).
    pub fn heaviest(&self, n: usize) -> Vec<(String, usize)> {
        let mut v: Vec<(String, usize)> = self
            .exact
            .iter()
            .map(|(k, e)| (k.to_string(), e.len()))
            .chain(self.prefix.iter().map(|(k, e)| (format!("{k}*"), e.len())))
            .collect();
        v.sort_by_key(|e| std::cmp::Reverse(e.1));
        v.truncate(n);
        v
    }
}
