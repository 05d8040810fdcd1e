//! The audit record as stored (one JSON line) and its seal.
//!
//! Field order is fixed by the [`Record`] struct, so the serialized line is
//! canonical: a verifier re-serializes the parsed record and requires the exact
//! bytes it read. `mac` is the last field and has a fixed width (64 hex digits),
//! so the canonical bytes *without* the mac are the line with its
//! `,"mac":"…"` suffix replaced by `}`:
//!
//! `mac = HMAC-SHA256(key, prev ‖ canonical-without-mac)` where `prev` is the raw
//! 32-byte MAC of the previous record (all zeros before the first).

use hmac::{Hmac, KeyInit, Mac};
use ipc::{AuditEntry, ChannelOutcome, Decision, Direction, Intent, RecordKind};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use crate::hex;
use crate::key::{Key, KeyLookup};

type HmacSha256 = Hmac<Sha256>;

/// The MAC of "no previous record".
pub const ZERO_MAC: [u8; 32] = [0; 32];

/// `,"mac":"` + 64 hex digits + `"}`.
const MAC_SUFFIX_LEN: usize = 8 + 64 + 2;
const MAC_PREFIX: &[u8] = b",\"mac\":\"";

/// One channel's part in a verdict.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ChannelRecord {
    /// "A", "B", "E" or "F".
    pub channel: String,
    /// "pass", "block" or "fault".
    #[serde(with = "decision_name")]
    pub decision: Decision,
    pub intent: Option<Intent>,
    pub reason: Option<String>,
    pub us: u32,
}

/// One audit record, exactly as stored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Record {
    pub seq: u64,
    /// RFC 3339 UTC with milliseconds.
    pub ts: String,
    pub kind: RecordKind,
    pub tenant: Option<String>,
    /// "ingress", "egress" or null.
    #[serde(with = "direction_name")]
    pub direction: Option<Direction>,
    pub is_pass: bool,
    pub reason: Option<String>,
    pub intent: Option<Intent>,
    pub channels: Vec<ChannelRecord>,
    /// Hex SHA-256 of the judged input.
    pub input_sha256: Option<String>,
    pub input_len: u64,
    pub policy_generation: u64,
    /// Raw input, only when the tenant asked for it (absent otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    pub detail: Option<String>,
    pub key_id: String,
    /// Hex MAC of the previous record.
    pub prev: String,
    pub mac: String,
}

impl Record {
    /// Builds the unsealed record for `entry` at `seq` after `prev`.
    pub(crate) fn from_entry(entry: &AuditEntry, seq: u64, prev: &[u8; 32], key: &Key) -> Record {
        Record {
            seq,
            ts: crate::time::format_ms(entry.ts_ms),
            kind: entry.kind,
            tenant: entry.tenant.clone(),
            direction: entry.direction,
            is_pass: entry.is_pass,
            reason: entry.reason.clone(),
            intent: entry.intent,
            channels: entry.channels.iter().map(channel_record).collect(),
            input_sha256: entry.input_sha256.as_ref().map(|h| hex::encode(h)),
            input_len: entry.input_len,
            policy_generation: entry.policy_generation,
            text: entry.text.clone(),
            detail: entry.detail.clone(),
            key_id: key.id().to_string(),
            prev: hex::encode(prev),
            mac: hex::encode(&ZERO_MAC),
        }
    }

    /// Milliseconds since the epoch from `ts` (None if `ts` is malformed).
    pub fn ts_ms(&self) -> Option<u64> {
        crate::time::parse_ms(&self.ts)
    }

    /// Seals the record: computes `mac` and returns the line including `\n`.
    pub(crate) fn seal(&mut self, key: &Key) -> Result<(Vec<u8>, [u8; 32]), String> {
        let prev = hex::decode::<32>(&self.prev).ok_or("prev is not a 64-digit hex MAC")?;
        self.mac = hex::encode(&ZERO_MAC);
        let mut line = serde_json::to_vec(&*self).map_err(|e| e.to_string())?;
        let body_end = mac_split(&line).ok_or("serialized record does not end with mac")?;
        let mac = compute_mac(key, &prev, &line[..body_end])?;
        let hexmac = hex::encode(&mac);
        line[body_end + MAC_PREFIX.len()..body_end + MAC_PREFIX.len() + 64]
            .copy_from_slice(hexmac.as_bytes());
        self.mac = hexmac;
        line.push(b'\n');
        Ok((line, mac))
    }
}

