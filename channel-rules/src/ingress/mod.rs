//! Channel B — the ingress rule engine.
//!
//! An ordered rule engine over channel B's own normalised views (see
//! [`normalise`]): input hygiene first, then tenant phrases, then block rules
//! (structure, phrases in many languages, skeleton keywords, decoded payloads),
//! and only when nothing blocks, the allow rules that name the intent.
//! Every matcher is an `aho-corasick` automaton or a `regex-automata` lazy DFA
//! (see `matcher.rs`): linear in the input, no backtracking.

mod confusables;
mod decode;
mod intents;
mod limits;
mod matcher;
pub mod normalise;
mod rules;
mod signals;
mod skeleton;
mod table_en;
mod table_intl;
mod table_struct;

use aho_corasick::AhoCorasick;
use ipc::channel::{Channel, Outcome};
use ipc::{EvalRequest, Intent, PolicySnapshot, Role};

use intents::IntentRules;
use rules::RuleSet;
use signals::{Sig, Signals};
use skeleton::SkeletonSet;

/// Raw prompts beyond this cannot normalise to under the limit in any
/// realistic way; refusing them early bounds the work per request.
const MAX_RAW_BYTES: usize = 256 * 1024;

/// All compiled, tenant-independent rule tables.
struct Engine {
    /// English phrases (ASCII classes, compiled over bytes).
    phrases: RuleSet,
    /// Phrases in other languages (Unicode classes).
    phrases_intl: RuleSet,
    structure: RuleSet,
    skeleton: SkeletonSet,
    intents: IntentRules,
}

impl Engine {
    fn build() -> Result<Engine, String> {
        Ok(Engine {
            phrases: RuleSet::build(table_en::TABLE, table_en::VOCAB, true)?,
            phrases_intl: RuleSet::build(table_intl::TABLE, table_en::VOCAB, false)?,
            structure: RuleSet::build(table_struct::TABLE, table_en::VOCAB, true)?,
            skeleton: SkeletonSet::build()?,
            intents: IntentRules::build()?,
        })
    }

    /// Block-rule signals of one already-normalised text.
    fn signals_of(&self, v: &normalise::Views) -> Signals {
        let mut s = Signals::default();
        self.structure.scan(&v.base, &mut s);
        self.phrases.scan_windows(&v.flat, &mut s);
        self.phrases_intl.scan_windows(&v.flat, &mut s);
        if let Some(leet) = &v.leet {
            self.phrases.scan_windows(leet, &mut s);
        }
        self.skeleton.scan(&v.skel, &mut s);
        s
    }

    /// Whether a decoded or re-read text carries something the block rules refuse.
    fn blocks_hidden(&self, text: &str) -> bool {
        let v = normalise::views(text);
        signals::verdict(&self.signals_of(&v), false).is_some()
    }

    /// The block reason for the prompt, if any.
    fn block_reason(&self, raw: &str, v: &normalise::Views) -> Option<&'static str> {
        let s = self.signals_of(v);
        let segments = decode::decoded_segments(raw);
        if let Some(reason) = signals::verdict(&s, !segments.is_empty()) {
            return Some(reason);
        }
        if segments.iter().any(|seg| self.blocks_hidden(seg)) {
            return Some("EncodedPayload");
        }
        if s.any(&[Sig::EncodingWord, Sig::DecodeFollow]) {
            // Announced ROT13 or reversed text: read it that way and judge again.
            let mut hidden = Signals::default();
            for text in [decode::rot13(&v.flat), decode::reversed(&v.flat)] {
                self.phrases.scan_windows(&text, &mut hidden);
            }
            if signals::verdict(&hidden, false).is_some() {
                return Some("EncodedPayload");
            }
        }
        None
    }
}

/// One tenant's precompiled policy.
struct TenantRules {
    permitted: Vec<Intent>,
    /// Tenant phrases, normalised like the prompt's flat view.
    phrases: Option<AhoCorasick>,
    /// The same phrases with every separator removed, matched on the skeleton.
    phrase_skeletons: Option<AhoCorasick>,
}

fn phrase_matcher(phrases: &[String]) -> Result<Option<AhoCorasick>, String> {
    if phrases.is_empty() {
        return Ok(None);
    }
    AhoCorasick::new(phrases)
        .map(Some)
        .map_err(|e| format!("blocked phrases: {e}"))
}

impl TenantRules {
    fn compile(t: &ipc::TenantPolicy) -> Result<TenantRules, String> {
        let flat: Vec<String> = t
            .blocked_phrases
            .iter()
            .map(|p| normalise::flat_of(p))
            .filter(|p| !p.is_empty())
            .collect();
        // Very short skeletons would match inside unrelated words.
        let skel: Vec<String> = flat
            .iter()
            .map(|p| normalise::skeleton(p))
            .filter(|p| p.chars().count() >= 6)
            .collect();
        Ok(TenantRules {
            permitted: t.permitted_intents.clone(),
            phrases: phrase_matcher(&flat)?,
            phrase_skeletons: phrase_matcher(&skel)?,
        })
    }

