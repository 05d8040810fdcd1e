#![allow(dead_code)]

use std::path::Path;

use audit_writer::{Key, WriterConfig};
use ipc::{AuditEntry, ChannelOutcome, Decision, Direction, Intent, RecordKind, Role};

pub fn key() -> Key {
    Key::from_bytes(b"0123456789abcdef0123456789abcdef-test".to_vec()).unwrap()
}

pub fn cfg(dir: &Path) -> WriterConfig {
    WriterConfig::new(dir, key())
}

pub fn entry(i: u64) -> AuditEntry {
    AuditEntry {
        ts_ms: 1_795_610_461_000 + i * 1000,
        kind: match i % 4 {
            0 => RecordKind::Pass,
            1 => RecordKind::Block,
            2 => RecordKind::DiagnosticAgreement,
            _ => RecordKind::DiagnosticDisagreement,
        },
        tenant: Some(
            if i.is_multiple_of(2) {
                "customer-a"
            } else {
                "customer-b"
            }
            .to_string(),
        ),
        direction: Some(if i.is_multiple_of(5) {
            Direction::Egress
        } else {
            Direction::Ingress
        }),
        is_pass: i.is_multiple_of(4) || i % 4 == 2,
        reason: (i % 4 == 1).then(|| "BlockedPhrase".to_string()),
        intent: Some(Intent::QuestionFactual),
        channels: vec![
            ChannelOutcome {
                role: Role::ChannelA,
                decision: Decision::Pass,
                intent: Some(Intent::QuestionFactual),
                reason: None,
                us: 12,
            },
            ChannelOutcome {
                role: Role::ChannelB,
                decision: if i % 4 == 1 {
                    Decision::Block
                } else {
                    Decision::Pass
                },
                intent: Some(Intent::QuestionCausal),
                reason: None,
                us: 8,
            },
        ],
        input_sha256: Some([i as u8; 32]),
        input_len: 100 + i,
        policy_generation: 3,
        text: i
            .is_multiple_of(7)
            .then(|| format!("prompt number {i} \"quoted\" \u{e9}")),
        detail: None,
    }
}

pub fn entries(from: u64, n: u64) -> Vec<AuditEntry> {
    (from..from + n).map(entry).collect()
}

/// Lines of one segment file.
pub fn lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

pub fn write_lines(path: &Path, lines: &[String]) {
    let mut s = lines.join("\n");
    s.push('\n');
    std::fs::write(path, s).unwrap();
}

pub fn segments(dir: &Path) -> Vec<std::path::PathBuf> {
    audit_writer::segment::list(dir)
        .unwrap()
        .into_iter()
        .map(|s| s.path)
        .collect()
}
