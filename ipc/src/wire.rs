//! Message types on the internal sockets.
//!
//! postcard is not self-describing: enum variants are encoded by index, so new
//! variants are only ever appended, and no `skip_serializing_if`, `flatten` or
//! `untagged` is used anywhere here. [`PROTO_VERSION`] is exchanged in `Hello`.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

use crate::policy::PolicySnapshot;

/// Bumped whenever a message changes shape; a child whose `Hello` carries another
/// version is refused by the supervisor.
pub const PROTO_VERSION: u32 = 1;

/// Which child process this is.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    ChannelA,
    ChannelB,
    ChannelE,
    ChannelF,
    Audit,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Audit,
        Role::ChannelA,
        Role::ChannelB,
        Role::ChannelE,
        Role::ChannelF,
    ];

    /// The name used on the command line (`child channel-a`) and in `status`.
    pub fn name(self) -> &'static str {
        match self {
            Role::ChannelA => "channel-a",
            Role::ChannelB => "channel-b",
            Role::ChannelE => "channel-e",
            Role::ChannelF => "channel-f",
            Role::Audit => "audit",
        }
    }

    /// The process name shown by `ps`/`top` (at most 15 bytes).
    pub fn process_name(self) -> &'static str {
        match self {
            Role::ChannelA => "pg-chan-a",
            Role::ChannelB => "pg-chan-b",
            Role::ChannelE => "pg-chan-e",
            Role::ChannelF => "pg-chan-f",
            Role::Audit => "pg-audit",
        }
    }

    /// The letter that names a channel in client responses.
    pub fn letter(self) -> Option<&'static str> {
        match self {
            Role::ChannelA => Some("A"),
            Role::ChannelB => Some("B"),
            Role::ChannelE => Some("E"),
            Role::ChannelF => Some("F"),
            Role::Audit => None,
        }
    }

    pub fn from_name(name: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.name() == name)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Which question is asked: may the prompt go in, or may the response go out.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    Ingress,
    Egress,
}

impl Direction {
    pub fn name(self) -> &'static str {
        match self {
            Direction::Ingress => "ingress",
            Direction::Egress => "egress",
        }
    }
}

macro_rules! intents {
    ($($name:ident),* $(,)?) => {
        /// The intents an ingress channel can recognise. Tenant files refer to them by name.
        #[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Intent { $($name),* }

        impl Intent {
            pub const ALL: &'static [Intent] = &[$(Intent::$name),*];

            pub fn name(self) -> &'static str {
                match self { $(Intent::$name => stringify!($name)),* }
            }
        }
    };
}

intents!(
    QuestionFactual,
    QuestionCausal,
    QuestionComparative,
    QuestionAdvice,
    TaskCodeGeneration,
    TaskCodeExplanation,
    TaskTextSummarisation,
    TaskTranslation,
    TaskWriting,
    TaskRewriting,
    TaskMath,
    TaskDataExtraction,
    StructuredOutput,
    Recommendation,
    ControlledCreative,
    AgenticToolUse,
    SystemMetaQuery,
    ConversationalGreeting,
    ConversationalAcknowledgement,
);

impl fmt::Display for Intent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Error for a name that is not an intent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown intent {0:?}")]
pub struct UnknownIntent(pub String);

impl FromStr for Intent {
    type Err = UnknownIntent;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Intent::ALL
            .iter()
            .copied()
            .find(|i| i.name() == s)
            .ok_or_else(|| UnknownIntent(s.to_string()))
    }
}

/// One channel's answer.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Decision {
    Pass,
    Block,
    /// The channel could not judge (deadline, crash, internal error): never a pass.
    Fault,
}

impl Decision {
    pub fn name(self) -> &'static str {
        match self {
            Decision::Pass => "pass",
            Decision::Block => "block",
            Decision::Fault => "fault",
        }
    }
}

/// A question for a channel process.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct EvalRequest {
    /// Supervisor-assigned, unique per child connection; echoed in the verdict.
    pub id: u64,
    /// The policy generation the supervisor judged this request under; a channel
    /// holding another generation answers `Fault` rather than judge under the wrong one.
    pub generation: u64,
    /// Index of the tenant in the current [`PolicySnapshot::tenants`].
    pub tenant: u32,
    pub prompt: String,
    /// Egress only: the model's response to check.
    pub response: Option<String>,
    /// Egress only: text the tenant wants protected from leaking.
    pub system_prompt: Option<String>,
}