fn channel_record(c: &ChannelOutcome) -> ChannelRecord {
    ChannelRecord {
        channel: c.role.letter().unwrap_or(c.role.name()).to_string(),
        decision: c.decision,
        intent: c.intent,
        reason: c.reason.clone(),
        us: c.us,
    }
}

/// Where the `,"mac":"…"}` suffix starts, if the line has one.
fn mac_split(line: &[u8]) -> Option<usize> {
    let start = line.len().checked_sub(MAC_SUFFIX_LEN)?;
    (line[start..].starts_with(MAC_PREFIX) && line.ends_with(b"\"}")).then_some(start)
}

fn mac_of(key: &Key, prev: &[u8; 32], body: &[u8]) -> Result<HmacSha256, String> {
    let mut m = HmacSha256::new_from_slice(key.bytes()).map_err(|e| e.to_string())?;
    m.update(prev);
    m.update(body);
    m.update(b"}");
    Ok(m)
}

fn compute_mac(key: &Key, prev: &[u8; 32], body: &[u8]) -> Result<[u8; 32], String> {
    let out = mac_of(key, prev, body)?.finalize().into_bytes();
    let mut mac = [0u8; 32];
    mac.copy_from_slice(&out);
    Ok(mac)
}

/// What is wrong with one stored line (chain links are checked by the caller).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineProblem {
    /// Not a record at all (bad JSON, unknown or missing field, wrong type).
    Unparseable(String),
    /// Parses, but is not byte-for-byte the canonical serialization.
    NotCanonical,
    /// Sealed with a key id none of the supplied keys has.
    UnknownKey { key_id: String },
    /// The MAC does not match the content: the record was altered.
    BadMac,
}

impl std::fmt::Display for LineProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LineProblem::Unparseable(e) => write!(f, "not a valid record: {e}"),
            LineProblem::NotCanonical => f.write_str("not in canonical form (edited by hand?)"),
            LineProblem::UnknownKey { key_id } => write!(
                f,
                "sealed with key id {key_id}, which none of the supplied keys has \
                 (supply that retired key)"
            ),
            LineProblem::BadMac => f.write_str("MAC mismatch (record altered)"),
        }
    }
}

/// A line that passed [`check_line`]: its record and raw MAC.
#[derive(Debug, Clone)]
pub struct Checked {
    pub record: Record,
    pub mac: [u8; 32],
    pub prev: [u8; 32],
}

/// Parses one line (without its `\n`) and checks form and MAC, under the key
/// its `key_id` names.
pub fn check_line(line: &[u8], keys: &dyn KeyLookup) -> Result<Checked, LineProblem> {
    let record = parse_line(line)?;
    let again = serde_json::to_vec(&record).map_err(|e| LineProblem::Unparseable(e.to_string()))?;
    if again != line {
        return Err(LineProblem::NotCanonical);
    }
    let Some(key) = keys.key(&record.key_id) else {
        return Err(LineProblem::UnknownKey {
            key_id: record.key_id.clone(),
        });
    };
    let (Some(mac), Some(prev)) = (
        hex::decode::<32>(&record.mac),
        hex::decode::<32>(&record.prev),
    ) else {
        return Err(LineProblem::NotCanonical);
    };
    let body_end = mac_split(line).ok_or(LineProblem::NotCanonical)?;
    let m = mac_of(key, &prev, &line[..body_end]).map_err(LineProblem::Unparseable)?;
    // Constant-time comparison.
    m.verify_slice(&mac).map_err(|_| LineProblem::BadMac)?;
    Ok(Checked { record, mac, prev })
}

/// `,"prev":"` + 64 hex digits + `"`, which sits right before the mac suffix.
const PREV_FIELD_LEN: usize = 9 + 64 + 1;
const KEY_ID_PREFIX: &[u8] = b",\"key_id\":\"";

