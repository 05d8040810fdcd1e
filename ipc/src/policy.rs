//! The policy snapshot: what every channel needs to know about tenants.
//!
//! The supervisor parses and validates tenant files; channels only ever see this
//! already-valid, serialisable form, pushed to them as `ToChannel::Policy`.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

use crate::wire::Intent;

/// A full policy: every tenant, under one generation number.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct PolicySnapshot {
    pub generation: u64,
    pub tenants: Vec<TenantPolicy>,
}

impl PolicySnapshot {
    /// The built-in general-assistant policy: one tenant, `default`.
    pub fn builtin(generation: u64) -> PolicySnapshot {
        PolicySnapshot {
            generation,
            tenants: vec![TenantPolicy::builtin("default")],
        }
    }
}

/// What one tenant permits.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct TenantPolicy {
    pub id: String,
    /// Intents this tenant allows; anything else is `ProhibitedIntent:<name>`.
    pub permitted_intents: Vec<Intent>,
    /// Extra phrases (case-insensitive) that block an ingress prompt.
    pub blocked_phrases: Vec<String>,
    /// Strings that must never appear in a response (in addition to the request's
    /// `system_prompt`).
    pub protected_strings: Vec<String>,
    pub egress: EgressPolicy,
}

impl TenantPolicy {
    /// Everything permitted that the general-assistant default permits.
    pub fn builtin(id: &str) -> TenantPolicy {
        TenantPolicy {
            id: id.to_string(),
            permitted_intents: Intent::ALL.to_vec(),
            blocked_phrases: Vec::new(),
            protected_strings: Vec::new(),
            egress: EgressPolicy::default(),
        }
    }

    pub fn permits(&self, intent: Intent) -> bool {
        self.permitted_intents.contains(&intent)
    }
}

/// Egress settings of one tenant.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct EgressPolicy {
    /// PII kinds that block a response (default: all).
    pub block_pii: Vec<PiiKind>,
    /// Whether secret formats and high-entropy blobs block (default: true).
    pub block_secrets: bool,
    /// Whether system-prompt / framing leaks block (default: true).
    pub block_prompt_leaks: bool,
}

impl Default for EgressPolicy {
    fn default() -> Self {
        EgressPolicy {
            block_pii: PiiKind::ALL.to_vec(),
            block_secrets: true,
            block_prompt_leaks: true,
        }
    }
}

impl EgressPolicy {
    pub fn blocks(&self, kind: PiiKind) -> bool {
        self.block_pii.contains(&kind)
    }
}

/// The personal-data kinds egress channel E recognises.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PiiKind {
    CreditCard,
    Ssn,
    Email,
    PhoneUs,
    PhoneIntl,
    Ipv4,
    Ipv6,
    Iban,
}

impl PiiKind {
    pub const ALL: &'static [PiiKind] = &[
        PiiKind::CreditCard,
        PiiKind::Ssn,
        PiiKind::Email,
        PiiKind::PhoneUs,
        PiiKind::PhoneIntl,
        PiiKind::Ipv4,
        PiiKind::Ipv6,
        PiiKind::Iban,
    ];

    /// Name used in tenant files (`block_pii = ["credit_card", …]`).
    pub fn name(self) -> &'static str {
        match self {
            PiiKind::CreditCard => "credit_card",
            PiiKind::Ssn => "ssn",
            PiiKind::Email => "email",
            PiiKind::PhoneUs => "phone_us",
            PiiKind::PhoneIntl => "phone_intl",
            PiiKind::Ipv4 => "ipv4",
            PiiKind::Ipv6 => "ipv6",
            PiiKind::Iban => "iban",
        }
    }

    /// The block reason a response carrying this kind gets.
    pub fn reason(self) -> &'static str {
        match self {
            PiiKind::CreditCard => "PiiCreditCard",
            PiiKind::Ssn => "PiiSsn",
            PiiKind::Email => "PiiEmail",
            PiiKind::PhoneUs => "PiiPhoneUs",
            PiiKind::PhoneIntl => "PiiPhoneIntl",
            PiiKind::Ipv4 => "PiiIpv4",
            PiiKind::Ipv6 => "PiiIpv6",
            PiiKind::Iban => "PiiIban",
        }
    }
}

impl fmt::Display for PiiKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Error for a name that is not a PII kind.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown PII kind {0:?} (known: credit_card, ssn, email, phone_us, phone_intl, ipv4, ipv6, iban)")]
pub struct UnknownPiiKind(pub String);

impl FromStr for PiiKind {
    type Err = UnknownPiiKind;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PiiKind::ALL
            .iter()
            .copied()
            .find(|k| k.name() == s)
            .ok_or_else(|| UnknownPiiKind(s.to_string()))
    }
}
