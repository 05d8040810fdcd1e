//! 1oo2D ("one out of two with diagnostics"): either channel can block, a pass
//! needs both, and any fault or missing answer blocks with a reason naming it.

use ipc::{ChannelVerdict, Decision, Direction, Intent, Role};

/// One channel's part in the vote: its verdict, or `None` when it never answered
/// (deadline passed, process down, crashed mid-request).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub role: Role,
    pub verdict: Option<ChannelVerdict>,
    /// Why there is no verdict (e.g. `ChannelTimeout`, `ChannelDown`), when `verdict` is None.
    pub missing: Option<&'static str>,
}

/// The client-visible verdict kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerdictKind {
    Pass,
    Block,
    DiagnosticAgreement,
    DiagnosticDisagreement,
}

impl VerdictKind {
    pub fn name(self) -> &'static str {
        match self {
            VerdictKind::Pass => "Pass",
            VerdictKind::Block => "Block",
            VerdictKind::DiagnosticAgreement => "DiagnosticAgreement",
            VerdictKind::DiagnosticDisagreement => "DiagnosticDisagreement",
        }
    }
}

/// The outcome of the vote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vote {
    pub kind: VerdictKind,
    pub is_pass: bool,
    pub reason: Option<String>,
    pub intent: Option<Intent>,
}

fn effective(a: &Answer) -> Decision {
    a.verdict.as_ref().map_or(Decision::Fault, |v| v.decision)
}

fn fault_reason(a: &Answer) -> String {
    let letter = a.role.letter().unwrap_or("?");
    match &a.verdict {
        Some(v) => format!(
            "ChannelFault:{letter}:{}",
            v.reason.as_deref().unwrap_or("Unknown")
        ),
        None => format!("ChannelFault:{letter}:{}", a.missing.unwrap_or("NoAnswer")),
    }
}

fn block_reason(a: &Answer) -> Option<String> {
    a.verdict.as_ref().and_then(|v| v.reason.clone())
}