/// The `key_id` a canonical line claims, read from its fixed-layout tail
/// (`…,"key_id":"<id>","prev":"<64>","mac":"<64>"}`) without parsing the line.
/// Unauthenticated until the MAC under that key checks; `None` when the tail
/// is not laid out that way (the slow path then says what is wrong).
pub fn line_key_id(line: &[u8]) -> Option<&str> {
    let body_end = mac_split(line)?;
    let prev_start = body_end.checked_sub(PREV_FIELD_LEN)?;
    let head = &line[..prev_start];
    let id_with_quote = head.strip_suffix(b"\"")?;
    // The id is hex: no quote or backslash can sit inside it.
    let start = id_with_quote.iter().rposition(|&b| b == b'"')? + 1;
    if !id_with_quote[..start].ends_with(KEY_ID_PREFIX) {
        return None;
    }
    std::str::from_utf8(&id_with_quote[start..]).ok()
}

/// Fast path for a line expected at `seq` right after `prev`: one HMAC over the
/// line (which authenticates every byte but the mac itself, so form, fields, key
/// id and the `prev` field are all covered) plus the seq from the fixed prefix.
/// Returns the line's MAC, or `None` when anything is off; callers then run the
/// slow [`check_line`] to say precisely what.
pub fn check_chained(line: &[u8], key: &Key, seq: u64, prev: &[u8; 32]) -> Option<[u8; 32]> {
    let body_end = mac_split(line)?;
    let hexmac = std::str::from_utf8(&line[body_end + MAC_PREFIX.len()..line.len() - 2]).ok()?;
    let mac = hex::decode::<32>(hexmac)?;
    let digits = line.strip_prefix(b"{\"seq\":")?;
    let n = digits.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits.get(n) != Some(&b',')
        || std::str::from_utf8(&digits[..n])
            .ok()?
            .parse::<u64>()
            .ok()?
            != seq
    {
        return None;
    }
    mac_of(key, prev, &line[..body_end])
        .ok()?
        .verify_slice(&mac)
        .ok()?;
    Some(mac)
}

/// Parses a line as a record without checking its seal (for queries).
pub fn parse_line(line: &[u8]) -> Result<Record, LineProblem> {
    serde_json::from_slice::<Record>(line).map_err(|e| LineProblem::Unparseable(e.to_string()))
}

mod decision_name {
    use ipc::Decision;
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &Decision, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(d.name())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decision, D::Error> {
        let s = String::deserialize(d)?;
        [Decision::Pass, Decision::Block, Decision::Fault]
            .into_iter()
            .find(|x| x.name() == s)
            .ok_or_else(|| D::Error::custom(format!("unknown decision {s:?}")))
    }
}