    fn blocks_phrase(&self, v: &normalise::Views) -> bool {
        self.phrases.as_ref().is_some_and(|ac| ac.is_match(&v.flat))
            || self
                .phrase_skeletons
                .as_ref()
                .is_some_and(|ac| ac.is_match(&v.skel))
    }
}

/// Channel B: ingress rule engine.
pub struct ChannelB {
    engine: Option<Engine>,
    tenants: Vec<TenantRules>,
}

impl Default for ChannelB {
    fn default() -> Self {
        Self::new()
    }
}

impl ChannelB {
    /// Compiles the rule tables. A table that fails to compile leaves the
    /// channel blocking everything (fail closed) rather than panicking.
    pub fn new() -> Self {
        ChannelB {
            engine: Engine::build().ok(),
            tenants: Vec::new(),
        }
    }

    /// Judges one prompt for one tenant (the whole ingress pipeline).
    fn judge(&self, tenant: usize, raw: &str) -> Outcome {
        let Some(engine) = &self.engine else {
            return Outcome::block("RuleTablesUnavailable");
        };
        let Some(policy) = self.tenants.get(tenant) else {
            return Outcome::block("UnknownTenant");
        };
        if raw.len() > MAX_RAW_BYTES {
            return Outcome::block("ExceededMaxLength");
        }
        if let Some(reason) = limits::precheck(raw) {
            return Outcome::block(reason);
        }
        let views = normalise::views(raw);
        if views.base.len() > limits::MAX_NORMALISED_BYTES {
            return Outcome::block("ExceededMaxLength");
        }
        if policy.blocks_phrase(&views) {
            return Outcome::block("BlockedPhrase");
        }
        if let Some(reason) = engine.block_reason(raw, &views) {
            return Outcome::block(reason);
        }
        match engine.intents.recognise(&views.flat) {
            None => Outcome::block("NoIntentMatch"),
            Some(intent) if policy.permitted.contains(&intent) => Outcome::pass(Some(intent)),
            Some(intent) => {
                Outcome::block_with_intent(format!("ProhibitedIntent:{}", intent.name()), intent)
            }
        }
    }
}

impl Channel for ChannelB {
    fn role(&self) -> Role {
        Role::ChannelB
    }

    fn load_policy(&mut self, policy: &PolicySnapshot) -> Result<(), String> {
        if self.engine.is_none() {
            return Err("channel B rule tables failed to compile".to_string());
        }
        let tenants = policy
            .tenants
            .iter()
            .map(TenantRules::compile)
            .collect::<Result<Vec<_>, _>>()?;
        self.tenants = tenants;
        Ok(())
    }

    fn evaluate(&mut self, tenant: usize, req: &EvalRequest) -> Outcome {
        self.judge(tenant, &req.prompt)
    }
}

#[cfg(test)]
mod timing {
    use super::*;
    use std::time::Instant;

    /// Per-stage cost breakdown (run with --release --ignored --nocapture).
    #[test]
    #[ignore]
    fn stage_costs() {
        let e = Engine::build().expect("tables");
        let p = "Could you summarise the main arguments for and against a four-day work week as a short bullet list, and recommend two books on the topic that a manager would find useful?";
        let n = 20000u32;
        let v = normalise::views(p);
        let t = Instant::now();
        for _ in 0..n {
            std::hint::black_box(normalise::views(p));
        }
        println!("views {:?}", t.elapsed() / n);
        let mut s = Signals::default();
        let t = Instant::now();
        for _ in 0..n {
            e.structure.scan(&v.base, &mut s);
        }
        println!("structure {:?}", t.elapsed() / n);
        let t = Instant::now();
        for _ in 0..n {
            e.phrases.scan(&v.flat, &mut s);
        }
        println!("phrases {:?}", t.elapsed() / n);
        let t = Instant::now();
        for _ in 0..n {
            e.skeleton.scan(&v.skel, &mut s);
        }
        println!("skeleton {:?}", t.elapsed() / n);
        let t = Instant::now();
        for _ in 0..n {
            std::hint::black_box(decode::decoded_segments(p));
        }
        println!("decode {:?}", t.elapsed() / n);
        let t = Instant::now();
        for _ in 0..n {
            std::hint::black_box(e.intents.recognise(&v.flat));
        }
        println!("intents {:?}", t.elapsed() / n);
    }
}

#[cfg(test)]
mod timing_corpus {
    use super::*;
    use std::time::Instant;

