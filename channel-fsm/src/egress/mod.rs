//! Channel E — egress PII and system-prompt leakage, by character-class
//! state machine and validators (the other egress channel, F, uses entropy
//! and rule tables; the two must fail differently).
//!
//! Order of checks: request shape, tenant protected strings, system-prompt
//! copies, then one pass over the response for PII. A kind the tenant does
//! not list in `block_pii` is let through.

mod cards;
mod context;
mod email;
mod fold;
mod iban;
mod ipv4;
mod ipv6;
mod leak;
mod numrun;
mod phone_intl;
mod phone_us;
mod protected;
mod scanner;
mod secret;
mod ssn;

use ipc::channel::{Channel, Outcome};
use ipc::{EvalRequest, PolicySnapshot, Role, TenantPolicy};

use leak::ShingleSet;
use protected::Protected;
use scanner::{Kinds, Scanner};

/// Largest response judged (256 KiB); longer ones block.
pub const MAX_RESPONSE: usize = 256 * 1024;

/// Validators exposed for tests and benches outside the crate.
pub mod validate {
    pub use super::cards::{is_card, issuer_ok, luhn_valid};
    pub use super::iban::mod97_valid;
    pub use super::ssn::valid_digits as ssn_valid;
}

/// What one tenant's egress policy compiles to.
struct TenantRules {
    kinds: Kinds,
    prompt_leaks: bool,
    protected: Protected,
    /// Shingles of protected strings long enough for fuzzy matching.
    protected_shingles: ShingleSet,
}

impl TenantRules {
    fn compile(t: &TenantPolicy) -> Result<TenantRules, String> {
        let mut protected_shingles = ShingleSet::default();
        let mut scratch = Vec::new();
        for s in &t.protected_strings {
            leak::add_reference(s, &mut protected_shingles, &mut scratch);
        }
        Ok(TenantRules {
            kinds: Kinds::from_list(&t.egress.block_pii),
            prompt_leaks: t.egress.block_prompt_leaks,
            protected: Protected::new(&t.protected_strings)
                .map_err(|e| format!("tenant {}: {e}", t.id))?,
            protected_shingles,
        })
    }
}

/// Channel E. Holds the compiled tenants and reusable scratch buffers.
#[derive(Default)]
pub struct ChannelE {
    tenants: Vec<TenantRules>,
    scanner: Scanner,
    words: Vec<u64>,
    caps: Vec<bool>,
    scratch: Vec<u64>,
    covered: Vec<bool>,
    prompt_set: ShingleSet,
}

impl ChannelE {
    pub fn new() -> Self {
        ChannelE::default()
    }

    fn judge(&mut self, rules_idx: usize, req: &EvalRequest) -> Outcome {
        let Some(response) = req.response.as_deref() else {
            return Outcome::block("MalformedInput");
        };
        if response.len() > MAX_RESPONSE {
            return Outcome::block("ExceededMaxLength");
        }
        // Terminal escapes and other control characters in a response can drive
        // the user's terminal or hide text: never pass them through.
        if response
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        {
            return Outcome::block("MalformedInput");
        }
        let Some(rules) = self.tenants.get(rules_idx) else {
            return Outcome::block("UnknownTenant");
        };
        let text = fold::fold(response);

        if !rules.protected.is_empty() && rules.protected.found_in(&protected::normalise(&text)) {
            return Outcome::block("ProtectedStringLeak");
        }
        let prompt = req
            .system_prompt
            .as_deref()
            .filter(|s| rules.prompt_leaks && !s.trim().is_empty());
        if !rules.protected_shingles.is_empty() || prompt.is_some() {
            leak::words(&text, &mut self.words, &mut self.caps);
        }
        if !rules.protected_shingles.is_empty()
            && leak::copies(&rules.protected_shingles, &self.words, &mut self.covered)
        {
            return Outcome::block("ProtectedStringLeak");
        }
        if let Some(sp) = prompt {
            self.prompt_set.clear();
            leak::add_reference(&fold::fold(sp), &mut self.prompt_set, &mut self.scratch);
            if leak::copies(&self.prompt_set, &self.words, &mut self.covered)
                || secret::repeated(&secret::extract(&fold::fold(sp)), &self.words, &self.caps)
            {
                return Outcome::block("SystemPromptLeak");
            }
        }
        match self.scanner.first(&text, rules.kinds) {
            Some(kind) => Outcome::block(kind.reason()),
            None => Outcome::pass(None),
        }
    }
}

impl Channel for ChannelE {
    fn role(&self) -> Role {
        Role::ChannelE
    }

    fn load_policy(&mut self, policy: &PolicySnapshot) -> Result<(), String> {
        // Compile everything first: on error the previous policy stays.
        let compiled = policy
            .tenants
            .iter()
            .map(TenantRules::compile)
            .collect::<Result<Vec<_>, _>>()?;
        self.tenants = compiled;
        Ok(())
    }

    fn evaluate(&mut self, tenant: usize, req: &EvalRequest) -> Outcome {
        self.judge(tenant, req)
    }
}