impl EvalRequest {
    /// An ingress request (a prompt, no response) with id 1: what tests,
    /// benchmarks and tools build to call a channel in-process.
    pub fn ingress(generation: u64, tenant: u32, prompt: impl Into<String>) -> EvalRequest {
        EvalRequest {
            id: 1,
            generation,
            tenant,
            prompt: prompt.into(),
            response: None,
            system_prompt: None,
        }
    }
}

/// A channel's answer to one [`EvalRequest`].
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct ChannelVerdict {
    pub id: u64,
    pub decision: Decision,
    pub intent: Option<Intent>,
    pub reason: Option<String>,
    /// Evaluation time inside the child, microseconds.
    pub us: u32,
}

/// Health counters a child reports with every pong.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ChildStats {
    pub evaluated: u64,
    pub faults: u64,
    pub p50_us: u32,
    pub p99_us: u32,
    pub rss_kib: u64,
}

/// Supervisor → channel process.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub enum ToChannel {
    Ping {
        nonce: u64,
    },
    /// Replace the policy. Applied in order with evaluations: every request sent
    /// after this frame is judged under it.
    Policy(PolicySnapshot),
    Evaluate(EvalRequest),
    /// Finish what is queued, then exit 0.
    Shutdown,
}

/// Borrowing twin of [`ToChannel`] for the supervisor's hot path: encodes to the
/// very same bytes without copying the prompt (variant order must match).
#[derive(Serialize, Debug)]
pub enum ToChannelRef<'a> {
    Ping { nonce: u64 },
    Policy(&'a PolicySnapshot),
    Evaluate(EvalRequestRef<'a>),
    Shutdown,
}

/// Borrowing twin of [`EvalRequest`] (field order must match).
#[derive(Serialize, Debug)]
pub struct EvalRequestRef<'a> {
    pub id: u64,
    pub generation: u64,
    pub tenant: u32,
    pub prompt: &'a str,
    pub response: Option<&'a str>,
    pub system_prompt: Option<&'a str>,
}

/// Channel process → supervisor.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub enum FromChannel {
    Hello { proto: u32, role: Role, pid: u32 },
    Pong { nonce: u64, stats: ChildStats },
    Verdict(ChannelVerdict),
    PolicyLoaded { generation: u64 },
    PolicyRejected { generation: u64, error: String },
}

/// What an audit record is about.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RecordKind {
    // Verdicts (the client-visible `kind`).
    Pass,
    Block,
    DiagnosticAgreement,
    DiagnosticDisagreement,
    // Security events.
    ControlRefused,
    Reload,
    ReloadRejected,
    ChainRecovered,
    KeyRotated,
    ChildRestarted,
    ConnectionRefused,
    ServiceStarted,
    ServiceStopped,
}

impl RecordKind {
    pub const ALL: &'static [RecordKind] = &[
        RecordKind::Pass,
        RecordKind::Block,
        RecordKind::DiagnosticAgreement,
        RecordKind::DiagnosticDisagreement,
        RecordKind::ControlRefused,
        RecordKind::Reload,
        RecordKind::ReloadRejected,
        RecordKind::ChainRecovered,
        RecordKind::KeyRotated,
        RecordKind::ChildRestarted,
        RecordKind::ConnectionRefused,
        RecordKind::ServiceStarted,
        RecordKind::ServiceStopped,
    ];

    pub fn name(self) -> &'static str {
        match self {
            RecordKind::Pass => "Pass",
            RecordKind::Block => "Block",
            RecordKind::DiagnosticAgreement => "DiagnosticAgreement",
            RecordKind::DiagnosticDisagreement => "DiagnosticDisagreement",
            RecordKind::ControlRefused => "ControlRefused",
            RecordKind::Reload => "Reload",
            RecordKind::ReloadRejected => "ReloadRejected",
            RecordKind::ChainRecovered => "ChainRecovered",
            RecordKind::KeyRotated => "KeyRotated",
            RecordKind::ChildRestarted => "ChildRestarted",
            RecordKind::ConnectionRefused => "ConnectionRefused",
            RecordKind::ServiceStarted => "ServiceStarted",
            RecordKind::ServiceStopped => "ServiceStopped",
        }
    }

    pub fn from_name(s: &str) -> Option<RecordKind> {
        RecordKind::ALL.iter().copied().find(|k| k.name() == s)
    }

    /// True for the four verdict kinds.
    pub fn is_verdict(self) -> bool {
        matches!(
            self,
            RecordKind::Pass
                | RecordKind::Block
                | RecordKind::DiagnosticAgreement
                | RecordKind::DiagnosticDisagreement
        )
    }
}