/// Applies 1oo2D to the answers of channels `x` (A or E) and `y` (B or F).
///
/// `pass_on_agreement` is the tenant's `on_diagnostic_agreement` (both pass with
/// different intents). Egress channels look for different leak kinds, so on
/// egress one Block is a plain `Block` ("any Block blocks"), not a disagreement.
pub fn decide(direction: Direction, x: &Answer, y: &Answer, pass_on_agreement: bool) -> Vote {
    let (dx, dy) = (effective(x), effective(y));
    if dx == Decision::Fault || dy == Decision::Fault {
        let reason = match (dx, dy) {
            (Decision::Fault, Decision::Fault) => {
                format!("{};{}", fault_reason(x), fault_reason(y))
            }
            (Decision::Fault, _) => fault_reason(x),
            _ => fault_reason(y),
        };
        return Vote {
            kind: VerdictKind::Block,
            is_pass: false,
            reason: Some(reason),
            intent: None,
        };
    }
    let ix = x.verdict.as_ref().and_then(|v| v.intent);
    let iy = y.verdict.as_ref().and_then(|v| v.intent);
    match (dx, dy) {
        (Decision::Pass, Decision::Pass) if ix == iy => Vote {
            kind: VerdictKind::Pass,
            is_pass: true,
            reason: None,
            intent: ix,
        },
        (Decision::Pass, Decision::Pass) => Vote {
            kind: VerdictKind::DiagnosticAgreement,
            is_pass: pass_on_agreement,
            reason: if pass_on_agreement {
                None
            } else {
                Some("DiagnosticAgreementBlocked".to_string())
            },
            intent: ix.or(iy),
        },
        (Decision::Block, Decision::Block) => Vote {
            kind: VerdictKind::Block,
            is_pass: false,
            reason: block_reason(x).or_else(|| block_reason(y)),
            intent: ix.or(iy),
        },
        _ => {
            let blocker = if dx == Decision::Block { x } else { y };
            Vote {
                kind: match direction {
                    Direction::Ingress => VerdictKind::DiagnosticDisagreement,
                    Direction::Egress => VerdictKind::Block,
                },
                is_pass: false,
                reason: block_reason(blocker),
                intent: ix.or(iy),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ans(role: Role, d: Decision, intent: Option<Intent>, reason: Option<&str>) -> Answer {
        Answer {
            role,
            verdict: Some(ChannelVerdict {
                id: 1,
                decision: d,
                intent,
                reason: reason.map(str::to_string),
                us: 5,
            }),
            missing: None,
        }
    }
    fn none(role: Role) -> Answer {
        Answer {
            role,
            verdict: None,
            missing: Some("ChannelTimeout"),
        }
    }
    const Q: Option<Intent> = Some(Intent::QuestionFactual);
    const M: Option<Intent> = Some(Intent::TaskMath);
    use Decision::*;
    use Role::{ChannelA as A, ChannelB as B, ChannelE as E, ChannelF as F};

    #[test]
    fn the_table() {
        let ing = Direction::Ingress;
        let v = decide(ing, &ans(A, Pass, Q, None), &ans(B, Pass, Q, None), true);
        assert_eq!((v.kind, v.is_pass, v.intent), (VerdictKind::Pass, true, Q));

        let v = decide(ing, &ans(A, Pass, Q, None), &ans(B, Pass, M, None), true);
        assert_eq!(
            (v.kind, v.is_pass),
            (VerdictKind::DiagnosticAgreement, true)
        );
        let v = decide(ing, &ans(A, Pass, Q, None), &ans(B, Pass, M, None), false);
        assert_eq!(
            (v.kind, v.is_pass),
            (VerdictKind::DiagnosticAgreement, false)
        );

        let v = decide(
            ing,
            &ans(A, Pass, Q, None),
            &ans(B, Block, None, Some("Jailbreak")),
            true,
        );
        assert_eq!(
            (v.kind, v.is_pass, v.reason.as_deref()),
            (
                VerdictKind::DiagnosticDisagreement,
                false,
                Some("Jailbreak")
            )
        );
        let v = decide(
            ing,
            &ans(A, Block, None, Some("Jailbreak")),
            &ans(B, Pass, Q, None),
            true,
        );
        assert_eq!(v.kind, VerdictKind::DiagnosticDisagreement);
        assert!(!v.is_pass);

        let v = decide(
            ing,
            &ans(A, Block, None, Some("X")),
            &ans(B, Block, None, Some("Y")),
            true,
        );
        assert_eq!(
            (v.kind, v.is_pass, v.reason.as_deref()),
            (VerdictKind::Block, false, Some("X"))
        );
    }

    #[test]
    fn faults_and_silence_block_and_name_the_channel() {
        let ing = Direction::Ingress;
        let v = decide(ing, &none(A), &ans(B, Pass, Q, None), true);
        assert_eq!((v.kind, v.is_pass), (VerdictKind::Block, false));
        assert_eq!(v.reason.as_deref(), Some("ChannelFault:A:ChannelTimeout"));

        let v = decide(
            ing,
            &ans(A, Pass, Q, None),
            &ans(B, Fault, None, Some("ChannelPanic")),
            true,
        );
        assert_eq!(v.reason.as_deref(), Some("ChannelFault:B:ChannelPanic"));
        assert!(!v.is_pass);

        let v = decide(Direction::Egress, &none(E), &none(F), true);
        assert!(!v.is_pass);
        assert!(v.reason.unwrap().contains("ChannelFault:F"));
    }

    #[test]
    fn egress_single_block_is_a_block() {
        let v = decide(
            Direction::Egress,
            &ans(E, Block, None, Some("PiiCreditCard")),
            &ans(F, Pass, None, None),
            true,
        );
        assert_eq!(
            (v.kind, v.is_pass, v.reason.as_deref()),
            (VerdictKind::Block, false, Some("PiiCreditCard"))
        );
        let v = decide(
            Direction::Egress,
            &ans(E, Pass, None, None),
            &ans(F, Pass, None, None),
            false,
        );
        assert_eq!((v.kind, v.is_pass), (VerdictKind::Pass, true));
    }

    #[test]
    fn never_pass_unless_both_pass() {
        let ds = [Pass, Block, Fault];
        for dir in [Direction::Ingress, Direction::Egress] {
            for &a in &ds {
                for &b in &ds {
                    for agree in [true, false] {
                        let v = decide(dir, &ans(A, a, Q, None), &ans(B, b, M, None), agree);
                        if v.is_pass {
                            assert_eq!((a, b), (Pass, Pass));
                        }
                    }
                }
            }
        }
    }
}