    /// Worst per-stage cost over the lines of `PROBE_FILE` (run with --release --ignored).
    #[test]
    #[ignore]
    fn worst_stage_costs() {
        let Ok(path) = std::env::var("PROBE_FILE") else {
            return;
        };
        let data = std::fs::read_to_string(path).expect("probe file");
        let e = Engine::build().expect("tables");
        let mut worst = [(0u128, 0usize); 6];
        for (n, line) in data.lines().enumerate() {
            let p = line.replace("\\n", "\n");
            let t = Instant::now();
            let v = normalise::views(&p);
            if v.base.len() > limits::MAX_NORMALISED_BYTES {
                continue;
            }
            let costs = {
                let c0 = t.elapsed().as_micros();
                let mut s = Signals::default();
                let t = Instant::now();
                e.structure.scan(&v.base, &mut s);
                let c1 = t.elapsed().as_micros();
                let t = Instant::now();
                e.phrases.scan(&v.flat, &mut s);
                let c2 = t.elapsed().as_micros();
                let t = Instant::now();
                if let Some(l) = &v.leet {
                    e.phrases.scan(l, &mut s);
                }
                let c3 = t.elapsed().as_micros();
                let t = Instant::now();
                let _ = e.intents.recognise(&v.flat);
                let c4 = t.elapsed().as_micros();
                let t = Instant::now();
                let _ = e.block_reason(&p, &v);
                let c5 = t.elapsed().as_micros();
                [c0, c1, c2, c3, c4, c5]
            };
            for (k, c) in costs.iter().enumerate() {
                if *c > worst[k].0 {
                    worst[k] = (*c, n);
                }
            }
        }
        println!("views/structure/phrases/leet/intents/block_reason worst us (line): {worst:?}");
    }
}

#[cfg(test)]
mod timing_bisect {
    use super::*;
    use std::time::Instant;

    /// Which table slice is slow on line `PROBE_LINE` of `PROBE_FILE`.
    #[test]
    #[ignore]
    fn bisect_tables() {
        let (Ok(path), Ok(line)) = (std::env::var("PROBE_FILE"), std::env::var("PROBE_LINE"))
        else {
            return;
        };
        let data = std::fs::read_to_string(path).expect("probe file");
        let n: usize = line.parse().expect("line number");
        let p = data.lines().nth(n).unwrap_or("").replace("\\n", "\n");
        let v = normalise::views(&p);
        let ascii: String = v.flat.chars().filter(char::is_ascii).collect();
        let table = table_en::TABLE;
        let step = 32;
        let mut i = 0;
        while i < table.len() {
            let part = &table[i..(i + step).min(table.len())];
            let rs = RuleSet::build(part, table_en::VOCAB, true).expect("build");
            let mut s = Signals::default();
            let t = Instant::now();
            rs.scan_windows(&v.flat, &mut s);
            let a = t.elapsed().as_micros();
            let t = Instant::now();
            rs.scan_windows(&ascii, &mut s);
            let b = t.elapsed().as_micros();
            println!("en[{i}..]: {a} us (ascii-only {b} us)");
            i += step;
        }
        let rs = RuleSet::build(table_intl::TABLE, table_en::VOCAB, false).expect("build");
        let mut s = Signals::default();
        let t = Instant::now();
        rs.scan_windows(&v.flat, &mut s);
        println!("intl: {} us", t.elapsed().as_micros());
    }
}

#[cfg(test)]
mod probe_patterns {
    use super::*;

    /// Which table entries match each line of `PROBE_FILE` (run with --ignored --nocapture).
    #[test]
    #[ignore]
    fn matching_entries() {
        let Ok(path) = std::env::var("PROBE_FILE") else {
            return;
        };
        let data = std::fs::read_to_string(path).expect("probe file");
        type Table = &'static [(Sig, &'static str)];
        let tables: [(&str, Table, bool); 3] = [
            ("en", table_en::TABLE, true),
            ("intl", table_intl::TABLE, false),
            ("struct", table_struct::TABLE, true),
        ];
        let sets: Vec<(&str, usize, Sig, &str, RuleSet)> = tables
            .iter()
            .flat_map(|(name, t, bytes)| {
                t.iter().enumerate().map(move |(i, e)| {
                    let rs = RuleSet::build(std::slice::from_ref(e), table_en::VOCAB, *bytes)
                        .expect("entry builds");
                    (*name, i, e.0, e.1, rs)
                })
            })
            .collect();
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let v = normalise::views(&line.replace("\\n", "\n"));
            println!("== {line}\n   flat: {}", v.flat);
            for (name, i, sig, pat, rs) in &sets {
                let mut s = Signals::default();
                if *name == "struct" {
                    rs.scan(&v.base, &mut s);
                } else {
                    rs.scan_windows(&v.flat, &mut s);
                    if let Some(l) = &v.leet {
                        rs.scan_windows(l, &mut s);
                    }
                }
                if s != Signals::default() {
                    let short: String = pat.chars().take(150).collect();
                    println!("   {name}[{i}] {sig:?} {short}");
                }
            }
        }
    }
}
