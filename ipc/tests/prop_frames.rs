//! Property tests of the internal framing, the short in-suite twin of the
//! `frame_decode` fuzz target (fuzz/fuzz_targets/frame_decode.rs): arbitrary
//! and mutated bytes never panic, every decoded frame re-encodes to itself,
//! and frames survive any split of the byte stream.

use std::io::Read;

use ipc::frame::{decode_from, encode, encode_into, FrameError, FrameReader};
use ipc::*;
use proptest::prelude::*;
use serde::{de::DeserializeOwned, Serialize};

fn declared_len(data: &[u8]) -> usize {
    u32::from_le_bytes([data[0], data[1], data[2], data[3]]) as usize
}

/// Decodes `data` as `T`; whatever decodes must use exactly its declared
/// length and round-trip.
fn decode_checked<T>(data: &[u8]) -> Result<Option<T>, TestCaseError>
where
    T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug,
{
    match decode_from::<T>(data) {
        Ok(Some((msg, used))) => {
            prop_assert!(declared_len(data) <= MAX_FRAME);
            prop_assert_eq!(used, 4 + declared_len(data));
            let again = encode(&msg).expect("encodes");
            let back = decode_from::<T>(&again).expect("re-decodes");
            prop_assert_eq!(back.as_ref().map(|(m, _)| m), Some(&msg));
            Ok(Some(msg))
        }
        Ok(None) => {
            if data.len() >= 4 {
                prop_assert!(data.len() < 4 + declared_len(data));
            }
            Ok(None)
        }
        Err(_) => Ok(None),
    }
}

fn all_types(data: &[u8]) -> Result<(), TestCaseError> {
    decode_checked::<ToChannel>(data)?;
    decode_checked::<FromChannel>(data)?;
    decode_checked::<ToAudit>(data)?;
    decode_checked::<FromAudit>(data)?;
    Ok(())
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,64}",
        any::<String>(),
        Just("\0\u{1b}[31m\u{301}\u{301}\u{202e}".to_string()),
    ]
}

fn eval_request() -> impl Strategy<Value = EvalRequest> {
    (
        any::<u64>(),
        any::<u64>(),
        any::<u32>(),
        text(),
        proptest::option::of(text()),
        proptest::option::of(text()),
    )
        .prop_map(
            |(id, generation, tenant, prompt, response, system_prompt)| EvalRequest {
                id,
                generation,
                tenant,
                prompt,
                response,
                system_prompt,
            },
        )
}

fn audit_entry() -> impl Strategy<Value = AuditEntry> {
    (
        any::<u64>(),
        proptest::option::of(text()),
        any::<bool>(),
        proptest::option::of(text()),
        proptest::option::of(any::<[u8; 32]>()),
        any::<u64>(),
    )
        .prop_map(|(ts_ms, tenant, is_pass, reason, sha, len)| AuditEntry {
            ts_ms,
            kind: RecordKind::Block,
            tenant,
            direction: Some(Direction::Ingress),
            is_pass,
            reason,
            intent: Some(Intent::ALL[(len % Intent::ALL.len() as u64) as usize]),
            channels: vec![ChannelOutcome {
                role: Role::ChannelA,
                decision: Decision::Fault,
                intent: None,
                reason: Some("ChannelTimeout".into()),
                us: len as u32,
            }],
            input_sha256: sha,
            input_len: len,
            policy_generation: ts_ms,
            text: None,
            detail: None,
        })
}

/// A reader that hands out the stream in the given chunk sizes (short reads).
struct Chunked<'a> {
    data: &'a [u8],
    sizes: Vec<usize>,
    next: usize,
}

impl Read for Chunked<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let want = self
            .sizes
            .get(self.next)
            .copied()
            .unwrap_or(usize::MAX)
            .max(1);
        self.next += 1;
        let n = want.min(buf.len()).min(self.data.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(data in proptest::collection::vec(any::<u8>(), 0..512)) {
        all_types(&data)?;
        let mut r = FrameReader::new(&data[..]);
        while let Ok(Some(_)) = r.read::<FromAudit>() {}
    }

    #[test]
    fn a_plausible_header_with_arbitrary_body_never_panics(
        body in proptest::collection::vec(any::<u8>(), 0..512),
        variant in 0u8..8,
    ) {
        let mut data = ((body.len() + 1) as u32).to_le_bytes().to_vec();
        data.push(variant);
        data.extend(&body);
        all_types(&data)?;
    }

    #[test]
    fn mutated_frames_never_panic_and_round_trip_when_accepted(
        req in eval_request(),
        entry in audit_entry(),
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6),
    ) {
        for valid in [
            encode(&ToChannel::Evaluate(req.clone())).unwrap(),
            encode(&ToAudit::Append { first_cid: 1, entries: vec![entry.clone()] }).unwrap(),
        ] {
            let mut bytes = valid;
            for (at, value) in &flips {
                let i = at.index(bytes.len());
                bytes[i] = *value;
            }
            all_types(&bytes)?;
        }
    }

    #[test]
    fn borrowed_request_encodes_like_the_owned_one(req in eval_request()) {
        let borrowed = ToChannelRef::Evaluate(EvalRequestRef {
            id: req.id,
            generation: req.generation,
            tenant: req.tenant,
            prompt: &req.prompt,
            response: req.response.as_deref(),
            system_prompt: req.system_prompt.as_deref(),
        });
        prop_assert_eq!(encode(&borrowed).unwrap(), encode(&ToChannel::Evaluate(req)).unwrap());
    }

    #[test]
    fn frames_survive_any_split_of_the_stream(
        reqs in proptest::collection::vec(eval_request(), 1..8),
        sizes in proptest::collection::vec(1usize..64, 0..64),
    ) {
        let mut stream = Vec::new();
        for r in &reqs {
            encode_into(&ToChannel::Evaluate(r.clone()), &mut stream).unwrap();
        }
        let mut reader = FrameReader::new(Chunked { data: &stream, sizes, next: 0 });
        for r in &reqs {
            prop_assert_eq!(reader.read::<ToChannel>().unwrap(), Some(ToChannel::Evaluate(r.clone())));
        }
        prop_assert_eq!(reader.read::<ToChannel>().unwrap(), None);
    }

    #[test]
    fn a_cut_stream_is_truncated_not_a_message(req in eval_request(), cut in any::<prop::sample::Index>()) {
        let bytes = encode(&ToChannel::Evaluate(req)).unwrap();
        let at = cut.index(bytes.len() - 1) + 1; // 1..len: something, but not all
        let mut reader = FrameReader::new(&bytes[..at]);
        prop_assert!(matches!(reader.read::<ToChannel>(), Err(FrameError::Truncated)));
    }

    #[test]
    fn lengths_past_the_limit_are_refused_before_reading_the_body(extra in 1u32..1000, tail in proptest::collection::vec(any::<u8>(), 0..16)) {
        let mut data = (MAX_FRAME as u32 + extra).to_le_bytes().to_vec();
        data.extend(tail);
        let too_large = matches!(decode_from::<ToChannel>(&data), Err(FrameError::TooLarge { .. }));
        prop_assert!(too_large);
        let mut reader = FrameReader::new(&data[..]);
        let too_large = matches!(reader.read::<FromChannel>(), Err(FrameError::TooLarge { .. }));
        prop_assert!(too_large);
    }
}
