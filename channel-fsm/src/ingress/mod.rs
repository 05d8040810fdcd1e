//! Channel A — ingress intent FSM.
//!
//! Technique (deliberately unlike channel B's rule engine): an own normaliser
//! produces a structural view; a tokeniser turns it into word tokens (CJK by
//! dictionary segmentation); bounded-gap phrase automata walk the token stream
//! (and its folded, reversed and ROT13 views) to find forbidden constructions;
//! then an intent automaton reads sentence structure (leading question words,
//! imperative verbs after courtesy words) to name one of the 19 intents.

mod encoded;
mod engine;
mod fsm;
mod harm;
mod harm_model;
mod intent_table;
mod lexicon;
mod lexicon_ml;
mod lexicon_plain;
mod lexicon_s3;
mod lexicon_s4;
mod markers;
pub mod normalise;
mod screen;
mod tokens;

use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use ipc::channel::{Channel, Outcome};
use ipc::{EvalRequest, Intent, PolicySnapshot, Role, TenantPolicy};

pub use engine::Verdict;
pub use normalise::{normalise, Normalised};

/// Per-tenant compiled policy.
struct Tenant {
    permitted: Vec<Intent>,
    blocked: Option<AhoCorasick>,
}

impl Tenant {
    fn compile(t: &TenantPolicy) -> Result<Tenant, String> {
        let phrases: Vec<String> = t
            .blocked_phrases
            .iter()
            .map(|p| normalise(p).text)
            .filter(|p| !p.trim().is_empty())
            .collect();
        let blocked = if phrases.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostFirst)
                    .build(&phrases)
                    .map_err(|e| format!("tenant {}: blocked_phrases: {e}", t.id))?,
            )
        };
        Ok(Tenant {
            permitted: t.permitted_intents.clone(),
            blocked,
        })
    }
}

/// Channel A. Until a policy is loaded every evaluation blocks.
pub struct ChannelA {
    engine: Option<Arc<engine::Engine>>,
    tenants: Vec<Tenant>,
    scratch: engine::Scratch,
}

impl Default for ChannelA {
    fn default() -> Self {
        ChannelA::new()
    }
}

impl ChannelA {
    pub fn new() -> Self {
        ChannelA {
            // A table error leaves the engine out: every evaluation then blocks.
            engine: engine::Engine::new().ok().map(Arc::new),
            tenants: Vec::new(),
            scratch: engine::Scratch::default(),
        }
    }

    /// The verdict for one prompt under the default (all-intents) policy,
    /// without tenant narrowing. For tests and tools.
    pub fn judge(&mut self, prompt: &str) -> Verdict {
        match &self.engine {
            Some(e) => e.judge(prompt, &mut self.scratch, None),
            None => Verdict::Block("ChannelUnavailable".into()),
        }
    }

    /// The harm scorer's features of a prompt's plain token view, one name
    /// per occurrence (for the trainer, which must see exactly what the
    /// runtime sees).
    pub fn harm_features(&self, prompt: &str) -> Vec<String> {
        struct Names(Vec<String>);
        impl harm::Sink for Names {
            fn feature(&mut self, kind: u8, a: (&str, u64), b: Option<(&str, u64)>) {
                self.0.push(harm::name(kind, a.0, b.map(|b| b.0)));
            }
        }
        let Some(e) = &self.engine else {
            return Vec::new();
        };
        let toks = e.tokenise(&normalise(prompt).text);
        let mut names = Names(Vec::new());
        e.harm_features(&toks, &mut names);
        names.0
    }

    /// The harm score of a prompt (thousandths of a logit) and whether it
    /// blocks; `None` without an engine or outside the scorer's scope. For
    /// tests and tools.
    pub fn harm_score(&mut self, prompt: &str) -> Option<(i32, bool)> {
        let e = self.engine.as_ref()?;
        let toks = e.tokenise(&normalise(prompt).text);
        let s = e.harm_score(&toks, &mut self.scratch)?;
        Some((s, harm::HarmModel::blocks(s)))
    }

    /// The harm model's feature table (name, weight in thousandths), for
    /// audit tools.
    pub fn harm_weights() -> &'static [(&'static str, i32)] {
        harm_model::WEIGHTS
    }

    /// Whether the scorer looks at this prompt at all (its length in tokens).
    pub fn harm_scored(&self, prompt: &str) -> bool {
        self.engine
            .as_ref()
            .is_some_and(|e| e.tokenise(&normalise(prompt).text).len() <= harm::MAX_TOKENS)
    }

    /// Builds the engine and reports a table error (for tests).
    pub fn check_tables() -> Result<(), String> {
        engine::Engine::new().map(|_| ())
    }
}

impl Channel for ChannelA {
    fn role(&self) -> Role {
        Role::ChannelA
    }

    fn load_policy(&mut self, policy: &PolicySnapshot) -> Result<(), String> {
        if self.engine.is_none() {
            self.engine = Some(Arc::new(engine::Engine::new()?));
        }
        let tenants = policy
            .tenants
            .iter()
            .map(Tenant::compile)
            .collect::<Result<Vec<_>, _>>()?;
        self.tenants = tenants;
        Ok(())
    }

    fn evaluate(&mut self, tenant: usize, req: &EvalRequest) -> Outcome {
        let Some(engine) = &self.engine else {
            return Outcome::block("ChannelUnavailable");
        };
        let Some(t) = self.tenants.get(tenant) else {
            return Outcome::block("UnknownTenant");
        };
        let blocked = t
            .blocked
            .as_ref()
            .map(|ac| move |text: &str| ac.is_match(text));
        let verdict = match &blocked {
            Some(f) => engine.judge(&req.prompt, &mut self.scratch, Some(f)),
            None => engine.judge(&req.prompt, &mut self.scratch, None),
        };
        match verdict {
            Verdict::Block(r) => Outcome::block(r),
            Verdict::NoIntent => Outcome::block("NoIntentMatch"),
            Verdict::Intent(i) if t.permitted.contains(&i) => Outcome::pass(Some(i)),
            Verdict::Intent(i) => {
                Outcome::block_with_intent(format!("ProhibitedIntent:{}", i.name()), i)
            }
        }
    }
}