mod direction_name {
    use ipc::Direction;
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &Option<Direction>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.serialize_some(d.name()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Direction>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(s) => [Direction::Ingress, Direction::Egress]
                .into_iter()
                .find(|x| x.name() == s)
                .map(Some)
                .ok_or_else(|| D::Error::custom(format!("unknown direction {s:?}"))),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use ipc::Role;

    pub fn entry(i: u64) -> AuditEntry {
        AuditEntry {
            ts_ms: 1_795_610_461_000 + i,
            kind: if i.is_multiple_of(3) {
                RecordKind::Block
            } else {
                RecordKind::Pass
            },
            tenant: Some(format!("tenant-{}", i % 2)),
            direction: Some(Direction::Ingress),
            is_pass: !i.is_multiple_of(3),
            reason: i.is_multiple_of(3).then(|| "BlockedPhrase".to_string()),
            intent: Some(Intent::QuestionFactual),
            channels: vec![
                ChannelOutcome {
                    role: Role::ChannelA,
                    decision: Decision::Pass,
                    intent: Some(Intent::QuestionFactual),
                    reason: None,
                    us: 11,
                },
                ChannelOutcome {
                    role: Role::ChannelB,
                    decision: Decision::Fault,
                    intent: None,
                    reason: Some("ChannelDeadlineExceeded \"q\" é\n".into()),
                    us: 50_000,
                },
            ],
            input_sha256: Some([i as u8; 32]),
            input_len: 30 + i,
            policy_generation: 1,
            text: i
                .is_multiple_of(2)
                .then(|| "What is the capital of France? \u{202e}".to_string()),
            detail: None,
        }
    }

    fn key() -> Key {
        Key::from_bytes(vec![42; 32]).unwrap()
    }

    #[test]
    fn sealed_line_checks_and_round_trips() {
        let k = key();
        let mut r = Record::from_entry(&entry(0), 1, &ZERO_MAC, &k);
        let (line, mac) = r.seal(&k).unwrap();
        assert!(line.ends_with(b"\n"));
        let body = &line[..line.len() - 1];
        let c = check_line(body, &k).unwrap();
        assert_eq!(c.record, r);
        assert_eq!(c.mac, mac);
        let text = std::str::from_utf8(body).unwrap();
        assert!(
            text.starts_with("{\"seq\":1,\"ts\":\"2026-11-25T12:41:01.000Z\",\"kind\":\"Block\"")
        );
        assert!(text.contains("\"direction\":\"ingress\""));
        assert!(text.contains("\"channel\":\"B\",\"decision\":\"fault\""));
        // text present for even i
        assert!(text.contains("\"text\":"));
        let mut r2 = Record::from_entry(&entry(1), 2, &mac, &k);
        let (line2, _) = r2.seal(&k).unwrap();
        assert!(!std::str::from_utf8(&line2).unwrap().contains("\"text\""));
    }

    #[test]
    fn fast_path_agrees_with_the_full_check() {
        let k = key();
        let mut r = Record::from_entry(&entry(4), 9, &[3; 32], &k);
        let (line, mac) = r.seal(&k).unwrap();
        let body = &line[..line.len() - 1];
        assert_eq!(check_chained(body, &k, 9, &[3; 32]), Some(mac));
        assert_eq!(check_chained(body, &k, 8, &[3; 32]), None);
        assert_eq!(check_chained(body, &k, 9, &[4; 32]), None);
        let other = Key::from_bytes(vec![1; 32]).unwrap();
        assert_eq!(check_chained(body, &other, 9, &[3; 32]), None);
        for i in 0..body.len() {
            let mut b = body.to_vec();
            b[i] ^= 0x01;
            assert_eq!(check_chained(&b, &k, 9, &[3; 32]), None, "byte {i}");
        }
        assert_eq!(check_chained(b"", &k, 9, &[3; 32]), None);
        assert_eq!(
            check_chained("{\"seq\":é".as_bytes(), &k, 9, &[3; 32]),
            None
        );
    }

    #[test]
    fn key_id_is_read_from_the_tail() {
        let k = key();
        let mut r = Record::from_entry(&entry(2), 3, &ZERO_MAC, &k);
        let (line, _) = r.seal(&k).unwrap();
        let body = &line[..line.len() - 1];
        assert_eq!(line_key_id(body), Some(k.id()));
        assert_eq!(line_key_id(b""), None);
        assert_eq!(line_key_id(&body[1..]), Some(k.id()));
        let s = std::str::from_utf8(body)
            .unwrap()
            .replace("\"key_id\"", "\"kex_id\"");
        assert_eq!(line_key_id(s.as_bytes()), None);
    }

    #[test]
    fn any_change_is_detected() {
        let k = key();
        let mut r = Record::from_entry(&entry(3), 7, &ZERO_MAC, &k);
        let (line, _) = r.seal(&k).unwrap();
        let body = &line[..line.len() - 1];
        let s = std::str::from_utf8(body).unwrap();
        let flipped = s.replace("\"is_pass\":false", "\"is_pass\":true");
        assert_ne!(flipped, s);
        assert_eq!(
            check_line(flipped.as_bytes(), &k).unwrap_err(),
            LineProblem::BadMac
        );
        let spaced = s.replacen(",", ", ", 1);
        assert_eq!(
            check_line(spaced.as_bytes(), &k).unwrap_err(),
            LineProblem::NotCanonical
        );
        let other = Key::from_bytes(vec![1; 32]).unwrap();
        assert!(matches!(
            check_line(body, &other),
            Err(LineProblem::UnknownKey { key_id }) if key_id == k.id()
        ));
        // A keyring holding the sealing key as a retired key verifies it.
        let ring = crate::key::Keyring::new(other).with_retired([k.clone()]);
        assert!(check_line(body, &ring).is_ok());
        assert!(matches!(
            check_line(b"\0\0\0", &k),
            Err(LineProblem::Unparseable(_))
        ));
        // Every single-byte change is caught.
        for i in 0..body.len() {
            let mut b = body.to_vec();
            b[i] ^= 0x01;
            assert!(check_line(&b, &k).is_err(), "byte {i} flip not detected");
        }
    }
}