/// One channel's part in a verdict, as recorded.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct ChannelOutcome {
    pub role: Role,
    pub decision: Decision,
    pub intent: Option<Intent>,
    pub reason: Option<String>,
    pub us: u32,
}

/// Everything the supervisor knows about one audited event. The audit process
/// adds `seq`, `prev`, `key_id` and `mac`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct AuditEntry {
    /// Milliseconds since the Unix epoch when the verdict was decided.
    pub ts_ms: u64,
    pub kind: RecordKind,
    pub tenant: Option<String>,
    pub direction: Option<Direction>,
    pub is_pass: bool,
    pub reason: Option<String>,
    pub intent: Option<Intent>,
    pub channels: Vec<ChannelOutcome>,
    pub input_sha256: Option<[u8; 32]>,
    pub input_len: u64,
    pub policy_generation: u64,
    /// Raw input, only when the tenant sets `audit_store_text`.
    pub text: Option<String>,
    /// Free-form detail for security events (peer uid, restarted child, …).
    pub detail: Option<String>,
}

impl AuditEntry {
    /// A security event (a restart, a refused control request, a key rotation,
    /// a recovered chain…): about no input, never a pass, stamped now.
    pub fn event(
        kind: RecordKind,
        tenant: Option<String>,
        reason: Option<String>,
        policy_generation: u64,
        detail: String,
    ) -> AuditEntry {
        AuditEntry {
            ts_ms: now_ms(),
            kind,
            tenant,
            direction: None,
            is_pass: false,
            reason,
            intent: None,
            channels: Vec::new(),
            input_sha256: None,
            input_len: 0,
            policy_generation,
            text: None,
            detail: Some(detail),
        }
    }
}

/// Milliseconds since the Unix epoch (0 if the clock is set before it): the
/// time stamp of audit records.
pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

/// Supervisor → audit process.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub enum ToAudit {
    Ping {
        nonce: u64,
    },
    /// Records to append, in order. `first_cid` is the supervisor's correlation
    /// number of the first entry; the rest follow consecutively.
    Append {
        first_cid: u64,
        entries: Vec<AuditEntry>,
    },
    /// Flush, fsync, then exit 0.
    Shutdown,
}

/// Audit process → supervisor.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub enum FromAudit {
    /// `last_seq` is the highest seq on disk after recovery (0 for an empty log).
    Hello {
        proto: u32,
        role: Role,
        pid: u32,
        last_seq: u64,
    },
    Pong {
        nonce: u64,
        stats: ChildStats,
    },
    /// Entries `first_cid..=last_cid` are durable (written and fdatasync'd) with
    /// consecutive seqs starting at `first_seq`.
    Committed {
        first_cid: u64,
        last_cid: u64,
        first_seq: u64,
    },
    /// Entries `first_cid..=last_cid` could not be made durable.
    Failed {
        first_cid: u64,
        last_cid: u64,
        error: String,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn borrowed_request_encodes_like_the_owned_one() {
        let owned = ToChannel::Evaluate(EvalRequest {
            id: 9,
            generation: 4,
            tenant: 2,
            prompt: "p".into(),
            response: Some("r".into()),
            system_prompt: None,
        });
        let borrowed = ToChannelRef::Evaluate(EvalRequestRef {
            id: 9,
            generation: 4,
            tenant: 2,
            prompt: "p",
            response: Some("r"),
            system_prompt: None,
        });
        assert_eq!(
            postcard::to_stdvec(&owned).unwrap(),
            postcard::to_stdvec(&borrowed).unwrap()
        );
        let snap = PolicySnapshot::builtin(1);
        assert_eq!(
            postcard::to_stdvec(&ToChannel::Policy(snap.clone())).unwrap(),
            postcard::to_stdvec(&ToChannelRef::Policy(&snap)).unwrap()
        );
        assert_eq!(
            postcard::to_stdvec(&ToChannel::Shutdown).unwrap(),
            postcard::to_stdvec(&ToChannelRef::Shutdown).unwrap()
        );
    }

    #[test]
    fn intent_names_round_trip() {
        for i in Intent::ALL {
            assert_eq!(i.name().parse::<Intent>(), Ok(*i));
        }
        assert!("questionfactual".parse::<Intent>().is_err());
        assert_eq!(Intent::ALL.len(), 19);
    }

    #[test]
    fn role_names_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::from_name(r.name()), Some(r));
            assert!(r.process_name().len() <= 15);
        }
    }

    #[test]
    fn record_kind_names_round_trip() {
        for k in RecordKind::ALL {
            assert_eq!(RecordKind::from_name(k.name()), Some(*k));
        }
    }
}
