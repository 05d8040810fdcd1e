//! Walking the chain one record at a time, across key rotations.
//!
//! Each record is verified with the key its `key_id` names. The key may change
//! only at a `KeyRotated` record whose detail is `from <old id> to <new id>`,
//! where `<old id>` is the key of the record before it: so a retired key, even
//! if it leaks later, cannot seal anything after the rotation, and the records
//! sealed under it are anchored by the new key (the `KeyRotated` record
//! authenticates the old chain's last MAC as its `prev`). A key the chain has
//! already moved off never seals again (else a leaked retired key could append
//! a forged `KeyRotated` back to itself at the end of the chain).

use ipc::RecordKind;

use crate::key::KeyLookup;
use crate::record::{check_chained, check_line, line_key_id, parse_line, LineProblem, ZERO_MAC};

/// The `detail` of a `KeyRotated` record.
pub fn rotation_detail(from: &str, to: &str) -> String {
    format!("from {from} to {to}")
}

/// Why a line does not continue the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkError {
    /// The seq the line claims, if it parses.
    pub seq: Option<u64>,
    pub problem: String,
    /// Set when the only problem found is a key id none of the keys has.
    pub missing_key: Option<String>,
}

/// The chain state after the last accepted record.
pub struct Cursor<'k> {
    keys: &'k dyn KeyLookup,
    pub next_seq: u64,
    pub prev: [u8; 32],
    /// Key id of the last accepted record (None before the first one). It may
    /// name a key not in `keys` when the cursor was placed after a record that
    /// could not be verified (see [`Cursor::after`]).
    pub key_id: Option<String>,
    /// Every key id seen so far, in order (a rotation may not return to one).
    pub seen: Vec<String>,
}

impl<'k> Cursor<'k> {
    /// Before the first record of a log.
    pub fn start(keys: &'k dyn KeyLookup) -> Cursor<'k> {
        Cursor {
            keys,
            next_seq: 1,
            prev: ZERO_MAC,
            key_id: None,
            seen: Vec::new(),
        }
    }

    /// Right after a record with this seq, MAC and key id.
    pub fn after(keys: &'k dyn KeyLookup, seq: u64, mac: [u8; 32], key_id: String) -> Cursor<'k> {
        Cursor {
            keys,
            next_seq: seq.saturating_add(1),
            prev: mac,
            seen: vec![key_id.clone()],
            key_id: Some(key_id),
        }
    }

    /// Checks `line` (without its `\n`) as the next record and moves past it.
    pub fn advance(&mut self, line: &[u8]) -> Result<(), LinkError> {
        // Fast path: same key as the previous record, one HMAC over the line
        // (which authenticates the key id it was looked up by).
        if let (Some(id), Some(cur)) = (line_key_id(line), self.key_id.as_deref()) {
            if id == cur {
                if let Some(mac) = self
                    .keys
                    .key(id)
                    .and_then(|k| check_chained(line, k, self.next_seq, &self.prev))
                {
                    self.next_seq = self.next_seq.saturating_add(1);
                    self.prev = mac;
                    return Ok(());
                }
            }
        }
        self.slow(line)
    }

    /// Full check: says precisely what is wrong, and handles key changes.
    fn slow(&mut self, line: &[u8]) -> Result<(), LinkError> {
        let claimed = parse_line(line).ok().map(|r| r.seq);
        let fail = |problem: String| LinkError {
            seq: claimed,
            problem,
            missing_key: None,
        };
        let c = match check_line(line, self.keys) {
            Ok(c) => c,
            Err(LineProblem::UnknownKey { key_id }) => {
                return Err(LinkError {
                    seq: claimed,
                    problem: LineProblem::UnknownKey {
                        key_id: key_id.clone(),
                    }
                    .to_string(),
                    missing_key: Some(key_id),
                })
            }
            Err(p) => return Err(fail(p.to_string())),
        };
        if c.record.seq != self.next_seq {
            return Err(fail(format!(
                "seq {} where {} was expected (record deleted, reordered or inserted)",
                c.record.seq, self.next_seq
            )));
        }
        if c.prev != self.prev {
            return Err(fail("prev does not match the previous record's mac".into()));
        }
        if let Some(old) = self.key_id.as_deref() {
            let new = c.record.key_id.as_str();
            let announced = c.record.kind == RecordKind::KeyRotated
                && c.record.detail.as_deref() == Some(rotation_detail(old, new).as_str());
            if old != new && !announced {
                return Err(fail(format!(
                    "key changes from {old} to {new} without a KeyRotated record"
                )));
            }
            if old != new && self.seen.iter().any(|s| s == new) {
                return Err(fail(format!(
                    "rotation back to key {new}, which the chain already moved off \
                     (a retired key must not seal again)"
                )));
            }
        }
        if !self.seen.contains(&c.record.key_id) {
            self.seen.push(c.record.key_id.clone());
        }
        self.next_seq = self.next_seq.saturating_add(1);
        self.prev = c.mac;
        self.key_id = Some(c.record.key_id);
        Ok(())
    }
}
